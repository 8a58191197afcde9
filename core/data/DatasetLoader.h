#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "data/Dataset.h"

class QIODevice;

namespace mizan {

/** @brief Whether a file must carry the spec's target column (training) or may lack it (leads to score). */
enum class TargetPolicy { Required, IfPresent };

struct LoadOptions
{
    TargetPolicy target = TargetPolicy::IfPresent;
    CsvOptions limits;          ///< only the limits are used; the format comes from the spec
    int maxCategories = 100000; ///< distinct values per categorical column
};

/**
 * @brief Reads a lead file as its DatasetSpec describes it into a typed Dataset.
 *
 * Every value is checked: a number that does not parse, a missing target value, a missing
 * feature column, a row with the wrong number of fields or invalid UTF-8 is an Error naming the
 * file, line and column, and nothing is returned. Columns the spec does not use are skipped
 * without being stored. Runs in the caller's thread; progress is in bytes.
 */
class DatasetLoader
{
public:
    static Result<Dataset> load(const QString &path,
                                const DatasetSpec &spec,
                                const LoadOptions &options = {},
                                const JobControl &job = {});
    static Result<Dataset> read(QIODevice &device,
                                const QString &fileName,
                                const DatasetSpec &spec,
                                const LoadOptions &options = {},
                                const JobControl &job = {});

private:
    static Result<Dataset> readUnguarded(QIODevice &device,
                                         const QString &fileName,
                                         const DatasetSpec &spec,
                                         const LoadOptions &options,
                                         const JobControl &job);
};

} // namespace mizan
