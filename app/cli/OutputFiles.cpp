// Writing a set of output files all or none (privacy export, privacy docs), in a folder
// readable by the owner only.

#include "Cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mizan::cli {

namespace {

/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

Error fileError(const QString &path, const QString &problem)
{
    return withFile(makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, problem)),
                    path);
}

} // namespace

Result<> makePrivateFolder(const QString &dir)
{
    if (QFileInfo::exists(dir))
        return {};
    if (!QDir().mkpath(dir))
        return fail(
            withFile(makeError(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(dir)), dir));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// Each file is written to its own temporary file first; only when all are written are they
// renamed into place, and a rename that fails removes those renamed before.
Result<> writeAllOrNone(std::vector<OutputFile> &files)
{
    for (OutputFile &p : files) {
        p.file = std::make_unique<QSaveFile>(p.path);
        if (!p.file->open(QIODevice::WriteOnly))
            return fail(fileError(p.path, p.file->errorString()));
        p.file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (p.file->write(p.bytes) != p.bytes.size())
            return fail(fileError(p.path, p.file->errorString())); // the temporary files go
    }
    for (size_t i = 0; i < files.size(); ++i) {
        if (files[i].file->commit())
            continue;
        const Error error = fileError(files[i].path, files[i].file->errorString());
        for (size_t j = 0; j < i; ++j)
            QFile::remove(files[j].path);
        return fail(error);
    }
    return {};
}

} // namespace mizan::cli
