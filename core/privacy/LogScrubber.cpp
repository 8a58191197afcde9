#include "privacy/LogScrubber.h"

#include "privacy/PiiDetector.h"

#include <QtGlobal>

#include <atomic>

namespace mizan {

namespace {

std::atomic<QtMessageHandler> previousHandler{nullptr};
std::atomic<bool> installed{false};

void scrubbingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = PiiDetector::scrub(message);
    if (const QtMessageHandler previous = previousHandler.load())
        previous(type, context, clean);
}

} // namespace

void installLogScrubber()
{
    if (installed.exchange(true))
        return;
    previousHandler.store(qInstallMessageHandler(scrubbingHandler));
}

} // namespace mizan
