#include "explain/ExplanationReport.h"

#include <cmath>

namespace mizan {

namespace {

/** The report's fixed wording; index 0 English, 1 Arabic. */
enum Phrase {
    Title,
    LeadLabel,
    LeadSetLabel,
    ModelLabel,
    PreparedBy,
    PreparedAt,
    ResultHeading,
    ScoreSentence,
    Above,
    Below,
    FactorsHeading,
    Raised,
    Lowered,
    NoFactors,
    TableHeading,
    Feature,
    Value,
    LogOdds,
    ProbabilityChange,
    Start,
    Final,
    ProbabilityNote,
    ChangeHeading,
    ChangeIntro,
    NoChange,
    ChangeItem,
    LimeHeading,
    LimeSentence,
    AgreementGood,
    AgreementPoor,
    ReceiptHeading,
    MethodNote,
    Missing,
    OtherFeatures,
    PhraseCount
};

const char16_t *const kPhrases[PhraseCount][2] = {
    {u"Explanation of an automated score", u"شرح درجة صادرة آلياً"},
    {u"Lead", u"العميل المحتمل"},
    {u"Lead set", u"مجموعة العملاء"},
    {u"Model", u"النموذج"},
    {u"Prepared by", u"أعدّه"},
    {u"Prepared on", u"تاريخ الإعداد"},
    {u"The result", u"النتيجة"},
    {u"The model estimated a probability of %1 that this lead converts. The decision threshold is "
     u"%2, so the lead is %3.",
     u"قدّر النموذج احتمال تحوّل هذا العميل بنسبة %1. حدّ القرار هو %2، لذلك فإن العميل %3."},
    {u"at or above the threshold", u"عند الحدّ أو أعلى منه"},
    {u"below the threshold", u"دون الحدّ"},
    {u"The main factors", u"العوامل الرئيسية"},
    {u"%1 (%2) raised the score.", u"%1 (%2) رفع الدرجة."},
    {u"%1 (%2) lowered the score.", u"%1 (%2) خفّض الدرجة."},
    {u"No feature moved the score.", u"لم تؤثر أي خاصية في الدرجة."},
    {u"Every feature's contribution", u"مساهمة كل خاصية"},
    {u"Feature", u"الخاصية"},
    {u"Value", u"القيمة"},
    {u"Contribution (log-odds)", u"المساهمة (لوغاريتم الأرجحية)"},
    {u"Change in probability", u"التغيّر في الاحتمال"},
    {u"Average score of the model, E[f(x)]", u"متوسط درجة النموذج E[f(x)]"},
    {u"This lead's score, f(x)", u"درجة هذا العميل f(x)"},
    {u"The contributions in log-odds are exact and do not depend on order. The changes in "
     u"probability are a view: each is the change when the features are added in the order "
     u"listed, and they add up to the difference between the two probabilities.",
     u"المساهمات بلوغاريتم الأرجحية دقيقة ولا تعتمد على الترتيب. أما التغيّرات في الاحتمال فهي "
     u"عرض توضيحي: كل منها هو التغيّر عند إضافة الخصائص بالترتيب المبيّن، ومجموعها يساوي الفرق "
     u"بين الاحتمالين."},
    {u"What would have changed the decision", u"ما الذي كان سيغيّر القرار"},
    {u"The smallest changes to features that can change (never age, nationality or other "
     u"protected characteristics) that would move this lead across the threshold:",
     u"أصغر التغييرات في الخصائص القابلة للتغيير (دون العمر أو الجنسية أو غيرها من الخصائص "
     u"المحمية) التي كانت ستنقل هذا العميل إلى الجانب الآخر من الحدّ:"},
    {u"No change within the ranges seen in training would move this lead across the threshold.",
     u"لا يوجد تغيير ضمن النطاقات المرصودة في بيانات التدريب ينقل هذا العميل إلى الجانب الآخر من "
     u"الحدّ."},
    {u"%1 (probability would be %2)", u"%1 (سيصبح الاحتمال %2)"},
    {u"A second method (LIME)", u"طريقة ثانية (LIME)"},
    {u"LIME fits a simple model around this lead (seed %1, %2 samples, fit R² %3).",
     u"تبني طريقة LIME نموذجاً بسيطاً حول هذا العميل (البذرة %1، عدد العيّنات %2، جودة المطابقة R² "
     u"%3)."},
    {u"The two methods agree (rank correlation %1, same direction for %2 of the factors).",
     u"تتفق الطريقتان (ارتباط الترتيب %1، ونفس الاتجاه لـ %2 من العوامل)."},
    {u"Caution: the two methods disagree (rank correlation %1, same direction for %2 of the "
     u"factors). Read the factors with care.",
     u"تنبيه: الطريقتان غير متفقتين (ارتباط الترتيب %1، ونفس الاتجاه لـ %2 من العوامل). يُرجى "
     u"قراءة العوامل بحذر."},
    {u"Receipt", u"إيصال التحقق"},
    {u"Contributions are exact Shapley values computed from the model's trees (path-dependent "
     u"TreeSHAP, as XGBoost and the shap library compute them); with the receipt, anyone holding "
     u"the same model and input can reproduce this explanation.",
     u"المساهمات قيم شابلي دقيقة محسوبة من أشجار النموذج (TreeSHAP كما تحسبها XGBoost ومكتبة "
     u"shap)؛ ويمكن لأي شخص لديه النموذج والمدخلات نفسها إعادة إنتاج هذا الشرح باستخدام الإيصال."},
    {u"missing", u"غير متوفرة"},
    {u"%1 other features", u"%1 خصائص أخرى"},
};

class Writer
{
public:
    explicit Writer(ReportLanguage language)
        : m_index(language == ReportLanguage::Arabic ? 1 : 0)
    {}

    QString phrase(Phrase p) const { return QString::fromUtf16(kPhrases[p][m_index]); }
    /** Numbers in Western digits in both languages (as the authority's documents print them). */
    QString number(double v, int decimals) const { return ltr(QString::number(v, 'f', decimals)); }
    QString signedNumber(double v, int decimals) const
    {
        return ltr((v > 0   ? QStringLiteral("+")
                    : v < 0 ? QStringLiteral("\u2212")
                            : QString())
                   + QString::number(std::abs(v), 'f', decimals));
    }
    QString percent(double p) const { return ltr(QString::number(p * 100.0, 'f', 1) + u'%'); }
    bool rtl() const { return m_index == 1; }
    /**
     * Left-to-right text (numbers with their sign, feature names, LIME's conditions) kept in its
     * order inside Arabic: a left-to-right embedding (U+202A ... U+202C), which QTextDocument's
     * bidi algorithm honours, where "+0.60" would otherwise print as "0.60+".
     */
    QString ltr(const QString &text) const
    {
        return rtl() ? QStringLiteral("\u202A") + text + QStringLiteral("\u202C") : text;
    }

private:
    int m_index;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString explanationReportHtml(const LeadExplanation &e,
                              const FeatureSpace &space,
                              ReportLanguage language,
                              const ExplanationReportContext &context)
{
    const Writer w(language);
    const auto data = [&](const QString &text) { return w.ltr(esc(text)); };
    const auto valueOf = [&](int feature) {
        const QString v = space.displayValue(feature, e.lead[static_cast<size_t>(feature)]);
        return v.isEmpty() ? w.phrase(Missing) : v;
    };
    const auto nameOf = [&](int feature) {
        return space.features()[static_cast<size_t>(feature)].column;
    };
    QString html;
    html += QStringLiteral(
                "<html dir=\"%1\"><head><meta charset=\"utf-8\"><style>"
                "body{font-family:'Noto Sans','Noto Sans Arabic',sans-serif;font-size:10pt}"
                "h1{font-size:16pt}h2{font-size:12pt;margin-top:14px}"
                "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
                "th{background:#eee}.up{color:#c4003f}.down{color:#006bc4}"
                ".small{color:#555;font-size:8pt}</style></head><body>")
                .arg(w.rtl() ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<h1>%1</h1>").arg(w.phrase(Title));
    html += QStringLiteral("<table>");
    const auto row = [&](Phrase label, const QString &value) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(w.phrase(label), data(value));
    };
    row(LeadLabel, context.leadId);
    row(LeadSetLabel, context.leadSet);
    row(ModelLabel,
        QStringLiteral("%1 (%2)").arg(e.receipt.model,
                                      QString::fromLatin1(e.receipt.modelSha256.left(12))));
    row(PreparedBy, context.preparedBy);
    row(PreparedAt, context.preparedAt.toUTC().toString(Qt::ISODate));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(w.phrase(ResultHeading),
                     w.phrase(ScoreSentence)
                         .arg(w.percent(e.shap.probability),
                              w.percent(context.threshold),
                              w.phrase(e.shap.probability >= context.threshold ? Above : Below)));

    html += QStringLiteral("<h2>%1</h2><ul>").arg(w.phrase(FactorsHeading));
    int listed = 0;
    for (const FeatureAttribution &a : e.shap.features) {
        if (listed == 5 || a.contribution == 0.0)
            break;
        const QString what = QStringLiteral("%1 = %2").arg(data(nameOf(a.feature)),
                                                           data(valueOf(a.feature)));
        html += QStringLiteral("<li class=\"%1\">%2</li>")
                    .arg(a.contribution > 0 ? QStringLiteral("up") : QStringLiteral("down"),
                         w.phrase(a.contribution > 0 ? Raised : Lowered)
                             .arg(what, w.signedNumber(a.contribution, 3)));
        ++listed;
    }
    if (listed == 0)
        html += QStringLiteral("<li>%1</li>").arg(w.phrase(NoFactors));
    html += QStringLiteral("</ul>");

    html += QStringLiteral(
                "<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(w.phrase(TableHeading),
                     w.phrase(Feature),
                     w.phrase(Value),
                     w.phrase(LogOdds),
                     w.phrase(ProbabilityChange));
    html += QStringLiteral("<tr><td colspan=\"2\">%1</td><td>%2</td><td>%3</td></tr>")
                .arg(w.phrase(Start),
                     w.number(e.shap.expectedValue, 4),
                     w.percent(e.shap.baseProbability));
    for (const FeatureAttribution &a : e.shap.features) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5</td></tr>")
                    .arg(data(nameOf(a.feature)),
                         data(valueOf(a.feature)),
                         a.contribution >= 0 ? QStringLiteral("up") : QStringLiteral("down"),
                         w.signedNumber(a.contribution, 4),
                         w.signedNumber(a.probabilityDelta * 100.0, 2) + u'%');
    }
    html += QStringLiteral("<tr><td colspan=\"2\">%1</td><td>%2</td><td>%3</td></tr></table>")
                .arg(w.phrase(Final), w.number(e.shap.margin, 4), w.percent(e.shap.probability));
    html += QStringLiteral("<p class=\"small\">%1</p>").arg(w.phrase(ProbabilityNote));

    // Only when they were searched for: "no change would help" must never be said untried.
    const bool searched = e.receipt.method.contains(QStringLiteral("counterfactual"));
    if (searched)
        html += QStringLiteral("<h2>%1</h2>").arg(w.phrase(ChangeHeading));
    if (!searched) {
        // nothing to say
    } else if (e.counterfactuals.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(w.phrase(NoChange));
    } else {
        html += QStringLiteral("<p>%1</p><ol>").arg(w.phrase(ChangeIntro));
        for (const Counterfactual &c : e.counterfactuals) {
            QStringList changes;
            for (const FeatureChange &change : c.changes) {
                const QString from = space.displayValue(change.feature, change.from);
                changes.append(QStringLiteral("%1: %2 \u2192 %3")
                                   .arg(data(nameOf(change.feature)),
                                        from.isEmpty() ? w.phrase(Missing) : data(from),
                                        data(space.displayValue(change.feature, change.to))));
            }
            html += QStringLiteral("<li>%1</li>")
                        .arg(w.phrase(ChangeItem)
                                 .arg(changes.join(QStringLiteral("; ")), w.percent(c.probability)));
        }
        html += QStringLiteral("</ol>");
    }

    if (e.lime) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(w.phrase(LimeHeading),
                         w.phrase(LimeSentence)
                             .arg(QString::number(e.lime->seed),
                                  QString::number(e.lime->samples),
                                  w.number(e.lime->score, 3)));
        if (e.agreement)
            html += QStringLiteral("<p>%1</p>")
                        .arg(w.phrase(e.agreement->agrees() ? AgreementGood : AgreementPoor)
                                 .arg(w.number(e.agreement->rankCorrelation, 2),
                                      w.percent(e.agreement->signAgreement)));
        html += QStringLiteral("<ul>");
        for (const LimeWeight &weight : e.lime->weights)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(data(weight.condition), w.signedNumber(weight.weight, 4));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h2>%1</h2><table class=\"small\">").arg(w.phrase(ReceiptHeading));
    const QJsonObject receipt = e.receipt.toJson();
    for (auto it = receipt.begin(); it != receipt.end(); ++it) {
        const QJsonValue v = it.value();
        // Every digit: a receipt is for reproducing the explanation (seeds, residuals).
        const double number = v.toDouble();
        const QString text = v.isString()    ? v.toString()
                             : !v.isDouble() ? QStringLiteral("-")
                             : number == std::floor(number) && std::abs(number) < 0x1p53
                                 ? QString::number(v.toInteger())
                                 : QString::number(number, 'g', 17);
        html += QStringLiteral("<tr><th>%1</th><td dir=\"ltr\">%2</td></tr>")
                    .arg(esc(it.key()), esc(text));
    }
    html += QStringLiteral("</table><p class=\"small\">%1</p></body></html>")
                .arg(w.phrase(MethodNote));
    return html;
}

} // namespace mizan
