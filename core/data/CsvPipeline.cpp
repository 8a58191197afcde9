// CsvReader::readPipelined: parsing on the calling thread, record handling on a second one.

#include "data/CsvReader.h"

#include <QCoreApplication>
#include <QFile>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace mizan {

namespace {

/** Records copied out of the parser's buffers: bytes plus field offsets into them. */
struct Batch
{
    std::string bytes;
    std::vector<uint32_t> starts;
    std::vector<uint32_t> ends;
    std::vector<uint32_t> firstField; ///< per record, index into starts/ends; plus one past the end
    std::vector<uint32_t> recordStart; ///< per record, where its bytes begin in `bytes`
    std::vector<qint64> lines;

    void clear()
    {
        bytes.clear();
        starts.clear();
        ends.clear();
        firstField.assign(1, 0);
        recordStart.clear();
        lines.clear();
    }

    void add(const CsvRecord &record)
    {
        recordStart.push_back(static_cast<uint32_t>(bytes.size()));
        bytes.append(record.data(), record.span());
        for (int i = 0; i < record.size(); ++i) {
            const std::string_view f = record.field(i);
            // Offsets stay relative to the record, as the parser gave them.
            starts.push_back(static_cast<uint32_t>(f.data() - record.data()));
            ends.push_back(static_cast<uint32_t>(f.data() - record.data() + f.size()));
        }
        firstField.push_back(static_cast<uint32_t>(ends.size()));
        lines.push_back(record.line());
    }

    bool full() const { return bytes.size() >= (size_t(1) << 20) || lines.size() >= 16384; }
};

/** A single consumer thread fed through a bounded queue; batches are recycled. */
class Consumer
{
public:
    explicit Consumer(const CsvReader::RecordFn &onRecord)
        : m_onRecord(onRecord)
        , m_thread([this] { run(); })
    {}

    ~Consumer() { finish(); }

    /** Hands a batch over (blocking while the queue is full); false once the consumer failed. */
    bool push(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_spaceAvailable.wait(lock, [this] { return m_queue.size() < kQueueLength || m_failed; });
        if (m_failed)
            return false;
        Batch next;
        if (!m_free.empty()) {
            next = std::move(m_free.back());
            m_free.pop_back();
        }
        m_queue.push_back(std::move(batch));
        batch = std::move(next);
        batch.clear();
        m_workAvailable.notify_one();
        return true;
    }

    /** No more batches: waits for the consumer to handle what it has. */
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            m_workAvailable.notify_one();
        }
        if (m_thread.joinable())
            m_thread.join();
    }

    /** The consumer's error, if any; valid after finish(). */
    const std::optional<Error> &error() const { return m_error; }

private:
    static constexpr size_t kQueueLength = 4;

    void run()
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_workAvailable.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty())
                    return;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
                m_spaceAvailable.notify_one();
            }
            for (size_t r = 0; r < batch.lines.size(); ++r) {
                const uint32_t first = batch.firstField[r];
                const CsvRecord record(batch.bytes.data() + batch.recordStart[r],
                                       batch.starts.data() + first,
                                       batch.ends.data() + first,
                                       static_cast<int>(batch.firstField[r + 1] - first),
                                       batch.lines[r]);
                Result<> result;
                try {
                    result = m_onRecord(record);
                } catch (const std::bad_alloc &) {
                    result = fail(ErrorCode::LimitExceeded,
                                  QCoreApplication::translate("mizan::CsvReader",
                                                              "Reading ran out of memory."));
                }
                if (!result) {
                    std::lock_guard lock(m_mutex);
                    m_error = result.error();
                    m_failed = true;
                    m_queue.clear();
                    m_spaceAvailable.notify_one();
                    return;
                }
            }
            std::lock_guard lock(m_mutex);
            if (m_free.size() < kQueueLength)
                m_free.push_back(std::move(batch));
        }
    }

    const CsvReader::RecordFn &m_onRecord;
    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_spaceAvailable;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_free;
    std::optional<Error> m_error;
    bool m_failed = false;
    bool m_closed = false;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace

Result<CsvStats> CsvReader::readPipelined(QIODevice &device,
                                          const QString &fileName,
                                          const CsvOptions &options,
                                          const RecordFn &onRecord,
                                          const JobControl &job)
{
    Consumer consumer(onRecord);
    Batch batch;
    batch.clear();
    bool consumerFailed = false;
    auto stats = read(
        device,
        fileName,
        options,
        [&](const CsvRecord &record) -> Result<> {
            batch.add(record);
            if (batch.full() && !consumer.push(batch)) {
                consumerFailed = true;
                return fail(ErrorCode::Cancelled, QString()); // stop reading
            }
            return {};
        },
        job);
    // Whatever happened, let the consumer see every record read so far: an error it finds is
    // earlier in the file than anything the parser could report now.
    if (!consumerFailed && !batch.lines.empty())
        consumer.push(batch);
    consumer.finish();
    if (consumer.error())
        return fail(*consumer.error());
    return stats;
}

} // namespace mizan
