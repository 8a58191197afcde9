// libFuzzer target: EvidencePack::verify on a real pack (tests/fuzz/seed-packs/) whose files the input
// replaces. It must never crash, hang or leak, whatever the pack holds.
//
// Input: one flags byte, then parts separated by the line "----8<----" (kSeparator):
//   flags bit 0      the base pack: 0 "complete" (the whole log), 1 "filtered" (inclusion proofs)
//   flags bit 1      pass one of the base pack's own (validly signed) checkpoints as the trusted
//                    checkpoint; bits 2-7 choose which
//   part 1           entries.jsonl
//   part 2           proofs.json
//   part 3           manifest.json
//   parts 4...       extra checkpoints/ files, one signed note each
// A missing part keeps the base pack's file. The seeds in tests/fuzz/corpus/FuzzEvidencePack are the
// two packs unchanged, so mutations start from a pack that verifies.

#include "FuzzSupport.h"

#include "audit/EvidencePack.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <array>
#include <memory>

using namespace mizan;

namespace {

constexpr QByteArrayView kSeparator("\n----8<----\n");
constexpr std::array<const char *, 3> kFiles = {"entries.jsonl", "proofs.json", "manifest.json"};

/** One base pack, copied once into a private folder that every run rewrites. */
struct Base
{
    QString dir;
    std::array<QByteArray, kFiles.size()> originals;
    std::vector<Checkpoint> checkpoints;
};

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files | QDir::Hidden))
        if (!QFile::copy(source.filePath(name), to + u'/' + name))
            std::abort();
    for (const QString &name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        copyTree(source.filePath(name), to + u'/' + name);
}

struct Packs
{
    // In memory when it can be (the runs rewrite files tens of thousands of times).
    QTemporaryDir root{QDir(QStringLiteral("/dev/shm")).exists()
                           ? QStringLiteral("/dev/shm/mizan-fuzz-XXXXXX")
                           : QDir::tempPath() + QStringLiteral("/mizan-fuzz-XXXXXX")};
    std::array<Base, 2> bases;

    Packs()
    {
        if (!root.isValid())
            std::abort();
        const std::array<const char *, 2> names = {"complete", "filtered"};
        for (std::size_t i = 0; i < names.size(); ++i) {
            Base &b = bases[i];
            b.dir = root.filePath(QLatin1String(names[i]));
            copyTree(fuzz::seedPack(names[i]), b.dir);
            for (const char *file : {"VERIFY.md", "verify.py"}) // kept once, in "complete"
                if (!QFile::exists(b.dir + u'/' + QLatin1String(file))
                    && !QFile::copy(fuzz::seedPack("complete") + u'/' + QLatin1String(file),
                                    b.dir + u'/' + QLatin1String(file)))
                    std::abort();
            for (std::size_t f = 0; f < kFiles.size(); ++f)
                b.originals[f] = fuzz::readOrDie(b.dir + u'/' + QLatin1String(kFiles[f]));
            const QDir checkpoints(b.dir + QStringLiteral("/checkpoints"));
            for (const QString &name : checkpoints.entryList({QStringLiteral("*.note")}))
                if (auto c = Checkpoint::parse(fuzz::readOrDie(checkpoints.filePath(name))))
                    b.checkpoints.push_back(*c);
            if (b.checkpoints.empty())
                std::abort();
            // The unchanged pack must verify, or the fuzzer would only ever see broken ones.
            const auto report = EvidencePack::verify(b.dir);
            if (!report || !report->ok)
                std::abort();
        }
    }
};

void write(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes.data(), bytes.size()) != bytes.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Packs packs; // removes its folder at exit
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const Base &base = packs.bases[flags & 1];

    QList<QByteArrayView> parts;
    QByteArrayView rest = fuzz::view(data + 1, size - 1);
    for (qsizetype at; (at = rest.indexOf(kSeparator)) >= 0;) {
        parts.append(rest.first(at));
        rest = rest.sliced(at + kSeparator.size());
    }
    parts.append(rest);

    for (std::size_t f = 0; f < kFiles.size(); ++f)
        write(base.dir + u'/' + QLatin1String(kFiles[f]),
              qsizetype(f) < parts.size() ? parts[qsizetype(f)] : QByteArrayView(base.originals[f]));
    QStringList extra;
    for (qsizetype i = qsizetype(kFiles.size()); i < parts.size(); ++i) {
        extra.append(base.dir + QStringLiteral("/checkpoints/9999999999-fuzz%1.note").arg(i));
        write(extra.last(), parts[i]);
    }

    std::optional<Checkpoint> trusted;
    if (flags & 2)
        trusted = base.checkpoints[std::size_t(flags >> 2) % base.checkpoints.size()];
    const auto report = EvidencePack::verify(base.dir, trusted);
    if (report) {
        static_cast<void>(report->verdict());
        static_cast<void>(report->toJson());
    }

    for (const QString &path : extra)
        QFile::remove(path);
    return 0;
}
