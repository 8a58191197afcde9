#include "privacy/SubjectLetter.h"

#include <QDateTime>
#include <QJsonArray>

namespace mizan {

namespace {

enum Phrase {
    Heading,
    Dear,
    DearUnnamed,
    Reference,
    Intro,
    HeldHeading,
    HeldSentence,
    NotScored,
    HumanHeading,
    HumanSentence,
    AppealSentence,
    Positive,
    Negative,
    Upheld,
    Overturned,
    Open,
    RightsHeading,
    Rights,
    Closing,
    PhraseCount
};

const char16_t *const kPhrases[PhraseCount][2] = {
    {u"Your personal data and the automated assessment of your enquiry",
     u"بياناتك الشخصية والتقييم الآلي لطلبك"},
    {u"Dear %1,", u"السيد/السيدة %1 المحترم/المحترمة،"},
    {u"Dear applicant,", u"عزيزنا مقدّم الطلب،"},
    {u"Our reference: %1 · Date: %2", u"مرجعنا: %1 · التاريخ: %2"},
    {u"You asked us for the personal data we hold about you and for an explanation of the "
     u"automated assessment of your enquiry. This letter answers both; the complete record is "
     u"enclosed as a data file.",
     u"طلبتم الاطلاع على البيانات الشخصية التي نحتفظ بها عنكم وعلى شرح للتقييم الآلي لطلبكم. "
     u"تجيب هذه الرسالة عن الأمرين، ومرفق بها السجل الكامل في ملف بيانات."},
    {u"What we hold and why", u"ما نحتفظ به ولماذا"},
    {u"We hold %1 record(s) about you, in the lead set \"%2\". We use them for %3, on the legal "
     u"basis of %4.",
     u"نحتفظ بعدد %1 من السجلات عنكم في مجموعة العملاء \"%2\"، ونستخدمها لغرض %3، استناداً إلى "
     u"الأساس القانوني: %4."},
    {u"No automated assessment has been made of your data.", u"لم يُجرَ أي تقييم آلي لبياناتكم."},
    {u"Review by a person", u"المراجعة البشرية"},
    {u"On %1 a member of staff reviewed the assessment and decided: %2.",
     u"في %1 راجع أحد الموظفين التقييم وقرّر: %2."},
    {u"Your appeal received on %1: %2.", u"تظلّمكم المستلم بتاريخ %1: %2."},
    {u"to pursue your enquiry", u"متابعة طلبكم"},
    {u"not to pursue your enquiry", u"عدم متابعة طلبكم"},
    {u"the decision was upheld", u"تم تأييد القرار"},
    {u"the decision was changed", u"تم تغيير القرار"},
    {u"under review", u"قيد المراجعة"},
    {u"Your rights", u"حقوقكم"},
    {u"You may ask for the decision to be reviewed by a person, appeal against it, ask us to "
     u"correct your data, object to its processing or ask us to erase it. Write to our data "
     u"protection officer quoting the reference above. The score is one input to our decision; "
     u"no decision that affects you is taken by the model alone.",
     u"يحق لكم طلب مراجعة القرار من قِبل موظف، والتظلّم منه، وطلب تصحيح بياناتكم، والاعتراض على "
     u"معالجتها، أو طلب محوها. يُرجى مراسلة مسؤول حماية البيانات لدينا مع ذكر المرجع أعلاه. "
     u"الدرجة أحد مدخلات قرارنا، ولا يُتخذ أي قرار يمسّكم بواسطة النموذج وحده."},
    {u"Data protection officer", u"مسؤول حماية البيانات"},
};

class Words
{
public:
    explicit Words(ReportLanguage language)
        : m_index(language == ReportLanguage::Arabic ? 1 : 0)
    {}
    QString operator()(Phrase p) const { return QString::fromUtf16(kPhrases[p][m_index]); }
    bool rtl() const { return m_index == 1; }
    /** Left-to-right text (ids, dates) kept in order inside Arabic. */
    QString ltr(const QString &text) const
    {
        return rtl() ? QStringLiteral("\u202A") + text + QStringLiteral("\u202C") : text;
    }

private:
    int m_index;
};

/** The spec's legal basis in the letter's language (the spec spells it in English). */
QString legalBasisText(const QString &basis, const Words &w)
{
    static const std::pair<const char *, const char16_t *> arabic[]
        = {{"consent", u"موافقة صاحب البيانات"},
           {"contract", u"تنفيذ عقد"},
           {"legal obligation", u"الوفاء بالتزام قانوني"},
           {"vital interests", u"حماية المصالح الحيوية"},
           {"public task", u"أداء مهمة للمصلحة العامة"},
           {"legitimate interests", u"المصالح المشروعة"}};
    if (w.rtl()) {
        for (const auto &[english, translated] : arabic) {
            if (basis == QLatin1String(english))
                return QString::fromUtf16(translated);
        }
    }
    return basis;
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

QString subjectLetterHtml(const SubjectAccessExport &access, ReportLanguage language)
{
    const Words w(language);
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString opening;
    opening += QStringLiteral("<h1>%1</h1>").arg(w(Heading));
    opening += QStringLiteral("<p class=\"small\">%1</p>")
                   .arg(w(Reference).arg(w.ltr(esc(access.ref)), w.ltr(day(access.preparedMs))));
    opening += QStringLiteral("<p>%1</p>")
                   .arg(access.name.isEmpty() ? w(DearUnnamed) : w(Dear).arg(esc(access.name)));
    opening += QStringLiteral("<p>%1</p>").arg(w(Intro));
    const qsizetype records = access.json.value(QStringLiteral("records")).toArray().size();
    opening += QStringLiteral("<h2>%1</h2><p>%2</p>")
                   .arg(w(HeldHeading),
                        w(HeldSentence)
                            .arg(w.ltr(QString::number(records)),
                                 esc(access.leadSet),
                                 esc(access.purpose),
                                 esc(legalBasisText(access.legalBasis, w))));

    QString closing;
    if (!access.decisions.empty() || !access.appeals.empty()) {
        closing += QStringLiteral("<h2>%1</h2>").arg(w(HumanHeading));
        for (const HumanDecision &h : access.decisions)
            closing += QStringLiteral("<p>%1</p>")
                           .arg(w(HumanSentence)
                                    .arg(w.ltr(day(h.decidedMs)),
                                         h.decision == QLatin1String("positive") ? w(Positive)
                                                                                 : w(Negative)));
        for (const Appeal &a : access.appeals) {
            const QString state = a.state == QLatin1String("upheld")       ? w(Upheld)
                                  : a.state == QLatin1String("overturned") ? w(Overturned)
                                                                           : w(Open);
            closing += QStringLiteral("<p>%1</p>")
                           .arg(w(AppealSentence).arg(w.ltr(day(a.receivedMs)), state));
        }
    }
    closing += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                   .arg(w(RightsHeading), w(Rights), w(Closing));

    if (!access.explanation || !access.explainer) {
        return QStringLiteral("<html dir=\"%1\"><head><meta charset=\"utf-8\"><style>"
                              "body{font-family:'Noto Sans','Noto Sans Arabic',sans-serif;"
                              "font-size:10pt}h1{font-size:16pt}h2{font-size:12pt}"
                              ".small{color:#555;font-size:8pt}</style></head><body>%2<p>%3</p>%4"
                              "</body></html>")
            .arg(w.rtl() ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                 opening,
                 w(NotScored),
                 closing);
    }
    ExplanationReportContext context;
    context.leadId = access.ref;
    context.leadSet = access.leadSet;
    context.preparedBy = access.preparedBy;
    context.preparedAt = QDateTime::fromMSecsSinceEpoch(access.preparedMs, Qt::UTC);
    context.threshold = access.threshold;
    QString html
        = explanationReportHtml(*access.explanation, access.explainer->space(), language, context);
    const qsizetype body = html.indexOf(QLatin1String("<body>"));
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (body < 0 || end < 0)
        return html;
    html.insert(end, closing);
    html.insert(body + 6, opening);
    return html;
}

} // namespace mizan
