#include "common/JsonFields.h"

#include <QCoreApplication>

#include <cmath>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::JsonFields)
};
} // namespace

JsonFields::JsonFields(const QJsonObject &object, QString source, QString path)
    : m_object(object)
    , m_source(std::move(source))
    , m_path(std::move(path))
{}

QString JsonFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

Error JsonFields::error(const QString &key, const QString &what) const
{
    Error e = makeError(ErrorCode::InvalidInput,
                        QCoreApplication::translate("mizan::JsonFields", "%1: '%2': %3")
                            .arg(m_source, key.isEmpty() ? m_path : pathOf(key), what));
    e.file = m_source;
    e.field = key.isEmpty() ? m_path : pathOf(key);
    return e;
}

Result<> JsonFields::checkKeys(const QStringList &allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return fail(error(it.key(),
                              QCoreApplication::translate("mizan::JsonFields",
                                                          "unknown key (allowed here: %1)")
                                  .arg(allowed.join(QLatin1String(", ")))));
        }
    }
    return {};
}

Result<QJsonValue> JsonFields::value(const QString &key, bool required) const
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined()) {
        if (required)
            return fail(error(key, Tr::tr("is required but missing")));
        return QJsonValue(QJsonValue::Undefined);
    }
    return *it;
}

Result<QString> JsonFields::string(const QString &key, std::optional<QString> fallback) const
{
    auto v = value(key, !fallback.has_value());
    if (!v)
        return std::unexpected(v.error());
    if (v->isUndefined())
        return *fallback;
    if (!v->isString())
        return fail(error(key, Tr::tr("expected a string")));
    return v->toString();
}

Result<bool> JsonFields::boolean(const QString &key, std::optional<bool> fallback) const
{
    auto v = value(key, !fallback.has_value());
    if (!v)
        return std::unexpected(v.error());
    if (v->isUndefined())
        return *fallback;
    if (!v->isBool())
        return fail(error(key, Tr::tr("expected true or false")));
    return v->toBool();
}

Result<double> JsonFields::number(const QString &key, std::optional<double> fallback) const
{
    auto v = value(key, !fallback.has_value());
    if (!v)
        return std::unexpected(v.error());
    if (v->isUndefined())
        return *fallback;
    if (!v->isDouble() || !std::isfinite(v->toDouble()))
        return fail(error(key, Tr::tr("expected a finite number")));
    return v->toDouble();
}

Result<qint64> JsonFields::integer(const QString &key,
                                   qint64 min,
                                   qint64 max,
                                   std::optional<qint64> fallback) const
{
    auto v = value(key, !fallback.has_value());
    if (!v)
        return std::unexpected(v.error());
    if (v->isUndefined())
        return *fallback;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min)
        || d > double(max)) {
        return fail(error(key, Tr::tr("expected a whole number from %1 to %2").arg(min).arg(max)));
    }
    return static_cast<qint64>(d);
}

Result<QStringList> JsonFields::stringList(const QString &key,
                                           std::optional<QStringList> fallback) const
{
    auto v = value(key, !fallback.has_value());
    if (!v)
        return std::unexpected(v.error());
    if (v->isUndefined())
        return *fallback;
    if (!v->isArray())
        return fail(error(key, Tr::tr("expected a list of strings")));
    QStringList list;
    const QJsonArray array = v->toArray();
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString())
            return fail(error(key + u'[' + QString::number(i) + u']', Tr::tr("expected a string")));
        list.append(array[i].toString());
    }
    return list;
}

Result<QJsonArray> JsonFields::array(const QString &key, std::optional<QJsonArray> fallback) const
{
    auto v = value(key, !fallback.has_value());
    if (!v)
        return std::unexpected(v.error());
    if (v->isUndefined())
        return *fallback;
    if (!v->isArray())
        return fail(error(key, Tr::tr("expected a list")));
    return v->toArray();
}

Result<JsonFields> JsonFields::object(const QString &key) const
{
    auto v = value(key, true);
    if (!v)
        return std::unexpected(v.error());
    if (!v->isObject())
        return fail(error(key, Tr::tr("expected an object")));
    return JsonFields(v->toObject(), m_source, pathOf(key));
}

Result<JsonFields> JsonFields::objectAt(const QString &key,
                                        const QJsonArray &array,
                                        qsizetype i) const
{
    const QString path = pathOf(key) + u'[' + QString::number(i) + u']';
    if (!array.at(i).isObject()) {
        Error e = JsonFields(QJsonObject(), m_source, path)
                      .error(QString(), Tr::tr("expected an object"));
        return fail(e);
    }
    return JsonFields(array.at(i).toObject(), m_source, path);
}

} // namespace mizan
