// XgbModel::toXgboostJson: the canonical XGBoost 1.7 JSON of a validated model.

#include "model/XgbModel.h"

#include <charconv>
#include <cstring>

namespace mizan {

namespace {

/** A float as XGBoost writes one: shortest round trip, scientific, "5E-1" (never an integer token). */
void appendFloat(QByteArray &out, float value)
{
    // Negative zero is written as zero: Qt's JSON parser reads "-0E0" back as 0, so the form
    // would not be stable and a bundle holding it would no longer load as canonical (found by
    // FuzzModelFile: -1e-153 becomes -0 as a float). The two zeros split and sum alike.
    if (value == 0.0f)
        value = 0.0f;
    char buffer[48];
    const auto [end, ec]
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    Q_ASSERT(ec == std::errc());
    const char *e = static_cast<const char *>(std::memchr(buffer, 'e', size_t(end - buffer)));
    Q_ASSERT(e);
    out.append(buffer, e - buffer);
    out += 'E';
    const char *exponent = e + 1;
    if (*exponent == '+')
        ++exponent;
    else if (*exponent == '-')
        out += *exponent++;
    while (exponent + 1 < end && *exponent == '0')
        ++exponent;
    out.append(exponent, end - exponent);
}

template<typename T, typename Fn>
void appendArray(QByteArray &out, const char *key, const std::vector<T> &values, Fn write)
{
    out += '"';
    out += key;
    out += "\":[";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        write(values[i]);
    }
    out += ']';
}

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(c));
            out += escape;
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendStrings(QByteArray &out, const char *key, const QStringList &values)
{
    out += '"';
    out += key;
    out += "\":[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, values[i]);
    }
    out += ']';
}

/** One tree, renumbered breadth first, with parents recomputed. */
void appendTree(QByteArray &out, const XgbTree &tree, int id, qint64 featureCount)
{
    std::vector<int32_t> order{0}; // new index -> old node
    std::vector<int32_t> newLeft;
    std::vector<int32_t> newRight;
    std::vector<int32_t> parents{2147483647};
    for (size_t q = 0; q < order.size(); ++q) {
        const auto old = static_cast<size_t>(order[q]);
        if (tree.left[old] < 0) {
            newLeft.push_back(-1);
            newRight.push_back(-1);
            continue;
        }
        newLeft.push_back(static_cast<int32_t>(order.size()));
        order.push_back(tree.left[old]);
        parents.push_back(static_cast<int32_t>(q));
        newRight.push_back(static_cast<int32_t>(order.size()));
        order.push_back(tree.right[old]);
        parents.push_back(static_cast<int32_t>(q));
    }
    const auto pick = [&order](const auto &values) {
        std::vector<std::decay_t<decltype(values[0])>> picked;
        picked.reserve(order.size());
        for (int32_t old : order)
            picked.push_back(values[static_cast<size_t>(old)]);
        return picked;
    };
    std::vector<int32_t> features = pick(tree.feature);
    for (size_t i = 0; i < order.size(); ++i) {
        if (newLeft[i] < 0)
            features[i] = 0;
    }
    const std::vector<uint8_t> defaults = pick(tree.defaultLeft);
    const auto writeInt = [&out](auto v) { out += QByteArray::number(static_cast<qlonglong>(v)); };
    const auto writeFloat = [&out](float v) { appendFloat(out, v); };
    const QByteArray n = QByteArray::number(static_cast<qulonglong>(order.size()));

    out += '{';
    appendArray(out, "base_weights", pick(tree.baseWeight), writeFloat);
    out += R"(,"categories":[],"categories_nodes":[],"categories_segments":[],"categories_sizes":[],)";
    appendArray(out, "default_left", defaults, writeInt);
    out += ",\"id\":" + QByteArray::number(id) + ',';
    appendArray(out, "left_children", newLeft, writeInt);
    out += ',';
    appendArray(out, "loss_changes", pick(tree.lossChange), writeFloat);
    out += ',';
    appendArray(out, "parents", parents, writeInt);
    out += ',';
    appendArray(out, "right_children", newRight, writeInt);
    out += ',';
    appendArray(out, "split_conditions", pick(tree.value), writeFloat);
    out += ',';
    appendArray(out, "split_indices", features, writeInt);
    out += ',';
    appendArray(out, "split_type", std::vector<int>(order.size(), 0), writeInt);
    out += ',';
    appendArray(out, "sum_hessian", pick(tree.cover), writeFloat);
    out += R"(,"tree_param":{"num_deleted":"0","num_feature":")" + QByteArray::number(featureCount)
           + R"(","num_nodes":")" + n + R"(","size_leaf_vector":"0"}})";
}

} // namespace

QByteArray XgbModel::toXgboostJson() const
{
    QByteArray out;
    out.reserve(nodeCount() * 120 + 4096);
    out += R"({"learner":{"attributes":{},)";
    appendStrings(out, "feature_names", featureNames);
    out += ',';
    appendStrings(out, "feature_types", featureTypes);
    out += R"(,"gradient_booster":{"model":{"gbtree_model_param":{"num_parallel_tree":"1","num_trees":")"
           + QByteArray::number(static_cast<qulonglong>(trees.size()))
           + R"(","size_leaf_vector":"0"},"tree_info":[)";
    for (size_t i = 0; i < trees.size(); ++i)
        out += i ? ",0" : "0";
    out += R"(],"trees":[)";
    for (size_t i = 0; i < trees.size(); ++i) {
        if (i)
            out += ',';
        appendTree(out, trees[i], static_cast<int>(i), featureCount);
    }
    out += R"(]},"name":"gbtree"},"learner_model_param":{"base_score":")";
    appendFloat(out, baseScore);
    out += R"(","boost_from_average":"0","num_class":"0","num_feature":")"
           + QByteArray::number(featureCount)
           + R"(","num_target":"1"},"objective":{"name":"binary:logistic","reg_loss_param":{"scale_pos_weight":"1"}}},"version":[1,7,4]})";
    return out;
}

} // namespace mizan
