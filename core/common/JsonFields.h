#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace mizan {

/**
 * @brief Typed, path-aware access to an untrusted JSON object.
 *
 * Every getter reports a wrong type or a missing required key as an InvalidInput Error whose
 * message names the source file and the key's path (`features[2].type`). `checkKeys` rejects
 * keys outside an allowed list, naming the first unknown one.
 */
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString source, QString path = {});

    Result<> checkKeys(const QStringList &allowed) const;
    bool has(const QString &key) const { return m_object.contains(key); }

    Result<QString> string(const QString &key, std::optional<QString> fallback = {}) const;
    Result<bool> boolean(const QString &key, std::optional<bool> fallback = {}) const;
    Result<double> number(const QString &key, std::optional<double> fallback = {}) const;
    Result<qint64> integer(const QString &key,
                           qint64 min,
                           qint64 max,
                           std::optional<qint64> fallback = {}) const;
    Result<QStringList> stringList(const QString &key,
                                   std::optional<QStringList> fallback = {}) const;
    Result<QJsonArray> array(const QString &key, std::optional<QJsonArray> fallback = {}) const;
    Result<JsonFields> object(const QString &key) const;
    /** @brief The i-th element of array `key` as an object. */
    Result<JsonFields> objectAt(const QString &key, const QJsonArray &array, qsizetype i) const;

    QString pathOf(const QString &key) const;
    Error error(const QString &key, const QString &what) const;
    const QJsonObject &json() const { return m_object; }
    const QString &source() const { return m_source; }

private:
    Result<QJsonValue> value(const QString &key, bool required) const;

    QJsonObject m_object;
    QString m_source;
    QString m_path;
};

} // namespace mizan
