#pragma once

// Reading and changing an evidence pack's files, for TestEvidencePack.

#include "TestWorkspaceUtil.h"

#include "audit/Checkpoint.h"
#include "audit/EvidencePack.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace mizan::test {

/** Changes a copy of a pack; returns the entry the verdict must name (0: none). */
using Tamper = std::function<qint64(const QString &pack)>;

inline QString entriesOf(const QString &pack)
{
    return pack + QStringLiteral("/entries.jsonl");
}

inline QList<QByteArray> lines(const QString &pack)
{
    QList<QByteArray> out = readAll(entriesOf(pack)).split('\n');
    out.removeLast(); // after the last newline
    return out;
}

inline void writeLines(const QString &pack, const QList<QByteArray> &l)
{
    writeAll(entriesOf(pack), l.join('\n') + '\n');
}

/** The line of entry `seq` (a complete pack) or the `seq`-th line (from 1), changed. */
inline Tamper editLine(qint64 line, const std::function<void(AuditEntry &)> &change, qint64 firstBad)
{
    return [=](const QString &pack) {
        QList<QByteArray> l = lines(pack);
        auto e = AuditEntry::fromCanonical(l[line - 1]);
        if (!e)
            qFatal("not an entry: %s", l[line - 1].constData());
        change(*e);
        l[line - 1] = e->canonicalBytes();
        writeLines(pack, l);
        return firstBad;
    };
}

inline Tamper editLines(const std::function<void(QList<QByteArray> &)> &edit, qint64 firstBad)
{
    return [=](const QString &pack) {
        QList<QByteArray> l = lines(pack);
        edit(l);
        writeLines(pack, l);
        return firstBad;
    };
}

inline Tamper editFile(const QString &relative,
                       const std::function<void(QByteArray &)> &edit,
                       qint64 firstBad = 0)
{
    return [=](const QString &pack) {
        QByteArray bytes = readAll(pack + u'/' + relative);
        edit(bytes);
        writeAll(pack + u'/' + relative, bytes);
        return firstBad;
    };
}

inline QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

inline QString checkpointFile(const QString &pack, qint64 size, const char *reason)
{
    const QString dir = pack + QStringLiteral("/checkpoints/");
    for (const QString &name :
         QDir(dir).entryList({QStringLiteral("%1-*.note").arg(size, 10, 10, QLatin1Char('0'))},
                             QDir::Files,
                             QDir::Name)) {
        auto c = Checkpoint::parse(readAll(dir + name));
        if (c && c->extension(QStringLiteral("reason")) == QLatin1String(reason))
            return QStringLiteral("checkpoints/") + name;
    }
    qFatal("no %s checkpoint of %lld entries", reason, size);
}

inline QStringList filesOf(const QString &pack)
{
    QStringList out;
    QDirIterator it(pack, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(pack).relativeFilePath(it.next());
    out.sort();
    return out;
}

inline QString copyPack(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    for (const QString &file : filesOf(from)) {
        QDir().mkpath(QFileInfo(to + u'/' + file).path());
        if (!QFile::copy(from + u'/' + file, to + u'/' + file))
            qFatal("cannot copy %s", qPrintable(file));
    }
    return to;
}

inline AuditVerifyReport verifyPack(const QString &pack,
                                    const std::optional<Checkpoint> &trusted = {})
{
    auto r = EvidencePack::verify(pack, trusted);
    if (!r)
        qFatal("cannot verify %s: %s", qPrintable(pack), qPrintable(r.error().message));
    return *r;
}

} // namespace mizan::test
