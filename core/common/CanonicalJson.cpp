#include "common/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace mizan {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double value, CanonicalNumbers numbers)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no NaN or infinity
        return;
    }
    if (value == std::floor(value) && std::fabs(value) <= 9007199254740992.0) {
        out += QByteArray::number(static_cast<qint64>(value));
        return;
    }
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    const QByteArray text(buffer, ec == std::errc() ? end - buffer : 0);
    if (numbers == CanonicalNumbers::NonIntegersAsStrings)
        out += '"' + text + '"';
    else
        out += text;
}

void append(QByteArray &out, const QJsonValue &value, CanonicalNumbers numbers)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        if (value.toInteger(std::numeric_limits<qint64>::min()) != std::numeric_limits<qint64>::min()
            && double(value.toInteger()) == value.toDouble())
            out += QByteArray::number(value.toInteger());
        else
            appendNumber(out, value.toDouble(), numbers);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            append(out, array[i], numbers);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) { // QJsonObject iterates sorted
            if (!first)
                out += ',';
            first = false;
            appendString(out, it.key());
            out += ':';
            append(out, it.value(), numbers);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value, CanonicalNumbers numbers)
{
    QByteArray out;
    append(out, value, numbers);
    return out;
}

} // namespace mizan
