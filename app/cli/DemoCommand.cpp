// mizan-cli demo: write the demo lead file, its spec and a model bundle trained on it, and a
// demo workspace with its first backup and drill.

#include "Cli.h"

#include "workspace/Workspace.h"

#include "common/Result.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "model/Trainer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mizan::cli {

namespace {

/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

Result<> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

/** A random 100-bit password in four groups of five ("k7mq2-xw9fd-ab3cd-efg45"). */
SecureBytes demoPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; // 32: no l, o, 0, 1
    const SecureBytes random = SecureBytes::random(20);
    SecureBytes text(23);
    size_t o = 0;
    for (size_t i = 0; i < 20; ++i) {
        if (i > 0 && i % 5 == 0)
            text.data()[o++] = '-';
        text.data()[o++] = uint8_t(alphabet[random.data()[i] & 31]);
    }
    return text;
}

/**
 * The demo workspace: one user per role, the demo leads imported by the data scientist, the
 * model stored and the leads scored by the analyst. Returns the users and their passwords.
 */
Result<QJsonObject> buildDemoWorkspace(const QString &dir,
                                       const QString &leadsPath,
                                       const QString &specPath,
                                       const QString &bundlePath,
                                       const QString &packDir,
                                       const QString &backupsDir)
{
    static const std::pair<const char *, Role> people[] = {
        {"admin", Role::Admin},
        {"dana", Role::DataScientist},
        {"rana", Role::RiskOfficer},
        {"nour", Role::Analyst},
        {"omar", Role::Auditor},
        {"layla", Role::PrivacyOfficer},
    };
    std::vector<SecureBytes> passwords;
    for (size_t i = 0; i < std::size(people); ++i)
        passwords.push_back(demoPassword());
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan-cli");
    MIZAN_TRY(created,
              Workspace::create(dir, QLatin1String(people[0].first), passwords[0], options));
    Workspace &ws = *created.workspace;
    for (size_t i = 1; i < std::size(people); ++i)
        MIZAN_CHECK(ws.addUser(QLatin1String(people[i].first), people[i].second, passwords[i]));
    MIZAN_CHECK(ws.logout());
    MIZAN_CHECK(ws.login(QStringLiteral("dana"), passwords[1]));
    MIZAN_TRY(set, ws.importLeadSet(leadsPath, specPath, Tr::tr("Demo leads")));
    MIZAN_TRY(model, ws.importModel(bundlePath));
    MIZAN_CHECK(ws.submitModel(model.id,
                               Tr::tr("Demo model, trained on the demo leads for the demo."),
                               set.id));
    MIZAN_CHECK(ws.logout());
    // The risk officer looks at fairness, assesses, approves (four eyes: not the author) and
    // deploys. The demo leads are made up: a gate they fail is overridden, with the reason.
    MIZAN_CHECK(ws.login(QStringLiteral("rana"), passwords[2]));
    MIZAN_CHECK(ws.fairnessReport(model.id, set.id, FairnessQuery{}));
    MIZAN_TRY(assessment, ws.assessModel(model.id, set.id));
    MIZAN_CHECK(ws.reauthenticate(passwords[2]));
    ApprovalRequest approval;
    approval.comment = Tr::tr("Evidence reviewed for the demonstration.");
    if (!assessment.failingGates().isEmpty())
        approval.overrideReason = Tr::tr("Demo data only; the gates are shown, not enforced.");
    MIZAN_TRY(approved, ws.approveModel(model.id, approval));
    if (approved.state != ModelState::Approved)
        return fail(ErrorCode::Internal,
                    Tr::tr("The demo model needs %1 approvals; the demo has one risk officer.")
                        .arg(approved.needed));
    MIZAN_CHECK(ws.deployModel(model.id, Tr::tr("Deployed for the demonstration.")));
    MIZAN_CHECK(ws.logout());
    MIZAN_CHECK(ws.login(QStringLiteral("nour"), passwords[3]));
    MIZAN_TRY(deployed, ws.deployedModel());
    MIZAN_TRY(run, ws.scoreLeadSet(set.id, deployed.modelId));
    // Human oversight: the analyst departs from the model's decision on one lead, with a reason
    // (the privacy officer finds it in that person's subject access export).
    MIZAN_TRY(predictions, ws.predictions(run.id));
    if (!predictions.empty()) {
        const StoredPrediction &p = predictions[42 % predictions.size()];
        MIZAN_CHECK(ws.recordHumanDecision(
            run.id,
            p.rowIndex,
            p.probability >= 0.5 ? QStringLiteral("negative") : QStringLiteral("positive"),
            Tr::tr("Met the applicant at the investor forum; the business plan is funded.")));
    }
    MIZAN_CHECK(ws.logout());
    // The auditor verifies the log and takes an evidence pack away (verify.py checks it).
    MIZAN_CHECK(ws.login(QStringLiteral("omar"), passwords[4]));
    MIZAN_TRY(verified, ws.verifyAudit());
    if (!verified.ok)
        return fail(ErrorCode::Integrity, verified.verdict());
    MIZAN_CHECK(ws.exportAuditPack(packDir));
    MIZAN_CHECK(ws.logout());
    // The administrator plans backups beside the workspace (hourly while a session is
    // unlocked), makes the first one and proves it restores with a drill.
    MIZAN_CHECK(ws.login(QLatin1String(people[0].first), passwords[0]));
    BackupPolicy policy;
    policy.directory = backupsDir;
    policy.scheduled = true;
    policy.intervalMinutes = 60;
    MIZAN_CHECK(ws.setBackupPolicy(policy));
    MIZAN_TRY(backup, ws.createBackup(backupsDir));
    MIZAN_TRY(drill, ws.drill(passwords[0], backupsDir));
    if (!drill.ok)
        return fail(ErrorCode::Integrity, Tr::tr("The demo drill failed: %1").arg(drill.problem));
    MIZAN_CHECK(ws.logout());
    QJsonObject users;
    for (size_t i = 0; i < std::size(people); ++i)
        users.insert(QLatin1String(people[i].first),
                     QStringLiteral("%1 (%2)").arg(QString::fromLatin1(passwords[i].view()),
                                                   roleId(people[i].second)));
    QJsonObject result{{QStringLiteral("path"), dir},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("evidence_pack"), packDir},
                       {QStringLiteral("backups"),
                        QJsonObject{{QStringLiteral("directory"), backupsDir},
                                    {QStringLiteral("backup"), backup.path},
                                    {QStringLiteral("drill_report"), drill.reportPath},
                                    {QStringLiteral("recovery_ms"), drill.recoveryMs}}}};
    result.insert(QStringLiteral("recovery_key"), QString::fromLatin1(created.recoveryKey.view()));
    return result;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    const QString command = QStringLiteral("demo");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Write a demo lead set (business-setup enquiries, generated from a seed), its "
        "dataset spec\nand a model bundle trained on it, into a folder. The generating "
        "process and its deliberate\ngroup disparity are described in "
        "docs/demo-leads.md.\nAlso a demo workspace (DIR/workspace) with one user per role, the "
        "leads "
        "imported,\nthe model stored and the leads scored; its passwords are printed once;\n"
        "an evidence pack of its audit log (DIR/evidence-pack), and its backup plan with a\n"
        "first backup and drill (DIR/workspace-backups)."));
    parser.addOptions({
        {QStringLiteral("out"),
         Tr::tr("The folder to write into (created if needed)."),
         Tr::tr("DIR")},
        {QStringLiteral("rows"), Tr::tr("Number of leads (default 8000)."), Tr::tr("N")},
        {QStringLiteral("seed"), Tr::tr("Generator seed (default 2026)."), Tr::tr("SEED")},
        {QStringLiteral("no-workspace"), Tr::tr("Write only the files, no demo workspace.")},
        {QStringLiteral("format"),
         Tr::tr("Output format: json (default) or table."),
         Tr::tr("FORMAT")},
    });
    bool helped = false;
    if (int rc = parse(parser, command, arguments, helped); rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    int rc = ExitOk;
    if (!require(parser, command, QStringLiteral("out"), rc))
        return rc;
    DemoLeads::Options options;
    if (parser.isSet(QStringLiteral("rows"))) {
        bool ok = false;
        options.rows = parser.value(QStringLiteral("rows")).toInt(&ok);
        if (!ok || options.rows < 200 || options.rows > 2'000'000)
            return usage(command, Tr::tr("--rows expects a number from 200 to 2000000"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(command, Tr::tr("--seed expects a whole number"));
    }

    const QString folder = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(folder))
        return report(makeError(ErrorCode::Io, Tr::tr("%1: cannot create the folder").arg(folder)));
    const QDir dir(folder);
    const QString leadsPath = dir.filePath(QStringLiteral("demo-leads.csv"));
    const QString specPath = dir.filePath(QStringLiteral("demo-leads.spec.json"));
    const QString bundlePath = dir.filePath(QStringLiteral("demo-model.bundle.json"));

    // Build everything in memory first, so that a failure writes nothing.
    const QByteArray csv = DemoLeads::csv(options);
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LoadOptions load;
    load.target = TargetPolicy::Required;
    auto data = DatasetLoader::read(buffer, leadsPath, DemoLeads::spec(), load);
    if (!data)
        return report(data.error());
    TrainConfig config;
    config.name = Tr::tr("Demo lead-conversion model");
    config.split = *SplitSpec::parse(QStringLiteral("random:0.2:%1").arg(options.seed));
    config.params.maxDepth = 4;
    config.params.eta = 0.1;
    config.params.rounds = 200;
    config.params.seed = options.seed;
    config.params.treeMethod = QStringLiteral("hist");
    auto bundle = Trainer::train(*data, config);
    if (!bundle)
        return report(bundle.error());
    for (const auto &[path, content] :
         {std::pair{leadsPath, csv}, std::pair{specPath, DemoLeads::specJson()}}) {
        if (auto r = writeFile(path, content); !r)
            return report(r.error());
    }
    if (auto r = bundle->save(bundlePath); !r)
        return report(r.error());

    // The workspace is made once: its passwords are printed only when it is created.
    const QString workspaceDir = dir.filePath(QStringLiteral("workspace"));
    QJsonValue workspace = QJsonValue::Null;
    if (parser.isSet(QStringLiteral("no-workspace"))) {
        workspace = Tr::tr("none (--no-workspace)");
    } else if (Workspace::looksLikeWorkspace(workspaceDir)) {
        workspace = Tr::tr("%1 (kept, with the passwords printed when it was made; delete the "
                           "folder to make a new one)")
                        .arg(workspaceDir);
    } else {
        // Built beside, then renamed: a failure never leaves a workspace whose passwords
        // nobody saw.
        const QString building = workspaceDir + QStringLiteral(".new");
        const QString packDir = dir.filePath(QStringLiteral("evidence-pack"));
        // Backups are kept whatever happens to the workspace: never removed here, except
        // a folder this run made for a workspace it could not finish.
        const QString backupsDir = QFileInfo(workspaceDir).absoluteFilePath()
                                   + QStringLiteral("-backups");
        const bool hadBackups = QFileInfo::exists(backupsDir);
        QDir(building).removeRecursively();
        QDir(workspaceDir).removeRecursively(); // an empty or partial folder, not a workspace
        QDir(packDir).removeRecursively();      // it belonged to the workspace of that folder
        QDir(packDir + QStringLiteral(".partial")).removeRecursively();
        auto made
            = buildDemoWorkspace(building, leadsPath, specPath, bundlePath, packDir, backupsDir);
        if (!made || !QDir().rename(building, workspaceDir)) {
            QDir(building).removeRecursively();
            QDir(packDir).removeRecursively();
            if (!hadBackups)
                QDir(backupsDir).removeRecursively();
            return report(
                made ? makeError(ErrorCode::Io,
                                 Tr::tr("%1: cannot create the demo workspace").arg(workspaceDir))
                     : made.error());
        }
        made->insert(QStringLiteral("path"), workspaceDir);
        workspace = *made;
        err() << Tr::tr("The demo passwords and recovery key below are shown only this once.")
              << Qt::endl
              << Tr::tr("Backups of the demo workspace are in %1 (hourly while it is open).")
                     .arg(backupsDir)
              << Qt::endl;
    }

    qint64 converted = 0;
    for (int8_t label : data->labels)
        converted += label == 1 ? 1 : 0;
    printResult(QJsonObject{{QStringLiteral("leads"), leadsPath},
                            {QStringLiteral("spec"), specPath},
                            {QStringLiteral("model"), bundlePath},
                            {QStringLiteral("rows"), data->rowCount()},
                            {QStringLiteral("seed"), QString::number(options.seed)},
                            {QStringLiteral("conversion_rate"),
                             double(converted) / double(data->rowCount())},
                            {QStringLiteral("model_sha256"),
                             QString::fromLatin1(bundle->modelSha256)},
                            {QStringLiteral("test_metrics"),
                             bundle->metrics.value(QStringLiteral("test"))},
                            {QStringLiteral("workspace"), workspace}},
                format);
    return ExitOk;
}

} // namespace mizan::cli
