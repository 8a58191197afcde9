#include "Cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace mizan::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitUsage;
    case ErrorCode::PermissionDenied:
        return ExitDenied;
    case ErrorCode::AuthFailed:
        return ExitAuthentication;
    case ErrorCode::Integrity:
        return ExitIntegrity;
    default:
        return ExitFailure;
    }
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int report(const Error &error)
{
    err() << "mizan-cli: " << error.message << Qt::endl;
    if (!error.detail.isEmpty() && !error.message.contains(error.detail))
        err() << "  " << error.detail << Qt::endl;
    return exitCodeFor(error.code);
}

int usage(const QString &command, const QString &message)
{
    err() << "mizan-cli " << command << ": " << message << Qt::endl
          << QCoreApplication::translate("mizan::cli", "Try 'mizan-cli %1 --help'.").arg(command)
          << Qt::endl;
    return ExitUsage;
}

QString helpTextOf(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program by argv[0], which may be a whole path: the usage
    // line names the command as it is typed instead ("Usage: mizan-cli audit report [options]").
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), QStringLiteral("mizan-cli ") + command);
    return text;
}

int parse(QCommandLineParser &parser,
          const QString &command,
          const QStringList &arguments,
          bool &helped,
          const QStringList &repeatable,
          int positionals,
          int minimumPositionals)
{
    if (minimumPositionals < 0)
        minimumPositionals = positionals;
    helped = false;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("mizan::cli",
                                                              "Show this help and exit."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList args = arguments;
    args.prepend(QStringLiteral("mizan-cli ") + command);
    if (!parser.parse(args))
        return usage(command, parser.errorText());
    if (parser.positionalArguments().size() > positionals && !parser.isSet(help))
        return usage(command,
                     QCoreApplication::translate("mizan::cli", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().value(positionals)));
    if (parser.positionalArguments().size() < minimumPositionals && !parser.isSet(help))
        return usage(command,
                     QCoreApplication::translate("mizan::cli", "missing arguments: %1 expected")
                         .arg(minimumPositionals));
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) && !repeatable.contains(name))
            return usage(command,
                         QCoreApplication::translate("mizan::cli", "the option --%1 is given twice")
                             .arg(name));
        seen.append(name);
    }
    if (parser.isSet(help)) {
        out() << helpTextOf(parser, command);
        out().flush();
        helped = true;
        return ExitOk;
    }
    return ExitOk;
}

int formatOption(const QCommandLineParser &parser,
                 const QString &command,
                 const QList<Format> &allowed,
                 Format fallback,
                 Format &format)
{
    format = fallback;
    if (!parser.isSet(QStringLiteral("format")))
        return ExitOk;
    const QString value = parser.value(QStringLiteral("format"));
    if (value == QLatin1String("json"))
        format = Format::Json;
    else if (value == QLatin1String("table"))
        format = Format::Table;
    else if (value == QLatin1String("csv"))
        format = Format::Csv;
    else
        return usage(command,
                     QCoreApplication::translate("mizan::cli", "unknown format '%1'").arg(value));
    if (!allowed.contains(format))
        return usage(command,
                     QCoreApplication::translate("mizan::cli", "format '%1' is not available here")
                         .arg(value));
    return ExitOk;
}

namespace {

void flatten(const QJsonValue &value, const QString &prefix, QList<QPair<QString, QString>> &rows)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), rows);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        bool scalars = true;
        for (const QJsonValue &v : a)
            scalars = scalars && !v.isObject() && !v.isArray();
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &v : a)
                parts.append(v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 10));
            rows.append({prefix, parts.join(QLatin1String(", "))});
        } else {
            for (qsizetype i = 0; i < a.size(); ++i)
                flatten(a[i], prefix + u'[' + QString::number(i) + u']', rows);
        }
    } else if (value.isString()) {
        rows.append({prefix, value.toString()});
    } else if (value.isBool()) {
        rows.append({prefix, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
    } else if (value.isNull()) {
        rows.append({prefix, QStringLiteral("-")});
    } else {
        rows.append({prefix, QString::number(value.toDouble(), 'g', 10)});
    }
}

} // namespace

void printResult(const QJsonObject &result, Format format)
{
    if (format == Format::Table) {
        QList<QPair<QString, QString>> rows;
        flatten(result, QString(), rows);
        qsizetype width = 0;
        for (const auto &row : std::as_const(rows))
            width = std::max(width, row.first.size());
        for (const auto &row : std::as_const(rows))
            out() << row.first.leftJustified(width + 2) << row.second << '\n';
    } else {
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    }
    out().flush();
}

bool require(const QCommandLineParser &parser,
             const QString &command,
             const QString &option,
             int &exitCode)
{
    if (parser.isSet(option))
        return true;
    exitCode = usage(command,
                     QCoreApplication::translate("mizan::cli", "the option --%1 is required")
                         .arg(option));
    return false;
}

int parseDataCommand(QCommandLineParser &parser,
                     const QString &command,
                     const QStringList &arguments,
                     const QStringList &required,
                     bool &helped,
                     Format &format,
                     const QStringList &repeatable)
{
    if (int rc = parse(parser, command, arguments, helped, repeatable); rc != ExitOk || helped)
        return rc;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    if (given(parser, "json")) {
        if (format == Format::Table)
            return usage(command,
                         QCoreApplication::translate("mizan::cli",
                                                     "--json and --format table contradict each "
                                                     "other"));
        format = Format::Json;
    }
    int rc = ExitOk;
    for (const QString &option : required)
        if (!require(parser, command, option, rc))
            return rc;
    return ExitOk;
}

bool given(const QCommandLineParser &parser, const char *name)
{
    return parser.optionNames().contains(QLatin1String(name));
}

void printRows(const QStringList &header, const QList<QStringList> &rows, int indent)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    const QString margin(indent, u' ');
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths.value(i) + 2) : cells[i];
        while (text.endsWith(u' '))
            text.chop(1);
        out() << margin << text << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out().flush();
}

int readLeadSetAndModel(const QCommandLineParser &parser,
                        const QString &command,
                        qint64 &leadSet,
                        qint64 &model)
{
    bool okSet = false;
    bool okModel = false;
    leadSet = parser.value(QStringLiteral("lead-set")).toLongLong(&okSet);
    model = parser.value(QStringLiteral("model")).toLongLong(&okModel);
    if (!okSet || !okModel)
        return usage(command,
                     QCoreApplication::translate("mizan::cli",
                                                 "--lead-set and --model expect numeric ids"));
    return ExitOk;
}

} // namespace mizan::cli
