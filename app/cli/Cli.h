#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "model/ModelBundle.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace mizan::cli {

/** @brief The exit codes of ARCHITECTURE.md's CLI conventions. */
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitDenied = 3,
    ExitAuthentication = 4,
    ExitIntegrity = 5,
};

int exitCodeFor(ErrorCode code);

/** @brief Standard output and error as UTF-8 text streams, shared by every command. */
QTextStream &out();
QTextStream &err();

/** @brief Prints the error on standard error ("mizan-cli: ...") and returns its exit code. */
int report(const Error &error);
/** @brief A usage error: message plus a hint to --help; returns ExitUsage. */
int usage(const QString &command, const QString &message);

/** @brief Output format chosen with --format. */
enum class Format { Json, Table, Csv };

/** @brief The parser's help, its usage line naming `mizan-cli <command>` (not argv[0]). */
QString helpTextOf(const QCommandLineParser &parser, const QString &command);

/**
 * @brief Parses a subcommand's arguments. `--help` prints the help and sets `helped`; errors
 * (unknown option, missing value, a stray argument, an option given twice unless listed in
 * `repeatable`) are usage errors. Returns ExitOk when the caller may go on.
 */
int parse(QCommandLineParser &parser,
          const QString &command,
          const QStringList &arguments,
          bool &helped,
          const QStringList &repeatable = {},
          int positionals = 0,
          int minimumPositionals = -1);

/** @brief Reads --format (default `fallback`), allowing only `allowed`. */
int formatOption(const QCommandLineParser &parser,
                 const QString &command,
                 const QList<Format> &allowed,
                 Format fallback,
                 Format &format);

/** @brief Prints a result object as indented JSON or as an aligned key/value table. */
void printResult(const QJsonObject &result, Format format);

/** @brief Requires an option to be present; prints a usage error otherwise. */
bool require(const QCommandLineParser &parser,
             const QString &command,
             const QString &option,
             int &exitCode);

/**
 * @brief parse() for a command that prints data: then --format (json or table), --json (its
 * synonym, when the command has it) and the `required` options. Returns ExitOk when the caller
 * may go on (and `helped` is false).
 */
int parseDataCommand(QCommandLineParser &parser,
                     const QString &command,
                     const QStringList &arguments,
                     const QStringList &required,
                     bool &helped,
                     Format &format,
                     const QStringList &repeatable = {});
/** @brief Whether the option was given (isSet() warns about options a command does not have). */
bool given(const QCommandLineParser &parser, const char *name);
/** @brief Aligned columns under a header line (--format table of lists), indented by `indent`. */
void printRows(const QStringList &header, const QList<QStringList> &rows, int indent = 0);
/** @brief Reads --lead-set and --model as numeric ids (a usage error otherwise). */
int readLeadSetAndModel(const QCommandLineParser &parser,
                        const QString &command,
                        qint64 &leadSet,
                        qint64 &model);

/**
 * @brief The spec to read a lead file with: the bundle's, or --spec's when set (it must have
 * the same features: another layout of the same data, e.g. Adult's test file).
 */
Result<DatasetSpec> readingSpec(const ModelBundle &bundle, const QCommandLineParser &parser);

/** @brief One file of a set that writeAllOrNone() writes. */
struct OutputFile
{
    QString path;
    QByteArray bytes;
    std::unique_ptr<QSaveFile> file; ///< set by writeAllOrNone()
};

/**
 * @brief Writes every file (readable by the owner only) or none: a file that cannot be written
 * leaves no file and no temporary file behind. The error names the file.
 */
Result<> writeAllOrNone(std::vector<OutputFile> &files);
/** @brief Creates the folder, readable by the owner only, unless it exists. */
Result<> makePrivateFolder(const QString &dir);

int runTrain(const QStringList &arguments);
int runModel(const QStringList &arguments);
/** @brief Whether `sub` is a governance subcommand of `model` (list, show, submit, ...). */
bool isModelGovernanceCommand(const QString &sub);
/** @brief `model list|show|submit|approve|...|policy` (ModelGovernanceCommand.cpp). */
int runModelGovernance(const QString &sub, const QStringList &arguments);
int runScore(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runInit(const QStringList &arguments);
int runUser(const QStringList &arguments);
int runUsers(const QStringList &arguments);
int runWorkspace(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runExplain(const QStringList &arguments);
int runFairness(const QStringList &arguments);
int runOutcomes(const QStringList &arguments);
/**
 * @brief `privacy find|export|erase|hold|lift|holds|erasures|decide|appeal|resolve|appeals|
 * policy|docs` (PrivacyCommand.cpp).
 */
int runPrivacy(const QStringList &arguments);
/** @brief `privacy docs`: the generated compliance documents (RetentionCommand.cpp). */
int runPrivacyDocs(const QStringList &arguments);
/** @brief `retention show|apply|policy` (RetentionCommand.cpp). */
int runRetention(const QStringList &arguments);
/** @brief `lineage show` (RetentionCommand.cpp). */
int runLineage(const QStringList &arguments);
/** @brief `backup create|list|verify|policy|rotate` (BackupCommand.cpp). */
int runBackup(const QStringList &arguments);
/** @brief `restore --from BACKUP`, or `--verify-only` (BackupCommand.cpp; no session). */
int runRestore(const QStringList &arguments);
/** @brief `drill`: a disaster-recovery drill (BackupCommand.cpp). */
int runDrill(const QStringList &arguments);

} // namespace mizan::cli
