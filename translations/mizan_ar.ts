<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>التأكيد بكلمة المرور</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mizan: model governance for lead scoring</source>
        <translation>ميزان: حوكمة نماذج حساب درجات العملاء المحتملين</translation>
    </message>
    <message>
        <source>Interface language (en, ar).</source>
        <translation>لغة الواجهة (en أو ar).</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>يتعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace folder to open.</source>
        <translation>مجلد مساحة العمل المراد فتحه.</translation>
    </message>
    <message>
        <source>Open the demo that 'mizan-cli demo --out DIR' wrote: its workspace (DIR/workspace), or its files when it has none.</source>
        <translation>افتح العرض التجريبي الذي كتبه 'mizan-cli demo --out DIR': مساحة عمله (DIR/workspace)، أو ملفاته إن لم تكن له مساحة عمل.</translation>
    </message>
</context>
<context>
    <name>mizan::AboutDialog</name>
    <message>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>not installed (Arabic is drawn with %1)</source>
        <translation>غير مثبّت (يُرسم النص العربي بالخط %1)</translation>
    </message>
    <message>
        <source>not SQLCipher: workspaces cannot be opened</source>
        <translation>المكتبة ليست SQLCipher: يتعذّر فتح مساحات العمل</translation>
    </message>
    <message>
        <source>System: %1 (%2), Qt platform %3</source>
        <translation>النظام: %1 (%2)، منصة Qt: %3</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A model-governance workstation for lead scoring with gradient-boosted trees (XGBoost).&lt;/p&gt;&lt;p&gt;Works offline: Mizan opens no network connection and listens on no port.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ميزان %1&lt;/h2&gt;&lt;p&gt;محطة عمل لحوكمة نماذج حساب درجات العملاء المحتملين المبنية على أشجار التعزيز المتدرج (XGBoost).&lt;/p&gt;&lt;p&gt;يعمل دون اتصال: لا يفتح ميزان أي اتصال شبكي ولا يستمع على أي منفذ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>About Mizan</source>
        <translation>حول ميزان</translation>
    </message>
    <message>
        <source>Components, versions and licences</source>
        <translation>المكوّنات وإصداراتها وتراخيصها</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copies the versions and licences as text, for a support ticket</source>
        <translation>ينسخ الإصدارات والتراخيص نصًّا لإرفاقها بطلب دعم</translation>
    </message>
    <message>
        <source>windows, PDF reports, translations and right-to-left layout (Core, GUI, Widgets, SVG, Concurrent)</source>
        <translation>النوافذ، وتقارير PDF، والترجمات، والتخطيط من اليمين إلى اليسار (وحدات Qt: Core وGUI وWidgets وSVG وConcurrent)</translation>
    </message>
    <message>
        <source>%1 (at build time)</source>
        <translation>%1 (وقت البناء)</translation>
    </message>
    <message>
        <source>the score histogram</source>
        <translation>المدرّج التكراري للدرجات</translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation>ترجمات Qt</translation>
    </message>
    <message>
        <source>Qt's own buttons and dialogs in Arabic</source>
        <translation>أزرار Qt ومربعات الحوار الخاصة بها باللغة العربية</translation>
    </message>
    <message>
        <source>training and scoring the gradient-boosted tree models</source>
        <translation>تدريب نماذج أشجار التعزيز المتدرج وحساب الدرجات بها</translation>
    </message>
    <message>
        <source>the encrypted workspace database (AES-256, an HMAC on every page)</source>
        <translation>قاعدة بيانات مساحة العمل المشفّرة (AES-256، ورمز مصادقة HMAC لكل صفحة)</translation>
    </message>
    <message>
        <source>SHA-256, Ed25519 signatures of the audit log, sealed data and random numbers</source>
        <translation>SHA-256، وتوقيعات Ed25519 لسجل التدقيق، والبيانات المختومة، والأرقام العشوائية</translation>
    </message>
    <message>
        <source>%1 (Debian package at build time)</source>
        <translation>%1 (حزمة دبيان وقت البناء)</translation>
    </message>
    <message>
        <source>keys from passwords (Argon2id)</source>
        <translation>اشتقاق المفاتيح من كلمات المرور (Argon2id)</translation>
    </message>
    <message>
        <source>Noto fonts</source>
        <translation>خطوط Noto</translation>
    </message>
    <message>
        <source>Arabic and Latin text on screen and in the PDF reports</source>
        <translation>النصوص العربية واللاتينية على الشاشة وفي تقارير PDF</translation>
    </message>
    <message>
        <source>Mizan %1</source>
        <translation>ميزان %1</translation>
    </message>
    <message>
        <source>Works offline: Mizan opens no network connection and listens on no port.</source>
        <translation>يعمل دون اتصال: لا يفتح ميزان أي اتصال شبكي ولا يستمع على أي منفذ.</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;نُسخ</translation>
    </message>
</context>
<context>
    <name>mizan::AccessReview</name>
    <message>
        <source>Access review of workspace %1, %2, by %3</source>
        <translation>مراجعة صلاحيات الوصول لمساحة العمل %1، %2، بواسطة %3</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>slot locked after failed sign-ins</source>
        <translation>الخانة مقفلة بعد محاولات دخول فاشلة</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <source>may view personal data</source>
        <translation>يحق له الاطلاع على البيانات الشخصية</translation>
    </message>
    <message>
        <source>last sign-in %1</source>
        <translation>آخر تسجيل دخول %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>أنشأه %1</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>عمليات المنح</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <source>PENDING a second administrator</source>
        <translation>معلّق بانتظار مسؤول ثانٍ</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>أكّده %1</translation>
    </message>
</context>
<context>
    <name>mizan::AlertModel</name>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>mizan::ApprovalQueueModel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (انقضى الموعد)</translation>
    </message>
    <message>
        <source>The approval has expired: the version must be approved again before it may be deployed.</source>
        <translation>انتهت صلاحية الاعتماد: يجب اعتماد الإصدار مرة أخرى قبل أن يُسمح بنشره.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>لم يُجرَ تقييم المخاطر بعد.</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>قُيِّم في %1</translation>
    </message>
    <message>
        <source>Model SHA-256 %1</source>
        <translation>قيمة SHA-256 للنموذج %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <source>Revalidate by</source>
        <translation>إعادة التحقق بحلول</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المُعِدّون</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
</context>
<context>
    <name>mizan::ApprovalStyle</name>
    <message>
        <source>Not assessed</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>غير مستوفاة</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>لا توجد أدلة</translation>
    </message>
</context>
<context>
    <name>mizan::ApprovalTab</name>
    <message>
        <source>Model versions</source>
        <translation>إصدارات النموذج</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>بطاقة النموذج</translation>
    </message>
    <message>
        <source>Deployment timeline</source>
        <translation>الخط الزمني للنشر</translation>
    </message>
    <message>
        <source>Signed history of the version</source>
        <translation>التسلسل الزمني الموقَّع للإصدار</translation>
    </message>
    <message>
        <source>History</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>بانتظار قرار</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>كل الإصدارات</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>The lead set both the candidate and the deployed version score for the assessment: drift, ROC, calibration, top features.</source>
        <translation>مجموعة العملاء المحتملين التي يحسب لها كلٌّ من الإصدار المرشَّح والإصدار المنشور الدرجات لأغراض تقييم المخاطر: الانحراف، وROC، والمعايرة، وأهم الخصائص.</translation>
    </message>
    <message>
        <source>Re&amp;ference lead set:</source>
        <translation>مجموعة العملاء ال&amp;مرجعية:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة ت&amp;حميل</translation>
    </message>
    <message>
        <source>A&amp;ssess</source>
        <translation>&amp;تقييم</translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation>ت&amp;قديم…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;اعتماد…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;نشر…</translation>
    </message>
    <message>
        <source>Roll ba&amp;ck…</source>
        <translation>الترا&amp;جع إلى…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>&amp;إيقاف نهائي…</translation>
    </message>
    <message>
        <source>Export &amp;card…</source>
        <translation>تصدير ال&amp;بطاقة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>None (the versions' own test splits)</source>
        <translation>لا شيء (جزء الاختبار الخاص بكل إصدار)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (#%2, %n rows)</source>
        <translation>
            <numerusform>%1 (#%2، لا صفوف)</numerusform>
            <numerusform>%1 (#%2، صف واحد)</numerusform>
            <numerusform>%1 (#%2، صفان)</numerusform>
            <numerusform>%1 (#%2، %n صفوف)</numerusform>
            <numerusform>%1 (#%2، %n صفًا)</numerusform>
            <numerusform>%1 (#%2، %n صف)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Approval Queue waits for it.</source>
        <translation>مهمة أخرى تستخدم مساحة العمل؛ وتنتظر قائمة انتظار الاعتماد انتهاءها.</translation>
    </message>
    <message>
        <source>The model registry could not be read</source>
        <translation>تعذّرت قراءة مستودع النماذج</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model registry failed its checks:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;لم يجتز مستودع النماذج عمليات التحقق:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No version is deployed: scoring has no approved model yet.</source>
        <translation>لا يوجد إصدار منشور: لا يتوفر بعد نموذج معتمد لحساب الدرجات.</translation>
    </message>
    <message>
        <source>Deployed: %1. Its approval expired on %2: re-approve it.</source>
        <translation>المنشور: %1. انتهت صلاحية اعتماده في %2: أعد اعتماده.</translation>
    </message>
    <message>
        <source>Deployed: %1, approved until %2.</source>
        <translation>المنشور: %1، معتمد حتى %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n version(s) wait for a decision.</source>
        <translation>
            <numerusform>%1 لا توجد إصدارات بانتظار قرار.</numerusform>
            <numerusform>%1 إصدار واحد بانتظار قرار.</numerusform>
            <numerusform>%1 إصداران بانتظار قرار.</numerusform>
            <numerusform>%1 %n إصدارات بانتظار قرار.</numerusform>
            <numerusform>%1 %n إصدارًا بانتظار قرار.</numerusform>
            <numerusform>%1 %n إصدار بانتظار قرار.</numerusform>
        </translation>
    </message>
    <message>
        <source>You registered or submitted this version: someone else must approve it (four eyes).</source>
        <translation>أنت من سجّل هذا الإصدار أو قدّمه: يجب أن يعتمده شخص آخر (مبدأ الأربع أعين).</translation>
    </message>
    <message>
        <source>You have approved this version; a second officer must add theirs.</source>
        <translation>لقد اعتمدت هذا الإصدار؛ ويجب أن يضيف مسؤول مخاطر ثانٍ اعتماده.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Risk: %1. This is approval %2 of %3; it will be signed with your key.</source>
        <translation>المخاطر: %1. هذا هو الاعتماد %2 من %3؛ وسيُوقَّع بمفتاحك.</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>غير مقيَّمة</translation>
    </message>
    <message>
        <source>The version is assessed on the reference lead set chosen, then waits for a risk officer.</source>
        <translation>يُقيَّم الإصدار على مجموعة العملاء المرجعية المختارة، ثم ينتظر قرار مسؤول المخاطر.</translation>
    </message>
    <message>
        <source>From now on, scoring uses this version.</source>
        <translation>من الآن فصاعدًا، يُستخدم هذا الإصدار في حساب الدرجات.</translation>
    </message>
    <message>
        <source>Version %1 is approved.</source>
        <translation>اعتُمد الإصدار %1.</translation>
    </message>
    <message>
        <source>Approval %1 of %2 recorded; version %3 needs another risk officer.</source>
        <translation>سُجِّل الاعتماد %1 من %2؛ ويحتاج الإصدار %3 إلى اعتماد مسؤول مخاطر آخر.</translation>
    </message>
    <message>
        <source>Version %1 is rejected.</source>
        <translation>رُفض الإصدار %1.</translation>
    </message>
    <message>
        <source>Version %1 is deployed: scoring uses it from now on.</source>
        <translation>نُشر الإصدار %1: يُستخدم في حساب الدرجات من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Rolled back: version %1 is deployed again.</source>
        <translation>تم التراجع: نُشر الإصدار %1 مرة أخرى.</translation>
    </message>
    <message>
        <source>Version %1 is retired.</source>
        <translation>أُوقف الإصدار %1 نهائيًا.</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>رُفض إجراء «%1»</translation>
    </message>
    <message>
        <source>Submitting… %p%</source>
        <translation>جارٍ التقديم… %p%</translation>
    </message>
    <message>
        <source>Assessing… %p%</source>
        <translation>جارٍ التقييم… %p%</translation>
    </message>
    <message>
        <source>Assessing and submitting version %1…</source>
        <translation>جارٍ تقييم الإصدار %1 وتقديمه…</translation>
    </message>
    <message>
        <source>Assessing version %1…</source>
        <translation>جارٍ تقييم الإصدار %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was recorded.</source>
        <translation>أُلغيت العملية؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>لم يُقدَّم</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Version %1 was submitted; assessed as %2 risk.</source>
        <translation>قُدِّم الإصدار %1؛ وقُيِّمت مخاطره بأنها %2.</translation>
    </message>
    <message>
        <source>Version %1 assessed as %2 risk (score %3).</source>
        <translation>قُيِّمت مخاطر الإصدار %1 بأنها %2 (الدرجة %3).</translation>
    </message>
    <message>
        <source>Export model card</source>
        <translation>تصدير بطاقة النموذج</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>ملفات Markdown (*.md);;ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No model card</source>
        <translation>لا توجد بطاقة نموذج</translation>
    </message>
    <message>
        <source>Model card of version %1</source>
        <translation>بطاقة النموذج للإصدار %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Model card not written</source>
        <translation>لم تُكتب بطاقة النموذج</translation>
    </message>
    <message>
        <source>Model card written to %1.</source>
        <translation>كُتبت بطاقة النموذج في %1.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج الفعلية</translation>
    </message>
    <message>
        <source>Import &amp;outcomes…</source>
        <translation>استيراد النتائج ال&amp;فعلية…</translation>
    </message>
    <message>
        <source>A CSV with lead_id and converted (1/0): what became of scored leads. The deployed version is judged on them; drops beyond the policy raise alerts.</source>
        <translation>ملف CSV يتضمن العمودين lead_id وconverted (1/0): ما آل إليه العملاء المحتملون الذين حُسبت درجاتهم. ويُحكم على الإصدار المنشور بناءً عليها؛ وأي تراجع يتجاوز حدود السياسة يُطلق تنبيهات.</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome alert(s): see its Outcomes page.</source>
        <translation>
            <numerusform>%n تنبيه بشأن النتائج الفعلية: راجع صفحة «النتائج الفعلية» الخاصة بالإصدار.</numerusform>
            <numerusform>تنبيه واحد بشأن النتائج الفعلية: راجع صفحة «النتائج الفعلية» الخاصة بالإصدار.</numerusform>
            <numerusform>تنبيهان بشأن النتائج الفعلية: راجع صفحة «النتائج الفعلية» الخاصة بالإصدار.</numerusform>
            <numerusform>%n تنبيهات بشأن النتائج الفعلية: راجع صفحة «النتائج الفعلية» الخاصة بالإصدار.</numerusform>
            <numerusform>%n تنبيهًا بشأن النتائج الفعلية: راجع صفحة «النتائج الفعلية» الخاصة بالإصدار.</numerusform>
            <numerusform>%n تنبيه بشأن النتائج الفعلية: راجع صفحة «النتائج الفعلية» الخاصة بالإصدار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import outcomes</source>
        <translation>استيراد النتائج الفعلية</translation>
    </message>
    <message>
        <source>Outcome files (*.csv);;All files (*)</source>
        <translation>ملفات النتائج الفعلية (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Outcomes not imported</source>
        <translation>لم تُستورد النتائج الفعلية</translation>
    </message>
    <message>
        <source>Outcome alert</source>
        <translation>تنبيه النتائج الفعلية</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new outcome(s), %2 of them for leads in the workspace; %3 known already.</source>
        <translation>
            <numerusform>%1: لا نتائج فعلية جديدة، منها %2 لعملاء محتملين في مساحة العمل؛ %3 معروفة مسبقًا.</numerusform>
            <numerusform>%1: نتيجة فعلية جديدة واحدة، منها %2 لعملاء محتملين في مساحة العمل؛ %3 معروفة مسبقًا.</numerusform>
            <numerusform>%1: نتيجتان فعليتان جديدتان، منها %2 لعملاء محتملين في مساحة العمل؛ %3 معروفة مسبقًا.</numerusform>
            <numerusform>%1: %n نتائج فعلية جديدة، منها %2 لعملاء محتملين في مساحة العمل؛ %3 معروفة مسبقًا.</numerusform>
            <numerusform>%1: %n نتيجة فعلية جديدة، منها %2 لعملاء محتملين في مساحة العمل؛ %3 معروفة مسبقًا.</numerusform>
            <numerusform>%1: %n نتيجة فعلية جديدة، منها %2 لعملاء محتملين في مساحة العمل؛ %3 معروفة مسبقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcomes are stored, but the deployed version could not be judged: %1</source>
        <translation>حُفظت النتائج الفعلية، لكن تعذّر الحكم على أداء الإصدار المنشور: %1</translation>
    </message>
    <message>
        <source>Outcomes stored, not judged</source>
        <translation>حُفظت النتائج الفعلية دون الحكم على الأداء</translation>
    </message>
    <message>
        <source>Po&amp;licy…</source>
        <translation>ال&amp;سياسة…</translation>
    </message>
    <message>
        <source>The approval policy: gates, rule thresholds, revalidation period, outcome alerts.</source>
        <translation>سياسة الاعتماد: البوابات، وعتبات القواعد، ومدة إعادة التحقق، وتنبيهات النتائج الفعلية.</translation>
    </message>
    <message>
        <source>The approval policy could not be read</source>
        <translation>تعذّرت قراءة سياسة الاعتماد</translation>
    </message>
    <message>
        <source>The approval policy was not changed</source>
        <translation>لم تُغيَّر سياسة الاعتماد</translation>
    </message>
    <message>
        <source>The approval policy is changed; assess the versions again to apply it to them.</source>
        <translation>تغيّرت سياسة الاعتماد؛ أعد تقييم الإصدارات لتطبيقها عليها.</translation>
    </message>
    <message>
        <source>History of the model</source>
        <translation>التسلسل الزمني للنموذج</translation>
    </message>
</context>
<context>
    <name>mizan::AssessmentView</name>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <source>Policy gate</source>
        <translation>بوابة السياسة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Choose a version in the queue.</source>
        <translation>اختر إصدارًا من قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 (revalidate by %3): %4</source>
        <translation>اعتمده %1 في %2 (إعادة التحقق بحلول %3): %4</translation>
    </message>
    <message>
        <source>Approval %1 of %2 by %3 on %4: %5</source>
        <translation>الاعتماد %1 من %2 بواسطة %3 في %4: %5</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>رفضه %1: %2</translation>
    </message>
    <message>
        <source>Submitted by %1: %2</source>
        <translation>قدّمه %1: %2</translation>
    </message>
    <message>
        <source>The approval expired on %1: approve it again before deploying.</source>
        <translation>انتهت صلاحية الاعتماد في %1: اعتمده مرة أخرى قبل النشر.</translation>
    </message>
    <message>
        <source>%1 has not been assessed yet. Assess it (optionally on a reference lead set) before deciding.</source>
        <translation>لم تُقيَّم مخاطر %1 بعد. قيّمها (على مجموعة عملاء مرجعية إن شئت) قبل اتخاذ القرار.</translation>
    </message>
    <message>
        <source>Assessed %1 by %2 against policy thresholds; score %3 (medium from %4, high from %5). %6</source>
        <translation>قيّمه %2 في %1 وفق عتبات السياسة؛ الدرجة %3 (متوسطة ابتداءً من %4، ومرتفعة ابتداءً من %5). %6</translation>
    </message>
    <message>
        <source>Every policy gate passes.</source>
        <translation>جميع بوابات السياسة مستوفاة.</translation>
    </message>
    <message>
        <source>Failing gates: %1 (approval needs an override reason).</source>
        <translation>البوابات غير المستوفاة: %1 (يتطلب الاعتماد سبب التجاوز).</translation>
    </message>
    <message>
        <source>No evidence: fails</source>
        <translation>لا توجد أدلة: غير مستوفاة</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>غير مستوفاة</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>قواعد المخاطر</translation>
    </message>
    <message>
        <source>Policy gates</source>
        <translation>بوابات السياسة</translation>
    </message>
</context>
<context>
    <name>mizan::AuditCheckpointsDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Checkpoint history</source>
        <translation>التسلسل الزمني لنقاط التحقق</translation>
    </message>
    <message numerus="yes">
        <source>Each checkpoint is the root of the log at a size, signed by the workspace key (and co-signed by a person at sign-out, approvals, exports and on request). %n checkpoint(s), newest first.</source>
        <translation>
            <numerusform>كل نقطة تحقق هي جذر السجل عند حجم معيّن، موقّعة بمفتاح مساحة العمل (وموقّعة أيضًا من شخص عند تسجيل الخروج والاعتمادات والتصدير وعند الطلب). لا توجد نقاط تحقق، الأحدث أولًا.</numerusform>
            <numerusform>كل نقطة تحقق هي جذر السجل عند حجم معيّن، موقّعة بمفتاح مساحة العمل (وموقّعة أيضًا من شخص عند تسجيل الخروج والاعتمادات والتصدير وعند الطلب). نقطة تحقق واحدة، الأحدث أولًا.</numerusform>
            <numerusform>كل نقطة تحقق هي جذر السجل عند حجم معيّن، موقّعة بمفتاح مساحة العمل (وموقّعة أيضًا من شخص عند تسجيل الخروج والاعتمادات والتصدير وعند الطلب). نقطتا تحقق، الأحدث أولًا.</numerusform>
            <numerusform>كل نقطة تحقق هي جذر السجل عند حجم معيّن، موقّعة بمفتاح مساحة العمل (وموقّعة أيضًا من شخص عند تسجيل الخروج والاعتمادات والتصدير وعند الطلب). %n نقاط تحقق، الأحدث أولًا.</numerusform>
            <numerusform>كل نقطة تحقق هي جذر السجل عند حجم معيّن، موقّعة بمفتاح مساحة العمل (وموقّعة أيضًا من شخص عند تسجيل الخروج والاعتمادات والتصدير وعند الطلب). %n نقطة تحقق، الأحدث أولًا.</numerusform>
            <numerusform>كل نقطة تحقق هي جذر السجل عند حجم معيّن، موقّعة بمفتاح مساحة العمل (وموقّعة أيضًا من شخص عند تسجيل الخروج والاعتمادات والتصدير وعند الطلب). %n نقطة تحقق، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>نقاط التحقق</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Co-signed by</source>
        <translation>وقّعها أيضًا</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Signed note of the selected checkpoint</source>
        <translation>الملاحظة الموقّعة لنقطة التحقق المحددة</translation>
    </message>
    <message>
        <source>&amp;Save note…</source>
        <translation>&amp;حفظ الملاحظة…</translation>
    </message>
    <message>
        <source>Signed &amp;note:</source>
        <translation>ال&amp;ملاحظة الموقّعة:</translation>
    </message>
    <message>
        <source>Save the signed checkpoint</source>
        <translation>حفظ نقطة التحقق الموقّعة</translation>
    </message>
    <message>
        <source>Signed notes (*.note);;All files (*)</source>
        <translation>الملاحظات الموقّعة (*.note);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم تُحفظ</translation>
    </message>
</context>
<context>
    <name>mizan::AuditDetailPane</name>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Proof status</source>
        <translation>حالة الإثبات</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>تفاصيل القيد</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>لم يُحدَّد أي قيد</translation>
    </message>
    <message>
        <source>Select an entry to see its details, its hashes and the proof that it is in the signed log.</source>
        <translation>حدّد قيدًا لعرض تفاصيله وقيم التجزئة الخاصة به وإثبات وجوده في السجل الموقّع.</translation>
    </message>
    <message>
        <source>Entry not shown</source>
        <translation>القيد غير معروض</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>القيد %1</translation>
    </message>
    <message>
        <source>Not verified: the inclusion proof of entry %1 does not lead to the root of the tree of %2 entries. The entry or the log was changed.</source>
        <translation>لم يتم التحقق: إثبات تضمين القيد %1 لا يؤدي إلى جذر شجرة القيود البالغ عددها %2. فقد عُدِّل القيد أو السجل.</translation>
    </message>
    <message>
        <source>Not verified: the proof leads to the root, but %1.</source>
        <translation>لم يتم التحقق: يؤدي الإثبات إلى الجذر، لكن %1.</translation>
    </message>
    <message>
        <source>Verified: entry %1 is in the signed checkpoint of %2 entries.</source>
        <translation>تم التحقق: القيد %1 مشمول في نقطة التحقق الموقّعة عند %2 قيدًا.</translation>
    </message>
    <message>
        <source>Verified against the current tree of %1 entries. No signed checkpoint covers this entry yet.</source>
        <translation>تم التحقق مقابل الشجرة الحالية البالغ عدد قيودها %1. لا تغطي أي نقطة تحقق موقّعة هذا القيد بعد.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا توجد.</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>قيم التجزئة</translation>
    </message>
    <message>
        <source>Previous entry's leaf hash (prev_hash)</source>
        <translation>تجزئة الورقة للقيد السابق (prev_hash)</translation>
    </message>
    <message>
        <source>This entry's leaf hash</source>
        <translation>تجزئة الورقة لهذا القيد</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>إثبات التضمين</translation>
    </message>
    <message>
        <source>Leaf %1 (counting from 0) of the tree of %2 entries; the hashes on its path to the root:</source>
        <translation>الورقة %1 (بدءًا من 0) في شجرة القيود البالغ عددها %2؛ قيم التجزئة على مسارها إلى الجذر:</translation>
    </message>
    <message>
        <source>Root of the tree of %1 entries</source>
        <translation>جذر شجرة القيود البالغ عددها %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>نقطة التحقق</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Co-signed by</source>
        <translation>وقّعها أيضًا</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>لم يتم التحقق: %1</translation>
    </message>
    <message>
        <source>None yet: the proof is against the root of the log as it is now, which no signature covers.</source>
        <translation>لا توجد بعد: الإثبات مقابل جذر السجل بحالته الراهنة، ولا يغطيه أي توقيع.</translation>
    </message>
</context>
<context>
    <name>mizan::AuditFilterBar</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>Filter from a time</source>
        <translation>التصفية ابتداءً من وقت محدد</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>من الوقت</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Filter up to a time</source>
        <translation>التصفية حتى وقت محدد</translation>
    </message>
    <message>
        <source>Up to time (exclusive)</source>
        <translation>حتى الوقت (غير مشمول)</translation>
    </message>
    <message>
        <source>Entries at or after this local time</source>
        <translation>القيود في هذا الوقت المحلي أو بعده</translation>
    </message>
    <message>
        <source>Entries before this local time</source>
        <translation>القيود قبل هذا الوقت المحلي</translation>
    </message>
    <message>
        <source>From entry number</source>
        <translation>من رقم القيد</translation>
    </message>
    <message>
        <source>Up to entry number</source>
        <translation>حتى رقم القيد</translation>
    </message>
    <message>
        <source>any</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>أي دور</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>login, or a prefix: model.</source>
        <translation>login، أو بادئة: model.</translation>
    </message>
    <message>
        <source>An exact action ("login"), or a prefix ending in a dot ("user.")</source>
        <translation>إجراء محدد بالضبط ("login")، أو بادئة تنتهي بنقطة ("user.")</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>أي نتيجة</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>exact target</source>
        <translation>الهدف بالضبط</translation>
    </message>
    <message>
        <source>Text in the details</source>
        <translation>نص في التفاصيل</translation>
    </message>
    <message>
        <source>any text in the details</source>
        <translation>أي نص في التفاصيل</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>ت&amp;طبيق</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>تطبيق عامل التصفية</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>مسح عامل التصفية</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>E&amp;ntries:</source>
        <translation>ال&amp;قيود:</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>المن&amp;فِّذ:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <source>&amp;Details contain:</source>
        <translation>&amp;التفاصيل تتضمن:</translation>
    </message>
</context>
<context>
    <name>mizan::AuditLog</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>القيد %1 مفقود</translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation>القيد %1 غير مرتبط بالقيد الذي يسبقه</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>عُدّل القيد %1 بعد كتابته</translation>
    </message>
    <message>
        <source>The audit log does not verify: %1.</source>
        <translation>فشل التحقق من سجل التدقيق: %1.</translation>
    </message>
    <message>
        <source>The audit log's Merkle tree has no node %1 at level %2.</source>
        <translation>لا تحتوي شجرة ميركل لسجل التدقيق على العقدة %1 في المستوى %2.</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>ليس كائن JSON (%1 عند البايت %2)</translation>
    </message>
    <message>
        <source>the fields must be exactly %1</source>
        <translation>يجب أن تكون الحقول %1 بالضبط</translation>
    </message>
    <message>
        <source>field %1 is not a string</source>
        <translation>الحقل %1 ليس سلسلة نصية</translation>
    </message>
    <message>
        <source>field details is not an object</source>
        <translation>الحقل details ليس كائنًا</translation>
    </message>
    <message>
        <source>seq and time must be non-negative integers</source>
        <translation>يجب أن يكون seq وtime عددين صحيحين غير سالبين</translation>
    </message>
    <message>
        <source>prev_hash is not 64 lower-case hexadecimal digits</source>
        <translation>prev_hash ليس 64 رقمًا ست عشريًا بأحرف صغيرة</translation>
    </message>
    <message>
        <source>the line is not in canonical form</source>
        <translation>السطر ليس بالصيغة المعيارية</translation>
    </message>
    <message>
        <source>The workspace signing key is not available.</source>
        <translation>مفتاح التوقيع الخاص بمساحة العمل غير متاح.</translation>
    </message>
    <message>
        <source>The audit log's Merkle tree is incomplete; run audit verify.</source>
        <translation>شجرة ميركل لسجل التدقيق غير مكتملة؛ شغّل audit verify.</translation>
    </message>
    <message>
        <source>Stored checkpoint %1 is damaged: %2</source>
        <translation>نقطة التحقق المحفوظة %1 تالفة: %2</translation>
    </message>
</context>
<context>
    <name>mizan::AuditModel</name>
    <message>
        <source>OK</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>Every %1 entries</source>
        <translation>كل %1 قيد</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Upgrade of the workspace</source>
        <translation>ترقية مساحة العمل</translation>
    </message>
    <message>
        <source>Signed on request</source>
        <translation>التوقيع عند الطلب</translation>
    </message>
    <message>
        <source>Evidence pack export</source>
        <translation>تصدير حزمة أدلة</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Click to show the newest or the oldest entries first</source>
        <translation>انقر لعرض أحدث القيود أو أقدمها أولًا</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
</context>
<context>
    <name>mizan::AuditTab</name>
    <message>
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>مسؤول الخصوصية</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;التحقق من السجل</translation>
    </message>
    <message>
        <source>Verify the whole log</source>
        <translation>التحقق من السجل كاملًا</translation>
    </message>
    <message>
        <source>Checks every entry, the hash chain, the Merkle tree and every signed checkpoint</source>
        <translation>يفحص كل قيد، وسلسلة التجزئة، وشجرة ميركل، وكل نقطة تحقق موقّعة</translation>
    </message>
    <message>
        <source>Verify against a saved chec&amp;kpoint…</source>
        <translation>التحقق مقابل &amp;نقطة تحقق محفوظة…</translation>
    </message>
    <message>
        <source>Verify against a checkpoint kept in a file</source>
        <translation>التحقق مقابل نقطة تحقق محفوظة في ملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>إلغاء المهمة الجارية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Checkpoint histor&amp;y…</source>
        <translation>التسلسل ال&amp;زمني لنقاط التحقق…</translation>
    </message>
    <message>
        <source>Show the checkpoint history</source>
        <translation>عرض التسلسل الزمني لنقاط التحقق</translation>
    </message>
    <message>
        <source>Sign &amp;checkpoint…</source>
        <translation>تو&amp;قيع نقطة تحقق…</translation>
    </message>
    <message>
        <source>Sign a checkpoint now</source>
        <translation>توقيع نقطة تحقق الآن</translation>
    </message>
    <message>
        <source>Signs the log as it is now with the workspace key and your own, and saves the checkpoint to a file you keep</source>
        <translation>يوقّع السجل بحالته الراهنة بمفتاح مساحة العمل وبمفتاحك الشخصي، ويحفظ نقطة التحقق في ملف تحتفظ به</translation>
    </message>
    <message>
        <source>E&amp;xport evidence pack…</source>
        <translation>ت&amp;صدير حزمة أدلة…</translation>
    </message>
    <message>
        <source>Export an evidence pack of the entries shown</source>
        <translation>تصدير حزمة أدلة بالقيود المعروضة</translation>
    </message>
    <message>
        <source>Writes the entries the filter shows, with their proofs, the checkpoints and the keys, to a folder that verifies offline</source>
        <translation>يكتب القيود التي يعرضها عامل التصفية، مع إثباتاتها ونقاط التحقق والمفاتيح، في مجلد يمكن التحقق منه دون اتصال</translation>
    </message>
    <message>
        <source>Compliance &amp;report…</source>
        <translation>تقرير الا&amp;متثال…</translation>
    </message>
    <message>
        <source>Write the compliance report</source>
        <translation>إعداد تقرير الامتثال</translation>
    </message>
    <message>
        <source>Actions by type and user, denials, approvals, fairness alerts, erasures and backups in the filter's time range, with the verification and its signed checkpoint (PDF or CSV)</source>
        <translation>الإجراءات حسب النوع والمستخدم، وحالات الرفض، والاعتمادات، وتنبيهات الإنصاف، وعمليات المحو، والنسخ الاحتياطية ضمن النطاق الزمني لعامل التصفية، مع نتيجة التحقق ونقطة التحقق الموقّعة التي تستند إليها (PDF أو CSV)</translation>
    </message>
    <message>
        <source>Verification verdict</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <source>Sho&amp;w the entry</source>
        <translation>&amp;عرض القيد</translation>
    </message>
    <message>
        <source>Show the first bad entry</source>
        <translation>عرض أول قيد معيب</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>السجل فارغ.</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>لا يوجد قيد يطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>All %1 matching entries shown, %2.</source>
        <translation>عُرضت جميع القيود المطابقة وعددها %1، %2.</translation>
    </message>
    <message>
        <source>%1 entries shown, %2; scroll down for more.</source>
        <translation>عُرض %1 من القيود، %2؛ مرّر إلى الأسفل لعرض المزيد.</translation>
    </message>
    <message>
        <source>The log has no entry %1.</source>
        <translation>لا يحتوي السجل على القيد %1.</translation>
    </message>
    <message>
        <source>Showing the log from entry %1.</source>
        <translation>عرض السجل ابتداءً من القيد %1.</translation>
    </message>
    <message>
        <source>The checkpoint you kept</source>
        <translation>نقطة التحقق التي احتفظت بها</translation>
    </message>
    <message>
        <source>Signed notes (*.note);;All files (*)</source>
        <translation>الملاحظات الموقّعة (*.note);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint: %2</source>
        <translation>%1 ليس نقطة تحقق موقّعة: %2</translation>
    </message>
    <message>
        <source>Verifying… %p%</source>
        <translation>جارٍ التحقق… %p%</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>جارٍ التحقق من سجل التدقيق…</translation>
    </message>
    <message>
        <source>Verification cancelled: nothing was concluded.</source>
        <translation>أُلغي التحقق: لم يُتوصَّل إلى أي نتيجة.</translation>
    </message>
    <message>
        <source>The log could not be verified: %1</source>
        <translation>تعذّر التحقق من السجل: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>فشل التحقق.</translation>
    </message>
    <message>
        <source>All good up to checkpoint %1</source>
        <translation>كل شيء سليم حتى نقطة التحقق %1</translation>
    </message>
    <message>
        <source>All good (no checkpoint yet)</source>
        <translation>كل شيء سليم (لا توجد نقطة تحقق بعد)</translation>
    </message>
    <message>
        <source>First broken entry %1: %2</source>
        <translation>أول قيد معيب %1: %2</translation>
    </message>
    <message>
        <source>The log does not verify: %1</source>
        <translation>فشل التحقق من السجل: %1</translation>
    </message>
    <message>
        <source>%1 entries and %2 signed checkpoints checked: hash chain, Merkle roots and signatures.</source>
        <translation>فُحص %1 من القيود و%2 من نقاط التحقق الموقّعة: سلسلة التجزئة وجذور ميركل والتوقيعات.</translation>
    </message>
    <message>
        <source>The log verifies up to the checkpoint of %1 entries.</source>
        <translation>تم التحقق من السجل حتى نقطة التحقق عند %1 قيدًا.</translation>
    </message>
    <message>
        <source>Sho&amp;w entry %1</source>
        <translation>&amp;عرض القيد %1</translation>
    </message>
    <message>
        <source>Choose a folder for the evidence pack</source>
        <translation>اختر مجلدًا لحزمة الأدلة</translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation>جارٍ التصدير… %p%</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>جارٍ كتابة حزمة الأدلة…</translation>
    </message>
    <message>
        <source>The export was cancelled; no pack was written.</source>
        <translation>أُلغي التصدير؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Evidence pack not written</source>
        <translation>لم تُكتب حزمة الأدلة</translation>
    </message>
    <message>
        <source>Evidence pack written</source>
        <translation>كُتبت حزمة الأدلة</translation>
    </message>
    <message>
        <source>The evidence pack is in %1: %2 entries, up to the signed checkpoint of %3 entries. Its VERIFY.md says how to check it without Mizan.</source>
        <translation>حزمة الأدلة موجودة في %1: %2 من القيود، حتى نقطة التحقق الموقّعة عند %3 قيدًا. ويشرح الملف VERIFY.md فيها كيفية التحقق منها دون ميزان.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1.</source>
        <translation>كُتبت حزمة الأدلة في %1.</translation>
    </message>
    <message>
        <source>Checkpoint history</source>
        <translation>التسلسل الزمني لنقاط التحقق</translation>
    </message>
    <message>
        <source>Save the signed checkpoint</source>
        <translation>حفظ نقطة التحقق الموقّعة</translation>
    </message>
    <message>
        <source>Checkpoint not signed</source>
        <translation>لم تُوقَّع نقطة التحقق</translation>
    </message>
    <message>
        <source>Checkpoint not saved</source>
        <translation>لم تُحفظ نقطة التحقق</translation>
    </message>
    <message>
        <source>The checkpoint was signed and is kept in the workspace, but %1</source>
        <translation>وُقّعت نقطة التحقق وهي محفوظة في مساحة العمل، لكن %1</translation>
    </message>
    <message>
        <source>Checkpoint signed</source>
        <translation>وُقّعت نقطة التحقق</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries, signed by the workspace and co-signed by you, is in %2. Keep it outside the workspace: verifying against it later proves that the log only grew.</source>
        <translation>نقطة التحقق عند %1 قيدًا، الموقّعة من مساحة العمل والموقّعة منك أيضًا، موجودة في %2. احتفظ بها خارج مساحة العمل: فالتحقق مقابلها لاحقًا يُثبت أن السجل لم يتغير إلا بالإضافة إليه.</translation>
    </message>
    <message>
        <source>Checkpoint of %1 entries signed.</source>
        <translation>وُقّعت نقطة التحقق عند %1 قيدًا.</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>حفظ تقرير الامتثال</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>ملفات PDF (*.pdf);;ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Verifying for the report… %p%</source>
        <translation>جارٍ التحقق لإعداد التقرير… %p%</translation>
    </message>
    <message>
        <source>Writing the compliance report…</source>
        <translation>جارٍ إعداد تقرير الامتثال…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>أُلغي التقرير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Compliance report not written</source>
        <translation>لم يُكتب تقرير الامتثال</translation>
    </message>
    <message>
        <source>Compliance report written to %1 (%2 entries in the period).</source>
        <translation>كُتب تقرير الامتثال في %1 (%2 من القيود في الفترة).</translation>
    </message>
</context>
<context>
    <name>mizan::AuditVerifier</name>
    <message>
        <source>checkpoint %1 belongs to another log (origin "%2", expected "%3")</source>
        <translation>تنتمي نقطة التحقق %1 إلى سجل آخر (المصدر "%2"، والمتوقع "%3")</translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation>نقطة التحقق %1</translation>
    </message>
    <message>
        <source>the workspace signature of %1 does not verify</source>
        <translation>فشل التحقق من توقيع مساحة العمل على %1</translation>
    </message>
    <message>
        <source>%1 is signed by an unknown key "%2"</source>
        <translation>وُقّع %1 بمفتاح غير معروف "%2"</translation>
    </message>
    <message>
        <source>the co-signature of %1 on %2 does not verify</source>
        <translation>فشل التحقق من التوقيع المشترك للمستخدم %1 على %2</translation>
    </message>
    <message numerus="yes">
        <source>All good: %n entries verified, up to the signed checkpoint of %1 entries.</source>
        <translation>
            <numerusform>كل شيء سليم: تم التحقق من %n قيد، حتى نقطة التحقق الموقّعة عند %1 قيدًا.</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من قيد واحد، حتى نقطة التحقق الموقّعة عند %1 قيدًا.</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من قيدين، حتى نقطة التحقق الموقّعة عند %1 قيدًا.</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من %n قيود، حتى نقطة التحقق الموقّعة عند %1 قيدًا.</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من %n قيدًا، حتى نقطة التحقق الموقّعة عند %1 قيدًا.</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من %n قيد، حتى نقطة التحقق الموقّعة عند %1 قيدًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All good: %n entries verified (no checkpoint yet).</source>
        <translation>
            <numerusform>كل شيء سليم: تم التحقق من %n قيد (لا توجد نقطة تحقق بعد).</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من قيد واحد (لا توجد نقطة تحقق بعد).</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من قيدين (لا توجد نقطة تحقق بعد).</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من %n قيود (لا توجد نقطة تحقق بعد).</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من %n قيدًا (لا توجد نقطة تحقق بعد).</numerusform>
            <numerusform>كل شيء سليم: تم التحقق من %n قيد (لا توجد نقطة تحقق بعد).</numerusform>
        </translation>
    </message>
    <message>
        <source>The log extends the trusted checkpoint of %1 entries.</source>
        <translation>السجل امتداد لنقطة التحقق الموثوقة عند %1 قيدًا.</translation>
    </message>
    <message>
        <source>Tampering found: the first bad entry is %1: %2.</source>
        <translation>اكتُشف عبث: أول قيد معيب هو %1: %2.</translation>
    </message>
    <message>
        <source>Tampering found: %1.</source>
        <translation>اكتُشف عبث: %1.</translation>
    </message>
    <message>
        <source>entry %1 no longer matches the hash entry %2 chains to (one of them was changed)</source>
        <translation>لم يعد القيد %1 يطابق قيمة التجزئة التي يرتبط بها القيد %2 (عُدِّل أحدهما)</translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation>القيد %1 غير مرتبط بالقيد الذي يسبقه</translation>
    </message>
    <message>
        <source>entry %1 is missing (the log jumps from entry %2 to %3)</source>
        <translation>القيد %1 مفقود (ينتقل السجل من القيد %2 إلى %3)</translation>
    </message>
    <message>
        <source>entry %1 appears again after entry %2 (entries were reordered or inserted)</source>
        <translation>يظهر القيد %1 مرة أخرى بعد القيد %2 (أُعيد ترتيب قيود أو أُدرجت قيود)</translation>
    </message>
    <message>
        <source>entry %1 was inserted: the entry after it was entry %1 when it was written</source>
        <translation>أُدرج القيد %1: كان القيد الذي يليه هو القيد %1 عند كتابته</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its content does not match its leaf hash)</source>
        <translation>عُدّل القيد %1 بعد كتابته (لا يطابق محتواه تجزئة الورقة الخاصة به)</translation>
    </message>
    <message>
        <source>the entries after the checkpoint of %1 entries up to entry %2 do not match the signed root of checkpoint %2 (changed, or the log was rewritten)</source>
        <translation>القيود التالية لنقطة التحقق عند %1 قيدًا حتى القيد %2 لا تطابق الجذر الموقّع لنقطة التحقق %2 (عُدِّلت، أو أُعيدت كتابة السجل)</translation>
    </message>
    <message>
        <source>the log does not extend the trusted checkpoint of %1 entries: its first %1 entries were rewritten, or this is another copy of the workspace (a fork)</source>
        <translation>السجل ليس امتدادًا لنقطة التحقق الموثوقة عند %1 قيدًا: فإما أن أول %1 قيدًا فيه أُعيدت كتابتها، وإما أن هذه نسخة أخرى من مساحة العمل (تفرّع)</translation>
    </message>
    <message>
        <source>the checkpoint that must follow entry %1 is missing</source>
        <translation>نقطة التحقق التي يجب أن تلي القيد %1 مفقودة</translation>
    </message>
    <message>
        <source>the checkpoint %1 co-signs at logout (entry %2) is missing or not co-signed</source>
        <translation>نقطة التحقق التي يوقّعها %1 توقيعًا مشتركًا عند تسجيل الخروج (القيد %2) مفقودة أو غير موقّعة توقيعًا مشتركًا</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the log kept signed checkpoints: their checkpoints were signed when the log was caught up, and their sign-outs are not co-signed.</source>
        <translation>كُتبت القيود من 1 إلى %1 قبل أن يحتفظ السجل بنقاط تحقق موقّعة: وُقّعت نقاط التحقق الخاصة بها عند استكمال السجل، ولا تحمل عمليات تسجيل الخروج فيها توقيعًا مشتركًا.</translation>
    </message>
    <message>
        <source>the log holds %1 entries but the trusted checkpoint vouches for %2 (an older copy was restored, or entries were removed from the end)</source>
        <translation>يحتوي السجل على %1 من القيود، لكن نقطة التحقق الموثوقة تشهد بوجود %2 (استُعيدت نسخة أقدم، أو حُذفت قيود من النهاية)</translation>
    </message>
    <message>
        <source>the log ends at entry %1 but a signed checkpoint vouches for %2 entries (entries were removed from the end, or an older copy was restored)</source>
        <translation>ينتهي السجل عند القيد %1، لكن نقطة تحقق موقّعة تشهد بوجود %2 من القيود (حُذفت قيود من النهاية، أو استُعيدت نسخة أقدم)</translation>
    </message>
    <message>
        <source>the trusted checkpoint does not verify: %1</source>
        <translation>فشل التحقق من نقطة التحقق الموثوقة: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were sealed into a signed archive and pruned; verify the archive on its own.</source>
        <translation>خُتمت القيود من 1 إلى %1 في أرشيف موقّع ثم حُذفت من السجل؛ تحقّق من الأرشيف على حدة.</translation>
    </message>
    <message>
        <source>The trusted checkpoint of %1 entries lies in the sealed segment (entries 1 to %2): check it against the archive.</source>
        <translation>تقع نقطة التحقق الموثوقة عند %1 قيدًا ضمن الجزء المختوم (القيود من 1 إلى %2): تحقّق منها مقابل الأرشيف.</translation>
    </message>
    <message>
        <source>the stored tree over the sealed entries 1 to %1 is incomplete</source>
        <translation>الشجرة المحفوظة للقيود المختومة من 1 إلى %1 غير مكتملة</translation>
    </message>
    <message>
        <source>entry %1, the first after the sealed segment, is missing</source>
        <translation>القيد %1، وهو أول قيد بعد الجزء المختوم، مفقود</translation>
    </message>
</context>
<context>
    <name>mizan::Backup</name>
    <message>
        <source>%1 is not a readable backup manifest: %2</source>
        <translation>%1 ليس بيان نسخة احتياطية قابلًا للقراءة: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mizan backup manifest (format %2)</source>
        <translation>%1 ليس بيان نسخة احتياطية من ميزان (الصيغة %2)</translation>
    </message>
    <message>
        <source>%1: the manifest lacks a required field or has a malformed one</source>
        <translation>%1: ينقص بيان النسخة حقل مطلوب أو يحتوي على حقل بصيغة غير صحيحة</translation>
    </message>
    <message>
        <source>%1: a file entry of the manifest is malformed (%2)</source>
        <translation>%1: أحد قيود الملفات في بيان النسخة بصيغة غير صحيحة (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: تتعذّر القراءة: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: خطأ في القراءة: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: يتعذّر الإنشاء: %2</translation>
    </message>
    <message>
        <source>copying %1 to %2 failed: %3</source>
        <translation>فشل نسخ %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot write to disk</source>
        <translation>%1: تتعذّر الكتابة على القرص</translation>
    </message>
    <message>
        <source>directory: a schedule needs a folder for the backups</source>
        <translation>directory: يتطلب الجدول مجلدًا للنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>interval_minutes: between 5 minutes and 7 days</source>
        <translation>interval_minutes: من 5 دقائق إلى 7 أيام</translation>
    </message>
    <message>
        <source>rpo_minutes: between 5 minutes and 31 days</source>
        <translation>rpo_minutes: من 5 دقائق إلى 31 يومًا</translation>
    </message>
    <message>
        <source>rto_minutes: between 1 minute and 31 days</source>
        <translation>rto_minutes: من دقيقة واحدة إلى 31 يومًا</translation>
    </message>
    <message>
        <source>keep_daily: between 1 and 366</source>
        <translation>keep_daily: من 1 إلى 366</translation>
    </message>
    <message>
        <source>keep_weekly: between 0 and 520</source>
        <translation>keep_weekly: من 0 إلى 520</translation>
    </message>
    <message>
        <source>%1 is not a Mizan backup (it has no readable %2)</source>
        <translation>%1 ليس نسخة احتياطية من ميزان (لا يحتوي على %2 قابل للقراءة)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 كبير جدًا</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>تمت قراءة %1</translation>
    </message>
    <message>
        <source>signed by the key of workspace %1</source>
        <translation>موقَّع بمفتاح مساحة العمل %1</translation>
    </message>
    <message>
        <source>%1: the manifest's signature does not verify (altered after the backup was made)</source>
        <translation>%1: فشل التحقق من توقيع بيان النسخة (عُدِّل بعد إنشاء النسخة الاحتياطية)</translation>
    </message>
    <message>
        <source>belongs to this workspace</source>
        <translation>تنتمي إلى مساحة العمل هذه</translation>
    </message>
    <message>
        <source>this backup belongs to another workspace (%1), not to %2</source>
        <translation>تنتمي هذه النسخة الاحتياطية إلى مساحة عمل أخرى (%1)، لا إلى %2</translation>
    </message>
    <message>
        <source>made by a newer Mizan (%1, schema %2); this version reads schemas up to %3</source>
        <translation>أُنشئت بإصدار أحدث من ميزان (%1، المخطط %2)؛ يقرأ هذا الإصدار المخططات حتى %3</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest (added after the backup)</source>
        <translation>%1 غير مدرج في بيان النسخة (أُضيف بعد إنشاء النسخة الاحتياطية)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 مفقود</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; the manifest says %3 (truncated or extended)</source>
        <translation>حجم %1 هو %2 بايت، بينما يذكر بيان النسخة %3 (مبتور أو مُمدَّد)</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest (changed after the backup)</source>
        <translation>%1 لا يطابق قيمة SHA-256 الخاصة به في بيان النسخة (عُدِّل بعد إنشاء النسخة الاحتياطية)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), SHA-256 match</source>
        <translation>
            <numerusform>%n ملف، وقيم SHA-256 متطابقة</numerusform>
            <numerusform>ملف واحد، وقيمة SHA-256 متطابقة</numerusform>
            <numerusform>ملفان، وقيم SHA-256 متطابقة</numerusform>
            <numerusform>%n ملفات، وقيم SHA-256 متطابقة</numerusform>
            <numerusform>%n ملفًا، وقيم SHA-256 متطابقة</numerusform>
            <numerusform>%n ملف، وقيم SHA-256 متطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) of this workspace, key generation %1</source>
        <translation>
            <numerusform>%n خانة مفاتيح لمساحة العمل هذه، جيل المفتاح %1</numerusform>
            <numerusform>خانة مفاتيح واحدة لمساحة العمل هذه، جيل المفتاح %1</numerusform>
            <numerusform>خانتا مفاتيح لمساحة العمل هذه، جيل المفتاح %1</numerusform>
            <numerusform>%n خانات مفاتيح لمساحة العمل هذه، جيل المفتاح %1</numerusform>
            <numerusform>%n خانةً للمفاتيح لمساحة العمل هذه، جيل المفتاح %1</numerusform>
            <numerusform>%n خانة مفاتيح لمساحة العمل هذه، جيل المفتاح %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to another workspace or key generation than the manifest (mismatched key slots)</source>
        <translation>%1 ينتمي إلى مساحة عمل أو جيل مفتاح غير ما في بيان النسخة (خانات مفاتيح غير متطابقة)</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file</source>
        <translation>%1 ملف SQLite غير مشفّر</translation>
    </message>
    <message>
        <source>the database copy is encrypted</source>
        <translation>نسخة قاعدة البيانات مشفّرة</translation>
    </message>
    <message>
        <source>opens with the workspace key (SQLCipher %1)</source>
        <translation>تُفتح بمفتاح مساحة العمل (SQLCipher %1)</translation>
    </message>
    <message>
        <source>%1 does not open with the key its slots hold: %2</source>
        <translation>يتعذّر فتح %1 بالمفتاح الذي تحمله خاناته: %2</translation>
    </message>
    <message>
        <source>the copy is at schema %1; the manifest says %2</source>
        <translation>النسخة على المخطط %1، بينما يذكر بيان النسخة %2</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check: ok</source>
        <translation>PRAGMA integrity_check: ok</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries verify</source>
        <translation>
            <numerusform>تم التحقق من %n قيد تدقيق</numerusform>
            <numerusform>تم التحقق من قيد تدقيق واحد</numerusform>
            <numerusform>تم التحقق من قيدَي تدقيق</numerusform>
            <numerusform>تم التحقق من %n قيود تدقيق</numerusform>
            <numerusform>تم التحقق من %n قيدًا من قيود التدقيق</numerusform>
            <numerusform>تم التحقق من %n قيد تدقيق</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit log in the backup does not verify: %1</source>
        <translation>فشل التحقق من سجل التدقيق في النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>the log ends at the manifest's signed checkpoint (%1 entries)</source>
        <translation>ينتهي السجل عند نقطة التحقق الموقَّعة في بيان النسخة (%1 من القيود)</translation>
    </message>
    <message>
        <source>the log in the copy (%1 entries) does not end at the manifest's signed checkpoint (%2 entries)</source>
        <translation>السجل في النسخة (%1 من القيود) لا ينتهي عند نقطة التحقق الموقَّعة في بيان النسخة (%2 من القيود)</translation>
    </message>
    <message>
        <source>%1 records counted, as the manifest says</source>
        <translation>عُدَّ %1 من صفوف البيانات، كما يذكر بيان النسخة</translation>
    </message>
    <message>
        <source>record counts differ from the manifest: %1</source>
        <translation>أعداد صفوف البيانات تختلف عمّا في بيان النسخة: %1</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest</source>
        <translation>%1 غير مدرج في بيان النسخة</translation>
    </message>
    <message>
        <source>schema %1, as the manifest says</source>
        <translation>المخطط %1، كما يذكر بيان النسخة</translation>
    </message>
</context>
<context>
    <name>mizan::BackupListModel</name>
    <message>
        <source>manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>تمرين استعادة</translation>
    </message>
    <message>
        <source>✔ Verified %1</source>
        <translation>✔ تم التحقق في %1</translation>
    </message>
    <message>
        <source>✖ Failed %1: %2</source>
        <translation>✖ فشل التحقق في %1: %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>لم يُتحقق منها قط</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>%1
Made by %2 with Mizan %3; schema %4, key generation %5, %6 audit entries.</source>
        <translation>%1
أنشأها %2 بإصدار ميزان %3؛ المخطط %4، جيل المفتاح %5، %6 من قيود التدقيق.</translation>
    </message>
    <message>
        <source>The manifest's signature verifies with this workspace's key.</source>
        <translation>تم التحقق من توقيع بيان النسخة بمفتاح مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>The manifest's signature does not verify with this workspace's key: the backup was altered or belongs to another workspace.</source>
        <translation>فشل التحقق من توقيع بيان النسخة بمفتاح مساحة العمل هذه: فإما أن النسخة الاحتياطية عُدِّلت، وإما أنها تنتمي إلى مساحة عمل أخرى.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Manifest signature</source>
        <translation>توقيع بيان النسخة</translation>
    </message>
</context>
<context>
    <name>mizan::BackupScheduler</name>
    <message>
        <source>Making the scheduled backup…</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية المجدولة…</translation>
    </message>
    <message>
        <source>The scheduled backup was cancelled.</source>
        <translation>أُلغيت النسخة الاحتياطية المجدولة.</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>فشلت النسخة الاحتياطية المجدولة: %1</translation>
    </message>
    <message>
        <source>Scheduled backup %1 made.</source>
        <translation>أُنشئت النسخة الاحتياطية المجدولة %1.</translation>
    </message>
</context>
<context>
    <name>mizan::BackupTab</name>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ثانية</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ثانية</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>Backups of this workspace</source>
        <translation>النسخ الاحتياطية لمساحة العمل هذه</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Create backup</source>
        <translation>&amp;إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>A consistent, encrypted, signed copy of the workspace now</source>
        <translation>نسخة متّسقة ومشفّرة وموقَّعة من مساحة العمل الآن</translation>
    </message>
    <message>
        <source>&amp;Verify selected</source>
        <translation>&amp;تحقق من النسخة المحددة</translation>
    </message>
    <message>
        <source>Checks the signature, every file, the key slots, the database and its audit log, without touching the workspace</source>
        <translation>يفحص التوقيع، وكل ملف، وخانات المفاتيح، وقاعدة البيانات وسجل التدقيق فيها، دون المساس بمساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>ا&amp;ستعادة النسخة المحددة…</translation>
    </message>
    <message>
        <source>Replaces the workspace with the backup; the current one is kept aside</source>
        <translation>تستبدل مساحة العمل بالنسخة الاحتياطية؛ ويُحتفَظ بمساحة العمل الحالية جانبًا</translation>
    </message>
    <message>
        <source>Run &amp;drill…</source>
        <translation>تنفيذ ت&amp;مرين استعادة…</translation>
    </message>
    <message>
        <source>Backs up, restores into a scratch folder, verifies and measures the recovery time against the objective</source>
        <translation>ينشئ نسخة احتياطية، ويستعيدها في مجلد مؤقت، ويتحقق منها، ويقيس زمن الاستعادة مقارنةً بالهدف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>A folder on another disk or a mounted share</source>
        <translation>مجلد على قرص آخر أو مجلد مشترك متصل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>م&amp;جلد النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>Make backups on a schedule while someone is signed in</source>
        <translation>إنشاء نسخ احتياطية وفق جدول أثناء تسجيل دخول أحد المستخدمين</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;كل:</translation>
    </message>
    <message>
        <source>Recovery-point objective: the most work you accept to lose. The tab warns when the newest backup is older.</source>
        <translation>هدف نقطة الاستعادة (RPO): أقصى قدر من العمل تقبل فقدانه. تُنبّه علامة التبويب عندما تكون أحدث نسخة احتياطية أقدم منه.</translation>
    </message>
    <message>
        <source>Recovery &amp;point objective:</source>
        <translation>هدف &amp;نقطة الاستعادة (RPO):</translation>
    </message>
    <message>
        <source>Recovery-time objective: how long a restore may take. Drills are measured against it.</source>
        <translation>هدف زمن الاستعادة (RTO): المدة التي قد تستغرقها الاستعادة. تُقاس تمارين الاستعادة مقارنةً به.</translation>
    </message>
    <message>
        <source>Recovery &amp;time objective:</source>
        <translation>هدف &amp;زمن الاستعادة (RTO):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Keep the newest of &amp;each:</source>
        <translation>الاحتفاظ بأحدث نسخة من كل &amp;يوم، لآخر:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> أسبوعًا</translation>
    </message>
    <message>
        <source>…and of each &amp;week:</source>
        <translation>…ومن كل &amp;أسبوع، لآخر:</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;حفظ الجدول</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>آخر تمرين استعادة</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>بواسطة:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>Recovery time:</source>
        <translation>زمن الاستعادة:</translation>
    </message>
    <message>
        <source>Recovery point:</source>
        <translation>نقطة الاستعادة:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Backup tab waits for it.</source>
        <translation>مهمة أخرى تستخدم مساحة العمل؛ وتنتظر علامة تبويب النسخ الاحتياطية انتهاءها.</translation>
    </message>
    <message>
        <source>⚠ There is no backup yet, and no folder for backups. Choose a folder under Schedule and make a backup: until then nothing can be recovered.</source>
        <translation>⚠ لا توجد نسخة احتياطية بعد، ولا مجلد للنسخ الاحتياطية. اختر مجلدًا ضمن «الجدول» وأنشئ نسخة احتياطية: فلا يمكن استعادة أي شيء حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>⚠ There is no backup of this workspace in %1 yet. Make one now: until then nothing can be recovered.</source>
        <translation>⚠ لا توجد نسخة احتياطية لمساحة العمل هذه في %1 بعد. أنشئ نسخة الآن: فلا يمكن استعادة أي شيء حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>⚠ The newest backup is %1 old, older than the recovery-point objective of %2. Make a backup now, or check the schedule.</source>
        <translation>⚠ عمر أحدث نسخة احتياطية %1، وهي أقدم من هدف نقطة الاستعادة البالغ %2. أنشئ نسخة احتياطية الآن، أو راجع الجدول.</translation>
    </message>
    <message>
        <source>No drill yet. A drill proves that a backup restores, and how long it takes.</source>
        <translation>لم يُجرَ أي تمرين استعادة بعد. يُثبت التمرين أن النسخة الاحتياطية قابلة للاستعادة، وكم تستغرق الاستعادة من وقت.</translation>
    </message>
    <message>
        <source>✔ meets the objective</source>
        <translation>✔ يحقق الهدف</translation>
    </message>
    <message>
        <source>✖ misses the objective</source>
        <translation>✖ لا يحقق الهدف</translation>
    </message>
    <message>
        <source>✔ Restored and verified</source>
        <translation>✔ تمت الاستعادة والتحقق</translation>
    </message>
    <message>
        <source>✖ Failed: %1</source>
        <translation>✖ فشل: %1</translation>
    </message>
    <message>
        <source>%1 (objective %2): %3</source>
        <translation>%1 (الهدف %2): %3</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>لم يُقَس</translation>
    </message>
    <message>
        <source>no backup before the drill (objective %1): %2</source>
        <translation>لا توجد نسخة احتياطية قبل التمرين (الهدف %1): %2</translation>
    </message>
    <message>
        <source>Choose the folder for backups</source>
        <translation>اختر مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation>لم يُحفظ الجدول</translation>
    </message>
    <message>
        <source>Schedule saved: a backup every %1 while someone is signed in.</source>
        <translation>حُفظ الجدول: نسخة احتياطية كل %1 أثناء تسجيل دخول أحد المستخدمين.</translation>
    </message>
    <message>
        <source>Schedule saved: backups are made by hand.</source>
        <translation>حُفظ الجدول: تُنشأ النسخ الاحتياطية يدويًا.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Making a backup in %1…</source>
        <translation>جارٍ إنشاء نسخة احتياطية في %1…</translation>
    </message>
    <message>
        <source>Backing up… %p%</source>
        <translation>جارٍ النسخ الاحتياطي… %p%</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was left behind.</source>
        <translation>أُلغيت النسخة الاحتياطية؛ ولم يتبقَّ أي أثر.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>لم تُنشأ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>✔ Backup &lt;b&gt;%1&lt;/b&gt; made: %2, %3 audit entries. Verify it to be sure it restores.</source>
        <translation>✔ أُنشئت النسخة الاحتياطية &lt;b&gt;%1&lt;/b&gt;: %2، و%3 من قيود التدقيق. تحقق منها للتأكد من إمكانية استعادتها.</translation>
    </message>
    <message>
        <source>Backup %1 made.</source>
        <translation>أُنشئت النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>التحقق من نسخة احتياطية</translation>
    </message>
    <message>
        <source>%1 was made under an earlier key. Your password as it was then opens it:</source>
        <translation>أُنشئت النسخة %1 بمفتاح سابق. تفتحها كلمة مرورك كما كانت آنذاك:</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>جارٍ التحقق من %1…</translation>
    </message>
    <message>
        <source>Verifying… %p%</source>
        <translation>جارٍ التحقق… %p%</translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation>تعذّر التحقق من النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Verification cancelled: nothing was concluded.</source>
        <translation>أُلغي التحقق: لم يُتوصَّل إلى أي نتيجة.</translation>
    </message>
    <message>
        <source>✖ %1 does not verify: %2</source>
        <translation>✖ فشل التحقق من %1: %2</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <source>%1 does not verify.</source>
        <translation>فشل التحقق من %1.</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 verified: %n check(s) passed, %2 audit entries, in %3.</source>
        <translation>
            <numerusform>✔ تم التحقق من %1: نجح %n فحص، و%2 من قيود التدقيق، خلال %3.</numerusform>
            <numerusform>✔ تم التحقق من %1: نجح فحص واحد، و%2 من قيود التدقيق، خلال %3.</numerusform>
            <numerusform>✔ تم التحقق من %1: نجح فحصان، و%2 من قيود التدقيق، خلال %3.</numerusform>
            <numerusform>✔ تم التحقق من %1: نجحت %n فحوص، و%2 من قيود التدقيق، خلال %3.</numerusform>
            <numerusform>✔ تم التحقق من %1: نجح %n فحصًا، و%2 من قيود التدقيق، خلال %3.</numerusform>
            <numerusform>✔ تم التحقق من %1: نجح %n فحص، و%2 من قيود التدقيق، خلال %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 verified.</source>
        <translation>تم التحقق من %1.</translation>
    </message>
    <message>
        <source>Disaster-recovery drill</source>
        <translation>تمرين استعادة للتعافي من الكوارث</translation>
    </message>
    <message>
        <source>A drill makes a backup, restores it into a scratch folder as a real restore would, verifies the copy and measures the recovery time. The workspace is not changed. Confirm with your password:</source>
        <translation>يُنشئ تمرين الاستعادة نسخة احتياطية، ويستعيدها إلى مجلد مؤقت كما تفعل الاستعادة الفعلية، ويتحقق من النسخة المستعادة، ويقيس زمن الاستعادة. ولا تتغير مساحة العمل. أكّد بكلمة مرورك:</translation>
    </message>
    <message>
        <source>Running a disaster-recovery drill…</source>
        <translation>جارٍ تنفيذ تمرين استعادة للتعافي من الكوارث…</translation>
    </message>
    <message>
        <source>Drill… %p%</source>
        <translation>تمرين الاستعادة… %p%</translation>
    </message>
    <message>
        <source>Drill cancelled.</source>
        <translation>أُلغي تمرين الاستعادة.</translation>
    </message>
    <message>
        <source>The drill did not run</source>
        <translation>لم يُنفَّذ تمرين الاستعادة</translation>
    </message>
    <message>
        <source>✔ Drill passed: recovered in %1 (objective %2).</source>
        <translation>✔ نجح تمرين الاستعادة: تمت الاستعادة خلال %1 (الهدف %2).</translation>
    </message>
    <message>
        <source>✖ Drill failed: %1</source>
        <translation>✖ فشل تمرين الاستعادة: %1</translation>
    </message>
    <message>
        <source>Drill passed.</source>
        <translation>نجح تمرين الاستعادة.</translation>
    </message>
    <message>
        <source>Drill failed.</source>
        <translation>فشل تمرين الاستعادة.</translation>
    </message>
    <message>
        <source>Restore %1, made %2?

The workspace now open is REPLACED by this backup: whatever was done after it (imports, scores, decisions, users) is no longer in the workspace. The current workspace is not deleted: it is kept aside beside it as "%3.replaced-…".

Erasures made after the backup are applied again. Everyone is signed out first; sign in again when the restore is done.</source>
        <translation>هل تريد استعادة %1 المُنشأة في %2؟

ستُستبدَل مساحة العمل المفتوحة حاليًا بهذه النسخة الاحتياطية: فكل ما أُجري بعدها (عمليات الاستيراد، والدرجات، والقرارات، والمستخدمون) لن يبقى في مساحة العمل. ولا تُحذف مساحة العمل الحالية، بل يُحتفظ بها جانبًا بجوارها باسم "%3.replaced-…".

وتُطبَّق من جديد عمليات المحو التي أُجريت بعد النسخة الاحتياطية. ويُسجَّل خروج الجميع أولًا؛ فسجّل الدخول مرة أخرى عند اكتمال الاستعادة.</translation>
    </message>
    <message>
        <source>Replace the workspace with a backup?</source>
        <translation>هل تريد استبدال مساحة العمل بنسخة احتياطية؟</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Your password as it was when %1 was made (%2):</source>
        <translation>كلمة مرورك كما كانت عند إنشاء %1 (%2):</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>جارٍ استعادة %1…</translation>
    </message>
</context>
<context>
    <name>mizan::BeeswarmChart</name>
    <message>
        <source>SHAP beeswarm</source>
        <translation>مخطط سرب النحل لقيم SHAP</translation>
    </message>
    <message numerus="yes">
        <source>%n sampled leads</source>
        <translation>
            <numerusform>%n عميل محتمل في العيّنة</numerusform>
            <numerusform>عميل محتمل واحد في العيّنة</numerusform>
            <numerusform>عميلان محتملان في العيّنة</numerusform>
            <numerusform>%n عملاء محتملين في العيّنة</numerusform>
            <numerusform>%n عميلًا محتملًا في العيّنة</numerusform>
            <numerusform>%n عميل محتمل في العيّنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature value</source>
        <translation>قيمة الخاصية</translation>
    </message>
    <message>
        <source>SHAP value (impact on the model's output, log-odds)</source>
        <translation>قيمة SHAP (الأثر في مخرجات النموذج، بلوغاريتم الأرجحية)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
</context>
<context>
    <name>mizan::Booster</name>
    <message>
        <source>XGBoost could not %1: %2</source>
        <translation>تعذّر على XGBoost تنفيذ %1: %2</translation>
    </message>
    <message>
        <source>XGBoost returned %1 predictions for %2 rows</source>
        <translation>أرجع XGBoost %1 من التنبؤات لـ %2 من الصفوف</translation>
    </message>
</context>
<context>
    <name>mizan::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور &amp;الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;أعد كتابة كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>At least 15 characters; it must not contain your user name.</source>
        <translation>15 حرفًا على الأقل، ويجب ألا تتضمن اسم المستخدم الخاص بك.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين؛ اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>mizan::Checkpoint</name>
    <message>
        <source>The checkpoint is not a valid signed note: line %1: %2.</source>
        <translation>نقطة التحقق ليست ملاحظة موقّعة صالحة: السطر %1: %2.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>حجمها يتجاوز %1 بايت</translation>
    </message>
    <message>
        <source>it does not end with a newline</source>
        <translation>لا تنتهي بسطر جديد</translation>
    </message>
    <message>
        <source>it holds a control character (carriage return, tab, NUL, ...)</source>
        <translation>تحتوي على حرف تحكم (إرجاع العربة، أو الجدولة، أو NUL، ...)</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>ليست بترميز UTF-8 صالح</translation>
    </message>
    <message>
        <source>a text and a blank line must come before the signatures</source>
        <translation>يجب أن يسبق التوقيعاتِ نصٌّ وسطرٌ فارغ</translation>
    </message>
    <message>
        <source>there is no signature</source>
        <translation>لا يوجد توقيع</translation>
    </message>
    <message>
        <source>a signature line must start with "— "</source>
        <translation>يجب أن يبدأ سطر التوقيع بـ "— "</translation>
    </message>
    <message>
        <source>a signature line is "— name signature"</source>
        <translation>صيغة سطر التوقيع هي "— name signature"</translation>
    </message>
    <message>
        <source>the signature is not a key id and an Ed25519 signature in base64</source>
        <translation>التوقيع ليس معرّف مفتاح وتوقيع Ed25519 بترميز base64</translation>
    </message>
    <message>
        <source>"%1" cannot name a signing key (no spaces or '+').</source>
        <translation>"%1" لا يصلح اسمًا لمفتاح توقيع (دون مسافات أو '+').</translation>
    </message>
    <message>
        <source>origin, size and root hash must come before the blank line</source>
        <translation>يجب أن تسبق السطرَ الفارغ قيمُ المصدر والحجم وتجزئة الجذر</translation>
    </message>
    <message>
        <source>the origin is empty</source>
        <translation>المصدر فارغ</translation>
    </message>
    <message>
        <source>the tree size is not a decimal number</source>
        <translation>حجم الشجرة ليس عددًا عشريًا</translation>
    </message>
    <message>
        <source>the root hash is not 32 bytes in base64</source>
        <translation>تجزئة الجذر ليست 32 بايت بترميز base64</translation>
    </message>
    <message>
        <source>an extension line is empty</source>
        <translation>أحد أسطر الامتداد فارغ</translation>
    </message>
</context>
<context>
    <name>mizan::ComparisonView</name>
    <message>
        <source>Metric (test split)</source>
        <translation>المقياس (جزء الاختبار)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>المرشَّح</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Fairness metric</source>
        <translation>مقياس الإنصاف</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>منحنى ROC</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>معدل الإيجابيات الكاذبة</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>معدل الإيجابيات الحقيقية</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Mean predicted</source>
        <translation>متوسط الاحتمال المتوقَّع</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>المعدل الفعلي</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>توزيع الدرجات</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation>نسبة العملاء المحتملين</translation>
    </message>
    <message>
        <source>Choose a version in the queue.</source>
        <translation>اختر إصدارًا من قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Candidate %1 against the deployed version %2.</source>
        <translation>الإصدار المرشَّح %1 مقارنةً بالإصدار المنشور %2.</translation>
    </message>
    <message>
        <source>Candidate %1. No version is deployed: there is nothing to compare with yet.</source>
        <translation>الإصدار المرشَّح %1. لا يوجد إصدار منشور: لا يوجد بعد ما تُجرى المقارنة معه.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>الخسارة اللوغاريتمية</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>درجة براير</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الضبط</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No fairness report on the candidate yet (Fairness tab).</source>
        <translation>لا يوجد بعد تقرير إنصاف للإصدار المرشَّح (علامة تبويب الإنصاف).</translation>
    </message>
    <message>
        <source>Top features of the candidate: %1</source>
        <translation>أهم خصائص الإصدار المرشَّح: %1</translation>
    </message>
    <message>
        <source>Top features of the deployed version: %1</source>
        <translation>أهم خصائص الإصدار المنشور: %1</translation>
    </message>
    <message>
        <source>Assess the version on a reference lead set to compare top features.</source>
        <translation>قيّم الإصدار على مجموعة عملاء مرجعية لمقارنة أهم الخصائص.</translation>
    </message>
    <message>
        <source>Candidate #%1</source>
        <translation>المرشَّح #%1</translation>
    </message>
    <message>
        <source>Deployed #%1</source>
        <translation>المنشور #%1</translation>
    </message>
    <message>
        <source>Assess on a reference lead set to draw this.</source>
        <translation>قيّم الإصدار على مجموعة عملاء مرجعية لرسم هذا المخطط.</translation>
    </message>
    <message>
        <source>The reference lead set has no outcomes.</source>
        <translation>لا تحتوي مجموعة العملاء المرجعية على نتائج.</translation>
    </message>
    <message>
        <source>Calibration on the reference lead set</source>
        <translation>المعايرة على مجموعة العملاء المرجعية</translation>
    </message>
    <message>
        <source>Calibration on each test split</source>
        <translation>المعايرة على جزء الاختبار لكل إصدار</translation>
    </message>
    <message>
        <source>Metrics, candidate against deployed</source>
        <translation>المقاييس: الإصدار المرشَّح مقابل الإصدار المنشور</translation>
    </message>
    <message>
        <source>Fairness, candidate against deployed</source>
        <translation>الإنصاف: الإصدار المرشَّح مقابل الإصدار المنشور</translation>
    </message>
</context>
<context>
    <name>mizan::CompliancePdf</name>
    <message>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed; mizan-cli audit show lists them all.</source>
        <translation>أُدرج أول %1 من أصل %2؛ ويعرضها الأمر mizan-cli audit show كلها.</translation>
    </message>
    <message>
        <source>Audit compliance report</source>
        <translation>تقرير امتثال التدقيق</translation>
    </message>
    <message>
        <source>Workspace log: %1</source>
        <translation>سجل تدقيق مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>أعدّه %1 في %2</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>It rests on this signed checkpoint (%1 entries), which can be verified offline with mizan-cli audit verify --trusted:</source>
        <translation>يستند إلى نقطة التحقق الموقّعة هذه (عدد القيود %1)، والتي يمكن التحقق منها دون اتصال باستخدام mizan-cli audit verify --trusted:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>%1 entries in the period.</source>
        <translation>%1 من القيود في الفترة.</translation>
    </message>
    <message>
        <source>Actions by type</source>
        <translation>الإجراءات حسب النوع</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Actions by user</source>
        <translation>الإجراءات حسب المستخدم</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>حالات الرفض</translation>
    </message>
    <message>
        <source>Model approvals and rejections</source>
        <translation>اعتمادات النماذج ورفضها</translation>
    </message>
    <message>
        <source>Fairness alerts</source>
        <translation>تنبيهات الإنصاف</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>عمليات المحو</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>النسخ الاحتياطي والاستعادة</translation>
    </message>
</context>
<context>
    <name>mizan::ContextHelp</name>
    <message>
        <source>Scores leads with a model and sorts them into risk bands. In a workspace you choose a stored lead set and the deployed model; without one, a lead file (CSV), its specification and a model bundle.</source>
        <translation>يحسب درجات العملاء المحتملين باستخدام نموذج ويوزّعهم على شرائح المخاطر. في مساحة العمل تختار مجموعة عملاء محفوظة والنموذج المنشور؛ ومن دون مساحة عمل تختار ملف عملاء (CSV) ومواصفات بياناته وحزمة نموذج.</translation>
    </message>
    <message>
        <source>Open leads (Ctrl+O) and a model (Ctrl+M), Score (Ctrl+R or F5), filter by text (Ctrl+F), band or score, Export the scores (Ctrl+E or Ctrl+S), Explain the selected lead (Ctrl+I), Cancel (Esc).</source>
        <translation>فتح العملاء (Ctrl+O) ونموذج (Ctrl+M)، وحساب الدرجات (Ctrl+R أو F5)، والتصفية بالنص (Ctrl+F) أو بالشريحة أو بالدرجة، وتصدير الدرجات (Ctrl+E أو Ctrl+S)، وشرح العميل المحدد (Ctrl+I)، والإلغاء (Esc).</translation>
    </message>
    <message>
        <source>Explains one lead's score: the SHAP waterfall (what pushed the score up or down), LIME as a second opinion, what-if changes and suggested changes that would move the lead into another band; and, for a whole lead set, the features that matter most.</source>
        <translation>يشرح درجة عميل واحد: مخطط شلال SHAP (ما رفع الدرجة أو خفّضها)، وLIME بوصفه رأيًا ثانيًا، وتغييرات «ماذا لو»، والتغييرات المقترحة التي تنقل العميل إلى شريحة أخرى؛ ويعرض لمجموعة عملاء كاملة الخصائص الأكثر أهمية.</translation>
    </message>
    <message>
        <source>Choose a row or type a lead id, Explain (Ctrl+R), switch between log-odds and probability, Suggest changes, Compute for the lead set, Export the report in English or Arabic (Ctrl+P), Copy the receipt.</source>
        <translation>اختيار صف أو كتابة معرّف عميل، والشرح (Ctrl+R)، والتبديل بين لوغاريتم الأرجحية والاحتمال، واقتراح تغييرات، والحساب لمجموعة العملاء، وتصدير التقرير بالإنجليزية أو بالعربية (Ctrl+P)، ونسخ إيصال التحقق.</translation>
    </message>
    <message>
        <source>Compares how a model treats groups of leads (by an attribute such as region or company size): selection rates, error rates and their ratios, with confidence intervals, at a threshold you can move.</source>
        <translation>يقارن طريقة تعامل النموذج مع فئات العملاء (حسب سمة مثل المنطقة أو حجم الشركة): معدلات الاختيار ومعدلات الخطأ ونسبها، مع فواصل الثقة، عند عتبة يمكنك تحريكها.</translation>
    </message>
    <message>
        <source>Everyone can look; risk officers set the bias policy.</source>
        <translation>يمكن للجميع الاطلاع؛ ويضع مسؤولو المخاطر سياسة التحيّز.</translation>
    </message>
    <message>
        <source>Choose the model, the lead set and the attribute, Compute (Ctrl+R), move the threshold, Export the report (Ctrl+P) or the per-group table (Ctrl+S), edit the Bias policy.</source>
        <translation>اختيار النموذج ومجموعة العملاء والسمة، والحساب (Ctrl+R)، وتحريك العتبة، وتصدير التقرير (Ctrl+P) أو الجدول حسب الفئة (Ctrl+S)، وتعديل سياسة التحيّز.</translation>
    </message>
    <message>
        <source>The life of every model version: submitted, assessed against the approval policy, approved or rejected, deployed, rolled back or retired, with its model card and the outcomes of scored leads.</source>
        <translation>دورة حياة كل إصدار من النموذج: التقديم، والتقييم وفق سياسة الاعتماد، والاعتماد أو الرفض، والنشر، والتراجع أو الإيقاف النهائي، مع بطاقة النموذج والنتائج الفعلية للعملاء المحسوبة درجاتهم.</translation>
    </message>
    <message>
        <source>Everyone can look; data scientists submit; risk officers approve, reject, deploy, roll back and retire (with a written justification).</source>
        <translation>يمكن للجميع الاطلاع؛ ويقدّم علماء البيانات الإصدارات؛ ويتولى مسؤولو المخاطر الاعتماد والرفض والنشر والتراجع والإيقاف النهائي (مع مسوّغ مكتوب).</translation>
    </message>
    <message>
        <source>Select a version, Assess (Ctrl+R), Submit, Approve, Reject, Deploy, Roll back, Retire, Export the model card (Ctrl+S), Import outcomes, Reload (F5).</source>
        <translation>تحديد إصدار، والتقييم (Ctrl+R)، والتقديم، والاعتماد، والرفض، والنشر، والتراجع، والإيقاف النهائي، وتصدير بطاقة النموذج (Ctrl+S)، واستيراد النتائج الفعلية، وإعادة التحميل (F5).</translation>
    </message>
    <message>
        <source>Answers data subjects: finds everything held about a person, prepares the subject-access export and the letter that explains the automated decision, erases on request, places legal holds and applies the retention rules.</source>
        <translation>للرد على أصحاب البيانات: يبحث عن كل ما هو محفوظ عن الشخص، ويُعدّ ملف الرد على طلب الوصول والخطاب الذي يشرح القرار الآلي، ويمحو البيانات عند الطلب، ويفرض الحفظ القانوني، ويطبّق قواعد الاحتفاظ بالبيانات.</translation>
    </message>
    <message>
        <source>Privacy officers only.</source>
        <translation>مسؤولو الخصوصية فقط.</translation>
    </message>
    <message>
        <source>Find a data subject (Ctrl+F), Prepare subject access (Ctrl+R), Save the export (Ctrl+S), Erase, Place or lift a hold, review retention.</source>
        <translation>البحث عن صاحب بيانات (Ctrl+F)، وإعداد الرد على طلب الوصول (Ctrl+R)، وحفظ ملف التصدير (Ctrl+S)، والمحو، وفرض الحفظ القانوني أو رفعه، ومراجعة مدد الاحتفاظ.</translation>
    </message>
    <message>
        <source>The people who may sign in to this workspace, their roles and their grants; every change is written to the audit log.</source>
        <translation>الأشخاص المصرَّح لهم بتسجيل الدخول إلى مساحة العمل هذه، وأدوارهم والصلاحيات الممنوحة لهم؛ ويُسجَّل كل تغيير في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Administrators manage users (a second administrator confirms grants of privileged roles); auditors review access.</source>
        <translation>يدير مسؤولو النظام المستخدمين (ويؤكد مسؤول نظام ثانٍ منح الأدوار ذات الامتيازات)؛ ويراجع المدققون صلاحيات الوصول.</translation>
    </message>
    <message>
        <source>Add user (Ctrl+N), Change role, Disable, Set password, Personal data grant, Remove, Confirm grant, Access review, Refresh (F5).</source>
        <translation>إضافة مستخدم (Ctrl+N)، وتغيير الدور، والتعطيل، وتعيين كلمة المرور، ومنح صلاحية البيانات الشخصية، والحذف، وتأكيد المنح، ومراجعة صلاحيات الوصول، والتحديث (F5).</translation>
    </message>
    <message>
        <source>Encrypted, signed backups of the workspace: made now or on a schedule, verified without touching the workspace, restored, and rehearsed with a drill that measures the recovery time.</source>
        <translation>نسخ احتياطية مشفّرة وموقّعة من مساحة العمل: تُنشأ فورًا أو وفق جدول، ويُتحقق منها دون المساس بمساحة العمل، وتُستعاد، ويُتدرَّب على استعادتها بتمرين يقيس زمن الاستعادة.</translation>
    </message>
    <message>
        <source>Administrators only.</source>
        <translation>مسؤولو النظام فقط.</translation>
    </message>
    <message>
        <source>Create backup (Ctrl+N), Verify selected (Ctrl+R), Restore selected, Run drill, Save schedule, Cancel (Esc), Refresh (F5).</source>
        <translation>إنشاء نسخة احتياطية (Ctrl+N)، والتحقق من النسخة المحددة (Ctrl+R)، واستعادة النسخة المحددة، وتنفيذ تمرين استعادة، وحفظ الجدول، والإلغاء (Esc)، والتحديث (F5).</translation>
    </message>
    <message>
        <source>The append-only audit log of everything done in the workspace, with the proofs that nothing was changed or removed: the hash chain, the Merkle tree and signed checkpoints.</source>
        <translation>سجل التدقيق، الذي لا يقبل إلا الإضافة، لكل ما يُجرى في مساحة العمل، مع الإثباتات على أنه لم يُعدَّل فيه شيء ولم يُحذف منه شيء: سلسلة التجزئة، وشجرة ميركل، ونقاط التحقق الموقّعة.</translation>
    </message>
    <message>
        <source>Auditors and risk officers.</source>
        <translation>المدققون ومسؤولو المخاطر.</translation>
    </message>
    <message>
        <source>Filter the entries (Ctrl+F), Verify the log (Ctrl+R), verify against a saved checkpoint, Sign a checkpoint, Export an evidence pack (Ctrl+S), write the Compliance report (Ctrl+P), Refresh (F5), Cancel (Esc).</source>
        <translation>تصفية القيود (Ctrl+F)، والتحقق من السجل (Ctrl+R)، والتحقق مقابل نقطة تحقق محفوظة، وتوقيع نقطة تحقق، وتصدير حزمة أدلة (Ctrl+S)، وإعداد تقرير الامتثال (Ctrl+P)، والتحديث (F5)، والإلغاء (Esc).</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation>من يمكنه استخدامها:</translation>
    </message>
    <message>
        <source>Main actions:</source>
        <translation>الإجراءات الرئيسية:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mizan scores leads with gradient-boosted tree models, explains every score, checks the models for fairness and keeps a signed audit log of all of it. It works offline.&lt;/p&gt;&lt;p&gt;The tabs you see depend on your role. Press F1 in a tab for its help, Shift+F1 and then click on anything for what it does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يحسب ميزان درجات العملاء المحتملين باستخدام نماذج أشجار التعزيز المتدرج، ويشرح كل درجة، ويفحص إنصاف النماذج، ويحتفظ بسجل تدقيق موقَّع لذلك كله. ويعمل دون اتصال.&lt;/p&gt;&lt;p&gt;تتوقف علامات التبويب المعروضة لك على دورك. اضغط F1 في أي علامة تبويب لعرض مساعدتها، أو اضغط Shift+F1 ثم انقر على أي عنصر لمعرفة وظيفته.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Analysts and data scientists score and import; risk and privacy officers read the scores others kept (Show stored scores).</source>
        <translation>يُجري المحللون وعلماء البيانات حساب الدرجات والاستيراد؛ ويقرأ مسؤولو المخاطر ومسؤولو الخصوصية الدرجات التي حفظها غيرهم (عرض الدرجات المحفوظة).</translation>
    </message>
    <message>
        <source>Analysts and data scientists explain leads; risk officers and auditors see the model-wide view (auditors without lead values).</source>
        <translation>يشرح المحللون وعلماء البيانات درجات العملاء؛ ويطّلع مسؤولو المخاطر والمدققون على العرض الشامل للنموذج (المدققون دون قيم العملاء).</translation>
    </message>
</context>
<context>
    <name>mizan::Counterfactual</name>
    <message>
        <source>The search for counterfactuals was cancelled.</source>
        <translation>أُلغي البحث عن التغييرات المقترحة.</translation>
    </message>
    <message>
        <source>The lead has %1 values; the model has %2 features.</source>
        <translation>عدد قيم العميل المحتمل %1، وعدد خصائص النموذج %2.</translation>
    </message>
    <message>
        <source>The decision threshold must lie between 0 and 1; it is %1.</source>
        <translation>يجب أن تكون عتبة القرار بين 0 و1، وقيمتها الحالية %1.</translation>
    </message>
    <message>
        <source>Counterfactuals need at least one suggestion, one change per suggestion and one model evaluation.</source>
        <translation>يتطلب البحث عن التغييرات المقترحة اقتراحًا واحدًا على الأقل، وتغييرًا واحدًا على الأقل في كل اقتراح، واستدعاءً واحدًا على الأقل للنموذج.</translation>
    </message>
    <message>
        <source>The model does not match its feature space (%1 inputs, %2 expected).</source>
        <translation>لا يطابق النموذج فضاء خصائصه (عدد المدخلات %1، والمتوقع %2).</translation>
    </message>
    <message>
        <source>The value of '%1' is not one of its categories.</source>
        <translation>قيمة '%1' ليست من أصنافها المعروفة.</translation>
    </message>
    <message>
        <source>The search for counterfactuals ran out of memory.</source>
        <translation>نفدت الذاكرة أثناء البحث عن التغييرات المقترحة.</translation>
    </message>
    <message>
        <source>The search for counterfactuals failed: %1</source>
        <translation>تعذّر البحث عن التغييرات المقترحة: %1</translation>
    </message>
</context>
<context>
    <name>mizan::CounterfactualModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير متوفرة</translation>
    </message>
    <message>
        <source>%1
Double-click to try these values in the what-if panel.</source>
        <translation>%1
انقر نقرًا مزدوجًا لتجربة هذه القيم في لوحة «ماذا لو».</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Probability after</source>
        <translation>الاحتمال بعد التغيير</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>الكلفة</translation>
    </message>
</context>
<context>
    <name>mizan::Crypto</name>
    <message>
        <source>The key does not open this data (wrong password or key, or the data was altered).</source>
        <translation>لا يفتح المفتاح هذه البيانات (كلمة المرور أو المفتاح خاطئ، أو عُدّلت البيانات).</translation>
    </message>
    <message>
        <source>Ed25519 signing failed.</source>
        <translation>تعذّر التوقيع باستخدام Ed25519.</translation>
    </message>
</context>
<context>
    <name>mizan::CsvReader</name>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1، السطر %2، الحقل %3: %4</translation>
    </message>
    <message>
        <source>the field is longer than the limit of %1</source>
        <translation>طول الحقل يتجاوز الحد %1</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1</source>
        <translation>طول الصف يتجاوز الحد %1</translation>
    </message>
    <message>
        <source>the record has more than the limit of %1 fields</source>
        <translation>عدد حقول الصف يتجاوز الحد %1</translation>
    </message>
    <message>
        <source>binary data (a NUL byte) where text was expected</source>
        <translation>بيانات ثنائية (بايت NUL) في موضع يُتوقع فيه نص</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after a closing quote, found '%1'</source>
        <translation>المتوقع فاصل أو نهاية السطر بعد علامة اقتباس الإغلاق، ووُجد '%1'</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed (unbalanced quotes)</source>
        <translation>الحقل المحاط بعلامات اقتباس الذي يبدأ هنا لم يُغلق (علامات اقتباس غير متوازنة)</translation>
    </message>
    <message>
        <source>%1: the delimiter and the quote must be two different characters other than a line end</source>
        <translation>%1: يجب أن يكون الفاصل وعلامة الاقتباس حرفين مختلفين غير نهاية السطر</translation>
    </message>
    <message>
        <source>%1: invalid reading options</source>
        <translation>%1: خيارات قراءة غير صالحة</translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2</source>
        <translation>%1: حجم الملف يتجاوز الحد %2</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: أُلغيت القراءة</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: تتعذّر قراءة الملف: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: يتعذّر فتح الملف: %2</translation>
    </message>
    <message>
        <source>Reading ran out of memory.</source>
        <translation>نفدت الذاكرة أثناء القراءة.</translation>
    </message>
    <message>
        <source>%1: a stored record does not read back as one line.</source>
        <translation>%1: صف محفوظ لا يُقرأ عند استرجاعه بوصفه سطرًا واحدًا.</translation>
    </message>
</context>
<context>
    <name>mizan::Database</name>
    <message>
        <source>bind a value</source>
        <translation>ربط قيمة</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>تنفيذ عبارة</translation>
    </message>
    <message>
        <source>%1: could not %2: %3</source>
        <translation>%1: تعذّر %2: %3</translation>
    </message>
    <message>
        <source>a workspace key must be 256 bits</source>
        <translation>يجب أن يكون طول مفتاح مساحة العمل 256 بت</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 موجود بالفعل</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: لا توجد قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged (%2 bytes is not a whole number of 4096-byte pages)</source>
        <translation>%1 مبتور أو تالف (%2 بايت ليس عددًا صحيحًا من الصفحات ذات 4096 بايت)</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>read the database (wrong key or damaged file)</source>
        <translation>قراءة قاعدة البيانات (مفتاح خاطئ أو ملف تالف)</translation>
    </message>
    <message>
        <source>apply the key</source>
        <translation>تطبيق المفتاح</translation>
    </message>
    <message>
        <source>%1: SQLCipher is not the SQLite library in use, so the database would be written unencrypted; refusing to open it</source>
        <translation>%1: مكتبة SQLite المستخدمة ليست SQLCipher، لذا ستُكتب قاعدة البيانات دون تشفير؛ رُفض فتحها</translation>
    </message>
    <message>
        <source>%1: the setting %2 reads back as "%3", not "%4"; refusing to use the database</source>
        <translation>%1: قيمة الإعداد %2 المقروءة هي "%3" وليست "%4"؛ رُفض استخدام قاعدة البيانات</translation>
    </message>
    <message>
        <source>run "%1"</source>
        <translation>تنفيذ "%1"</translation>
    </message>
    <message>
        <source>prepare "%1"</source>
        <translation>تحضير "%1"</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version</source>
        <translation>%1: تتعذّر قراءة إصدار المخطط</translation>
    </message>
    <message>
        <source>%1: the workspace was written by a newer Mizan (schema %2; this version knows up to %3)</source>
        <translation>%1: كُتبت مساحة العمل بإصدار أحدث من ميزان (المخطط %2؛ يعرف هذا الإصدار حتى %3)</translation>
    </message>
    <message>
        <source>re-key the database</source>
        <translation>إعادة تشفير قاعدة البيانات بمفتاح جديد</translation>
    </message>
    <message>
        <source>%1: the integrity check failed: %2</source>
        <translation>%1: فشل فحص السلامة: %2</translation>
    </message>
    <message>
        <source>attach %1</source>
        <translation>إرفاق %1</translation>
    </message>
    <message>
        <source>export to %1</source>
        <translation>التصدير إلى %1</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>يتعذّر إنشاء %1: %2</translation>
    </message>
</context>
<context>
    <name>mizan::DatasetLoader</name>
    <message>
        <source>expected %1 fields (as the %2 has), found %3</source>
        <translation>المتوقع %1 من الحقول (كما في %2)، ووُجد %3</translation>
    </message>
    <message>
        <source>header</source>
        <translation>سطر العناوين</translation>
    </message>
    <message>
        <source>spec's column list</source>
        <translation>قائمة الأعمدة في المواصفات</translation>
    </message>
    <message>
        <source>%1: the file holds no %2</source>
        <translation>%1: لا يحتوي الملف على %2</translation>
    </message>
    <message>
        <source>header line</source>
        <translation>سطر عناوين</translation>
    </message>
    <message>
        <source>records</source>
        <translation>صفوف البيانات</translation>
    </message>
    <message>
        <source>%1: the file holds no data rows</source>
        <translation>%1: لا يحتوي الملف على صفوف بيانات</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column '%3': %4</source>
        <translation>%1، السطر %2، العمود '%3': %4</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8 text (field %1)</source>
        <translation>سطر العناوين ليس نصًا صالحًا بترميز UTF-8 (الحقل %1)</translation>
    </message>
    <message>
        <source>column '%1' appears twice in the header (fields %2 and %3)</source>
        <translation>يظهر العمود '%1' مرتين في سطر العناوين (الحقلان %2 و%3)</translation>
    </message>
    <message>
        <source>%1: the %2 column '%3' is missing (the file has: %4)</source>
        <translation>%1: عمود %2 '%3' غير موجود (أعمدة الملف: %4)</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>The file has no target column '%1': outcomes are unknown.</source>
        <translation>لا يحتوي الملف على عمود الهدف '%1': النتائج غير معروفة.</translation>
    </message>
    <message>
        <source>%1: the dataset spec names no target column</source>
        <translation>%1: لا تحدد مواصفات البيانات عمود الهدف</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>The file has no sensitive column '%1'.</source>
        <translation>لا يحتوي الملف على العمود الحساس '%1'.</translation>
    </message>
    <message>
        <source>The file has no personal-data column '%1'.</source>
        <translation>لا يحتوي الملف على عمود البيانات الشخصية '%1'.</translation>
    </message>
    <message>
        <source>expected a number, found '%1'</source>
        <translation>المتوقع رقم، ووُجد '%1'</translation>
    </message>
    <message>
        <source>the value is not valid UTF-8 text</source>
        <translation>القيمة ليست نصًا صالحًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>more than %1 distinct values: is this column really categorical?</source>
        <translation>أكثر من %1 من القيم المختلفة: هل هذا العمود فئوي حقًا؟</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>المعرّف فارغ</translation>
    </message>
    <message>
        <source>the id '%1' already appeared on line %2</source>
        <translation>ظهر المعرّف '%1' من قبل في السطر %2</translation>
    </message>
    <message>
        <source>the outcome (target) is missing</source>
        <translation>النتيجة (target) غير متوفرة</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: يتعذّر فتح الملف: %2</translation>
    </message>
    <message>
        <source>'%1' (%2 rows)</source>
        <translation>'%1' (عدد الصفوف %2)</translation>
    </message>
    <message>
        <source>The target column '%1' holds several values other than the positive ones (%2): %3. All of them count as negative outcomes; if one of them means a conversion, list it under target.positive in the spec.</source>
        <translation>يحتوي عمود الهدف '%1' على عدة قيم غير القيم الموجبة (%2): %3. وتُحتسب جميعها نتائج سالبة؛ فإن كانت إحداها تعني تحوّلًا، فأدرجها ضمن target.positive في المواصفات.</translation>
    </message>
    <message>
        <source>the number %1 is too large for a model input (at most 3.4e38)</source>
        <translation>الرقم %1 أكبر من أن يكون مُدخلًا للنموذج (الحد الأقصى 3.4e38)</translation>
    </message>
    <message>
        <source>%1: reading ran out of memory</source>
        <translation>%1: نفدت الذاكرة أثناء القراءة</translation>
    </message>
</context>
<context>
    <name>mizan::DatasetSpec</name>
    <message>
        <source>%1: cannot open the dataset spec: %2</source>
        <translation>%1: يتعذّر فتح مواصفات البيانات: %2</translation>
    </message>
    <message>
        <source>%1: a dataset spec may not exceed %2</source>
        <translation>%1: يجب ألا يتجاوز حجم مواصفات البيانات %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: ليس JSON صالحًا عند البايت %2: %3</translation>
    </message>
    <message>
        <source>%1: a dataset spec must be a JSON object</source>
        <translation>%1: يجب أن تكون مواصفات البيانات كائن JSON</translation>
    </message>
    <message>
        <source>expected "%1", found "%2"</source>
        <translation>المتوقع "%1"، ووُجد "%2"</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا تكون القيمة فارغة</translation>
    </message>
    <message>
        <source>only a file without a header ("csv": {"header": false}) takes column names from the spec</source>
        <translation>لا يأخذ أسماء الأعمدة من المواصفات إلا ملف بلا سطر عناوين ("csv": {"header": false})</translation>
    </message>
    <message>
        <source>the file has no header, so the spec must name its columns</source>
        <translation>لا يحتوي الملف على سطر عناوين، لذا يجب أن تحدد المواصفات أسماء أعمدته</translation>
    </message>
    <message>
        <source>column names must be distinct</source>
        <translation>يجب أن تكون أسماء الأعمدة مختلفة</translation>
    </message>
    <message>
        <source>name at least one value that marks a positive outcome</source>
        <translation>حدّد قيمة واحدة على الأقل تدل على نتيجة موجبة</translation>
    </message>
    <message>
        <source>differs from csv.strip_suffix; give it once</source>
        <translation>يختلف عن csv.strip_suffix؛ حدّده مرة واحدة</translation>
    </message>
    <message>
        <source>applies to the target column, but the spec has no target</source>
        <translation>ينطبق على عمود الهدف، لكن المواصفات لا تتضمن هدفًا</translation>
    </message>
    <message>
        <source>name at least one feature</source>
        <translation>حدّد خاصية واحدة على الأقل</translation>
    </message>
    <message>
        <source>"%1" is already a feature</source>
        <translation>"%1" خاصية بالفعل</translation>
    </message>
    <message>
        <source>"%1" names another sensitive attribute already</source>
        <translation>"%1" يشير بالفعل إلى سمة حساسة أخرى</translation>
    </message>
    <message>
        <source>only a numeric column can be binned by edges</source>
        <translation>لا يمكن تقسيم عمود إلى مجالات بحدود (edges) إلا إذا كان رقميًا</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>المتوقع إحدى القيم %1</translation>
    </message>
    <message>
        <source>"%1" is personal data and cannot also be a model feature</source>
        <translation>"%1" من البيانات الشخصية ولا يمكن أن يكون أيضًا خاصية للنموذج</translation>
    </message>
    <message>
        <source>"%1" is a feature; the target cannot be one</source>
        <translation>"%1" خاصية؛ ولا يمكن أن يكون الهدف خاصية</translation>
    </message>
    <message>
        <source>the id cannot be the target</source>
        <translation>لا يمكن أن يكون المعرّف هو الهدف</translation>
    </message>
    <message>
        <source>"%1" is a feature; the id cannot be one</source>
        <translation>"%1" خاصية؛ ولا يمكن أن يكون المعرّف خاصية</translation>
    </message>
    <message>
        <source>"%1" is used by the spec and cannot be ignored</source>
        <translation>"%1" مستخدَم في المواصفات ولا يمكن تجاهله</translation>
    </message>
    <message>
        <source>"%1" is not one of the columns listed in 'columns'</source>
        <translation>"%1" ليس من الأعمدة المدرجة في 'columns'</translation>
    </message>
    <message>
        <source>expected one ASCII character other than a quote or a line end (use "," with "trim": true for ", ")</source>
        <translation>المتوقع حرف ASCII واحد غير علامة الاقتباس ونهاية السطر (استخدم "," مع "trim": true بدلًا من ", ")</translation>
    </message>
    <message>
        <source>expected "numeric" or "categorical", found "%1"</source>
        <translation>المتوقع "numeric" أو "categorical"، ووُجد "%1"</translation>
    </message>
    <message>
        <source>only a categorical feature can list categories</source>
        <translation>لا يمكن إدراج الأصناف إلا لخاصية فئوية</translation>
    </message>
    <message>
        <source>expected a non-empty list of distinct values</source>
        <translation>المتوقع قائمة غير فارغة من قيم مختلفة</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>المتوقع رقم</translation>
    </message>
    <message>
        <source>edges must strictly ascend</source>
        <translation>يجب أن تكون الحدود (edges) تصاعدية تمامًا</translation>
    </message>
    <message>
        <source>labels need edges to bin by</source>
        <translation>تتطلب التسميات (labels) حدودًا (edges) للتقسيم بحسبها</translation>
    </message>
    <message>
        <source>expected %1 labels (one more than edges), found %2</source>
        <translation>المتوقع %1 من التسميات (بزيادة واحدة على عدد الحدود)، ووُجد %2</translation>
    </message>
    <message>
        <source>labels must be distinct</source>
        <translation>يجب أن تكون التسميات مختلفة</translation>
    </message>
    <message>
        <source>"%1" is not one of the labels</source>
        <translation>"%1" ليس من التسميات</translation>
    </message>
    <message>
        <source>"%1" is the %2; a sensitive attribute describes people or companies, not outcomes or ids</source>
        <translation>"%1" هو عمود %2؛ والسمة الحساسة تصف الأشخاص أو الشركات، لا النتائج أو المعرّفات</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>"%1" is personal data and cannot also be %2</source>
        <translation>"%1" من البيانات الشخصية ولا يمكن أن يكون أيضًا %2</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>مُتجاهَلًا</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>عمود الهدف</translation>
    </message>
    <message>
        <source>a spec with personal-data columns must state the purpose of the processing and its legal basis</source>
        <translation>يجب أن تنص المواصفات التي تتضمن أعمدة بيانات شخصية على الغرض من المعالجة وأساسها القانوني</translation>
    </message>
    <message>
        <source>"%1" and the feature "%2" would give the model inputs with the same or ambiguous names (a categorical feature's inputs are named column=value); rename one</source>
        <translation>"%1" والخاصية "%2" ستعطيان النموذج مدخلات بأسماء متطابقة أو ملتبسة (تُسمّى مدخلات الخاصية الفئوية column=value)؛ غيّر اسم إحداهما</translation>
    </message>
</context>
<context>
    <name>mizan::DecisionDialog</name>
    <message>
        <source>Submit for approval</source>
        <translation>تقديم للاعتماد</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>اعتماد الإصدار</translation>
    </message>
    <message>
        <source>Reject version</source>
        <translation>رفض الإصدار</translation>
    </message>
    <message>
        <source>Deploy version</source>
        <translation>نشر الإصدار</translation>
    </message>
    <message>
        <source>Roll back to version</source>
        <translation>التراجع إلى الإصدار</translation>
    </message>
    <message>
        <source>Retire version</source>
        <translation>إيقاف الإصدار نهائيًا</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>ال&amp;مبررات:</translation>
    </message>
    <message>
        <source>What the version is for, what changed and why it is ready</source>
        <translation>الغرض من الإصدار، وما الذي تغيّر، ولماذا هو جاهز</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;التعليق:</translation>
    </message>
    <message>
        <source>The evidence the decision rests on (required)</source>
        <translation>الأدلة التي يستند إليها القرار (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;التعليق (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Required; recorded in the signed history</source>
        <translation>مطلوب؛ ويُسجَّل في التسلسل الزمني الموقَّع</translation>
    </message>
    <message>
        <source>Why approving despite the failing gates (audited)</source>
        <translation>سبب الاعتماد رغم البوابات غير المستوفاة (يخضع للتدقيق)</translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation>سبب ال&amp;تجاوز:</translation>
    </message>
    <message>
        <source>Re&amp;validate by:</source>
        <translation>إعادة التحقق ب&amp;حلول:</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>&amp;كلمة مرورك:</translation>
    </message>
    <message>
        <source>Decisions are signed with your personal key: confirm it is you.</source>
        <translation>تُوقَّع القرارات بمفتاحك الشخصي: أكّد هويتك.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policy gates fail:&lt;/b&gt; %1. Approving needs a written override reason.</source>
        <translation>&lt;b&gt;بوابات سياسة غير مستوفاة:&lt;/b&gt; %1. يتطلب الاعتماد سبب تجاوز مكتوبًا.</translation>
    </message>
</context>
<context>
    <name>mizan::DisparityModel</name>
    <message>
        <source>AIF360's signed form needs a privileged group; none is set.</source>
        <translation>تتطلب صيغة AIF360 ذات الإشارة فئةً مميّزة، ولم تُحدَّد أي فئة.</translation>
    </message>
    <message>
        <source>AIF360's signed form: the other groups pooled against the privileged group “%1”.</source>
        <translation>صيغة AIF360 ذات الإشارة: الفئات الأخرى مجمّعةً في مقابل الفئة المميّزة «%1».</translation>
    </message>
    <message>
        <source>Bootstrap interval: %1.</source>
        <translation>فاصل الثقة بإعادة المعاينة: %1.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
</context>
<context>
    <name>mizan::DocumentPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>nothing could be printed</source>
        <translation>تعذّرت طباعة أي شيء</translation>
    </message>
</context>
<context>
    <name>mizan::Encoder</name>
    <message>
        <source>%1: the categorical feature '%2' is not in the data</source>
        <translation>%1: الخاصية الفئوية '%2' غير موجودة في البيانات</translation>
    </message>
    <message>
        <source>the features give the model no inputs</source>
        <translation>لا تعطي الخصائص النموذج أي مدخلات</translation>
    </message>
    <message>
        <source>the categorical feature '%1' lists no categories, and the model names none</source>
        <translation>لا تُدرج الخاصية الفئوية '%1' أي أصناف، ولا يحدد النموذج أيًّا منها</translation>
    </message>
    <message>
        <source>the model names the feature '%1' twice</source>
        <translation>يذكر النموذج الخاصية '%1' مرتين</translation>
    </message>
    <message>
        <source>the model's features do not match the dataset spec.</source>
        <translation>خصائص النموذج لا تطابق مواصفات البيانات.</translation>
    </message>
    <message>
        <source>Model features the spec does not have: %1.</source>
        <translation>خصائص في النموذج ليست في المواصفات: %1.</translation>
    </message>
    <message>
        <source>Spec features the model does not use: %1.</source>
        <translation>خصائص في المواصفات لا يستخدمها النموذج: %1.</translation>
    </message>
    <message>
        <source>the encoder has no inputs</source>
        <translation>لا يتضمن المرمِّز أي مدخلات</translation>
    </message>
    <message>
        <source>'%1' is not a feature of the spec</source>
        <translation>'%1' ليست خاصية في المواصفات</translation>
    </message>
    <message>
        <source>does not match the spec</source>
        <translation>لا يطابق المواصفات</translation>
    </message>
    <message>
        <source>expected "numeric" or "one_hot"</source>
        <translation>المتوقع "numeric" أو "one_hot"</translation>
    </message>
    <message>
        <source>'%1' appears twice</source>
        <translation>'%1' مذكور مرتين</translation>
    </message>
    <message>
        <source>%1: the feature column '%2' is missing</source>
        <translation>%1: عمود الخاصية '%2' غير موجود</translation>
    </message>
    <message>
        <source>%1: the column '%2' is %3 in this data, but the model expects it %4</source>
        <translation>%1: نوع العمود '%2' في هذه البيانات %3، لكن النموذج يتوقع النوع %4</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>رقمي</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>فئوي</translation>
    </message>
    <message>
        <source>the numeric feature '%1'</source>
        <translation>الخاصية الرقمية '%1'</translation>
    </message>
    <message>
        <source>the value '%1' of the feature '%2'</source>
        <translation>القيمة '%1' من الخاصية '%2'</translation>
    </message>
    <message>
        <source>%1 and %2 would both be the model input '%3'; rename a column so that no feature name holds '='</source>
        <translation>%1 و%2 سيكونان كلاهما مُدخل النموذج '%3'؛ غيّر اسم عمود بحيث لا يحوي اسم أي خاصية '='</translation>
    </message>
    <message>
        <source>the model's feature '%1' could belong to the column '%2' or to '%3'; rename a column so that no feature name holds '='</source>
        <translation>قد تنتمي خاصية النموذج '%1' إلى العمود '%2' أو إلى '%3'؛ غيّر اسم عمود بحيث لا يحوي اسم أي خاصية '='</translation>
    </message>
</context>
<context>
    <name>mizan::ErasureDialog</name>
    <message>
        <source>Erase a data subject</source>
        <translation>محو بيانات صاحب البيانات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase %1&lt;/b&gt; (%2)?&lt;br&gt;Their key is destroyed, so their personal data can never be read again; their records are anonymised, their outcomes, human decisions and appeals deleted, and the erasure is written to the erasure register. This cannot be undone.</source>
        <translation>&lt;b&gt;محو بيانات %1&lt;/b&gt; (%2)؟&lt;br&gt;سيُتلَف مفتاحه، فلا يمكن قراءة بياناته الشخصية بعد ذلك أبدًا؛ وتصبح صفوف بياناته مجهولة الهوية، وتُحذف نتائجه الفعلية والقرارات البشرية والتظلمات المتعلقة به، وتُدوَّن عملية المحو في قائمة عمليات المحو. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>e.g. DSR-2026-014</source>
        <translation>مثال: DSR-2026-014</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>مرجع الطلب</translation>
    </message>
    <message>
        <source>&amp;Request reference:</source>
        <translation>&amp;مرجع الطلب:</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>كلمة مرورك</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>&amp;كلمة مرورك:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
</context>
<context>
    <name>mizan::EvidencePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 كبير جدًا</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder for the pack</source>
        <translation>%1 ليس فارغًا؛ اختر مجلدًا جديدًا للحزمة</translation>
    </message>
    <message>
        <source>%1 is left from an export that stopped; remove it first</source>
        <translation>%1 متبقٍّ من عملية تصدير توقفت؛ احذفه أولًا</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>يتعذّر إنشاء %1</translation>
    </message>
    <message>
        <source>The audit log has no checkpoint yet.</source>
        <translation>لا يحتوي سجل التدقيق على أي نقطة تحقق بعد.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>cannot move the pack into %1</source>
        <translation>يتعذّر نقل الحزمة إلى %1</translation>
    </message>
    <message>
        <source>keys/keys.json is missing or not JSON</source>
        <translation>الملف keys/keys.json غير موجود أو ليس بصيغة JSON</translation>
    </message>
    <message>
        <source>keys/keys.json and manifest.json name different logs</source>
        <translation>يشير keys/keys.json وmanifest.json إلى سجلين مختلفين</translation>
    </message>
    <message>
        <source>keys/workspace.pem is missing or not an Ed25519 public key</source>
        <translation>الملف keys/workspace.pem غير موجود أو ليس مفتاحًا عامًا من نوع Ed25519</translation>
    </message>
    <message>
        <source>keys/keys.json lists a key without a user or file</source>
        <translation>يُدرج keys/keys.json مفتاحًا بلا مستخدم أو ملف</translation>
    </message>
    <message>
        <source>%1 is missing or not an Ed25519 public key</source>
        <translation>%1 غير موجود أو ليس مفتاحًا عامًا من نوع Ed25519</translation>
    </message>
    <message>
        <source>checkpoints/%1: %2</source>
        <translation>checkpoints/%1: %2</translation>
    </message>
    <message>
        <source>the pack holds no checkpoint</source>
        <translation>لا تحتوي الحزمة على أي نقطة تحقق</translation>
    </message>
    <message>
        <source>the head in manifest.json is not the newest checkpoint</source>
        <translation>الرأس (head) في manifest.json ليس أحدث نقطة تحقق</translation>
    </message>
    <message>
        <source>proofs.json holds a malformed consistency proof</source>
        <translation>يحتوي proofs.json على إثبات اتساق غير سليم البنية</translation>
    </message>
    <message>
        <source>two checkpoints of %1 entries have different roots (a fork)</source>
        <translation>لنقطتي تحقق عند %1 قيدًا جذران مختلفان (تفرّع)</translation>
    </message>
    <message>
        <source>checkpoint %1 is not a prefix of checkpoint %2 (the consistency proof fails: the log was rewritten between them)</source>
        <translation>نقطة التحقق %1 ليست بادئة لنقطة التحقق %2 (فشل إثبات الاتساق: أُعيدت كتابة السجل بينهما)</translation>
    </message>
    <message>
        <source>entries.jsonl is missing</source>
        <translation>الملف entries.jsonl غير موجود</translation>
    </message>
    <message>
        <source>proofs.json holds a malformed inclusion proof</source>
        <translation>يحتوي proofs.json على إثبات تضمين غير سليم البنية</translation>
    </message>
    <message>
        <source>entries.jsonl line %1 is cut off or too long</source>
        <translation>السطر %1 في entries.jsonl مبتور أو طويل جدًا</translation>
    </message>
    <message>
        <source>entries.jsonl line %1: %2</source>
        <translation>entries.jsonl، السطر %1: %2</translation>
    </message>
    <message>
        <source>entries.jsonl line %1: entry %2 is out of order</source>
        <translation>entries.jsonl، السطر %1: القيد %2 في غير موضعه من الترتيب</translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation>القيد %1 غير مرتبط بالقيد الذي يسبقه</translation>
    </message>
    <message>
        <source>entry %1 is not in the signed log (its inclusion proof in the checkpoint of %2 entries fails)</source>
        <translation>القيد %1 ليس في السجل الموقّع (فشل إثبات تضمينه في نقطة التحقق عند %2 قيدًا)</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <source>entries.jsonl does not hold the %1 entries of the head checkpoint</source>
        <translation>لا يحتوي entries.jsonl على القيود التي تشملها نقطة التحقق الرأس وعددها %1</translation>
    </message>
    <message>
        <source>entries.jsonl holds %1 entries, manifest.json says %2</source>
        <translation>يحتوي entries.jsonl على %1 من القيود، بينما يذكر manifest.json أنها %2</translation>
    </message>
    <message>
        <source>manifest.note is missing or not a signed note</source>
        <translation>الملف manifest.note غير موجود أو ليس ملاحظة موقّعة</translation>
    </message>
    <message>
        <source>manifest.json was changed: its hash is not the one manifest.note signs</source>
        <translation>عُدِّل manifest.json: قيمة تجزئته ليست القيمة التي يوقّعها manifest.note</translation>
    </message>
    <message>
        <source>manifest.note is not co-signed by its exporter %1</source>
        <translation>لا يحمل manifest.note توقيعًا مشتركًا من مُصدِّره %1</translation>
    </message>
    <message>
        <source>%1 is not part of the pack (manifest.json does not list it)</source>
        <translation>%1 ليس جزءًا من الحزمة (لا يُدرجه manifest.json)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 غير موجود</translation>
    </message>
    <message>
        <source>%1 was changed (its SHA-256 differs from manifest.json)</source>
        <translation>عُدِّل %1 (تختلف قيمة SHA-256 له عمّا في manifest.json)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>manifest.json is missing or not a %1 manifest</source>
        <translation>الملف manifest.json غير موجود أو ليس بيانًا من نوع %1</translation>
    </message>
    <message>
        <source>manifest.json has no valid head</source>
        <translation>لا يحتوي manifest.json على رأس (head) صالح</translation>
    </message>
    <message>
        <source>proofs.json is missing or not JSON</source>
        <translation>الملف proofs.json غير موجود أو ليس بصيغة JSON</translation>
    </message>
    <message>
        <source>the trusted checkpoint does not verify with this pack's keys: %1</source>
        <translation>فشل التحقق من نقطة التحقق الموثوقة بمفاتيح هذه الحزمة: %1</translation>
    </message>
    <message>
        <source>the pack ends at %1 entries but the trusted checkpoint vouches for %2 (an older copy was exported, or entries were removed from the end)</source>
        <translation>تنتهي الحزمة عند %1 من القيود، لكن نقطة التحقق الموثوقة تشهد بوجود %2 (صُدِّرت نسخة أقدم، أو حُذفت قيود من النهاية)</translation>
    </message>
    <message>
        <source>The trusted checkpoint (%1 entries) is not one of this filtered pack's checkpoints; export a complete pack to check it.</source>
        <translation>نقطة التحقق الموثوقة (عدد القيود %1) ليست من نقاط التحقق في هذه الحزمة المصفّاة؛ صدّر حزمة كاملة للتحقق منها.</translation>
    </message>
    <message>
        <source>the log does not extend the trusted checkpoint of %1 entries: it was rewritten, or this is another copy of the workspace (a fork)</source>
        <translation>السجل ليس امتدادًا لنقطة التحقق الموثوقة عند %1 قيدًا: فإما أنه أُعيدت كتابته، وإما أن هذه نسخة أخرى من مساحة العمل (تفرّع)</translation>
    </message>
    <message>
        <source>manifest.json holds a malformed marking (it must be classification, exported_by and exported_at in UTC)</source>
        <translation>يحوي manifest.json وسم تصنيف تالفًا (يجب أن يتكون من classification وexported_by وexported_at بالتوقيت العالمي المنسق)</translation>
    </message>
</context>
<context>
    <name>mizan::ExplainTab</name>
    <message>
        <source>This &amp;lead</source>
        <translation>هذا ال&amp;عميل</translation>
    </message>
    <message>
        <source>Whole &amp;model</source>
        <translation>النموذج &amp;كاملًا</translation>
    </message>
    <message>
        <source>Lead &amp;set:</source>
        <translation>&amp;مجموعة العملاء:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>النمو&amp;ذج:</translation>
    </message>
    <message>
        <source>Lead &amp;row:</source>
        <translation>&amp;صف العميل:</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;شرح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>SHAP: what moved the score</source>
        <translation>SHAP: ما الذي حرّك الدرجة</translation>
    </message>
    <message>
        <source>Lo&amp;g-odds</source>
        <translation>&amp;لوغاريتم الأرجحية</translation>
    </message>
    <message>
        <source>&amp;Probability</source>
        <translation>الاح&amp;تمال</translation>
    </message>
    <message>
        <source>Probability view: each feature's change in probability depends on the order the features are added in; the log-odds view does not.</source>
        <translation>عرض الاحتمال: يعتمد تغيّر الاحتمال المنسوب إلى كل خاصية على ترتيب إضافة الخصائص، أما عرض لوغاريتم الأرجحية فلا يعتمد عليه.</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)</source>
        <translation>تصدير التق&amp;رير (PDF)</translation>
    </message>
    <message>
        <source>In English…</source>
        <translation>بالإنجليزية…</translation>
    </message>
    <message>
        <source>In Arabic…</source>
        <translation>بالعربية…</translation>
    </message>
    <message>
        <source>LIME: a local linear model</source>
        <translation>LIME: نموذج خطي محلي</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال التحقق</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the whole receipt, with full hashes, as JSON</source>
        <translation>انسخ الإيصال كاملًا، بقيم التجزئة الكاملة، بصيغة JSON</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>ماذا لو</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;إعادة تعيين</translation>
    </message>
    <message>
        <source>Changes that would cross the threshold</source>
        <translation>التغييرات التي تنقل العميل إلى الجانب الآخر من العتبة</translation>
    </message>
    <message>
        <source>Take the threshold from one of the model's band cut-offs</source>
        <translation>خذ العتبة من إحدى نقاط الفصل بين شرائح النموذج</translation>
    </message>
    <message>
        <source>S&amp;uggest changes</source>
        <translation>ا&amp;قتراح تغييرات</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>عت&amp;بة القرار:</translation>
    </message>
    <message>
        <source>&amp;Compute for the lead set</source>
        <translation>&amp;حساب لمجموعة العملاء</translation>
    </message>
    <message>
        <source>Importance: mean |SHAP|</source>
        <translation>الأهمية: متوسط |SHAP|</translation>
    </message>
    <message>
        <source>Every sampled lead: SHAP value by feature</source>
        <translation>كل عميل في العيّنة: قيمة SHAP لكل خاصية</translation>
    </message>
    <message>
        <source>This model cannot be explained: %1</source>
        <translation>لا يمكن شرح هذا النموذج: %1</translation>
    </message>
    <message>
        <source>Leads: &lt;b&gt;%1&lt;/b&gt; (%2 rows) · model: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>العملاء: &lt;b&gt;%1&lt;/b&gt; (عدد الصفوف %2) · النموذج: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Score a lead file in the Scoring tab, then explain any of its leads here.</source>
        <translation>احسب درجات ملف عملاء في علامة تبويب حساب الدرجات، ثم اشرح هنا أيًّا من عملائه.</translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Explain tab waits for it.</source>
        <translation>مهمة أخرى تستخدم مساحة العمل؛ وتنتظر علامة تبويب الشرح انتهاءها.</translation>
    </message>
    <message>
        <source>%1 (%2 leads, %3)</source>
        <translation>%1 (%2 من العملاء، %3)</translation>
    </message>
    <message>
        <source>%1 (version %2…)</source>
        <translation>%1 (الإصدار %2…)</translation>
    </message>
    <message>
        <source>Looking for changes that cross %1…</source>
        <translation>جارٍ البحث عن تغييرات تعبُر العتبة %1…</translation>
    </message>
    <message>
        <source>Cancelled; no changes suggested.</source>
        <translation>أُلغي البحث؛ لم تُقترح أي تغييرات.</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>لا توجد اقتراحات</translation>
    </message>
    <message>
        <source>the what-if values</source>
        <translation>العميل بقيمه المعدَّلة</translation>
    </message>
    <message>
        <source>the lead's values</source>
        <translation>العميل بقيمه الأصلية</translation>
    </message>
    <message>
        <source>No change of at most three features moves %1 %2 %3.</source>
        <translation>لا يوجد تغيير يمسّ ثلاث خصائص على الأكثر ينقل احتمال %1 %2 %3.</translation>
    </message>
    <message>
        <source>below</source>
        <translation>إلى ما دون</translation>
    </message>
    <message>
        <source>to or above</source>
        <translation>إلى ما لا يقل عن</translation>
    </message>
    <message>
        <source>Changes that move %1 %2 %3, cheapest first. Double-click one to try it.</source>
        <translation>تغييرات تنقل احتمال %1 %2 %3، مرتّبة من الأقل كلفة. انقر أحدها نقرًا مزدوجًا لتجربته.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) suggested.</source>
        <translation>
            <numerusform>لم يُقترح أي تغيير.</numerusform>
            <numerusform>اقتُرح تغيير واحد.</numerusform>
            <numerusform>اقتُرح تغييران.</numerusform>
            <numerusform>اقتُرحت %n تغييرات.</numerusform>
            <numerusform>اقتُرح %n تغييرًا.</numerusform>
            <numerusform>اقتُرح %n تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot explain the model</source>
        <translation>لا يمكن شرح النموذج</translation>
    </message>
    <message>
        <source>Computing SHAP for every lead…</source>
        <translation>جارٍ حساب SHAP لكل عميل…</translation>
    </message>
    <message>
        <source>Cancelled; the view below is unchanged.</source>
        <translation>أُلغي الحساب؛ لم يتغير العرض أدناه.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>Model explanation failed</source>
        <translation>تعذّر شرح النموذج</translation>
    </message>
    <message>
        <source>Mean |SHAP| over %1 leads; the beeswarm shows %2 of them, sampled with seed %3. Colour: the feature's value from low (blue) to high (red) within the sample; grey for categories and missing values.</source>
        <translation>متوسط |SHAP| على %1 من العملاء؛ ويعرض مخطط سرب النحل %2 منهم، اختيروا عشوائيًا بالبذرة %3. اللون: قيمة الخاصية من المنخفضة (أزرق) إلى المرتفعة (أحمر) ضمن العيّنة، والرمادي للقيم الفئوية والقيم غير المتوفرة.</translation>
    </message>
    <message>
        <source>The model view is ready.</source>
        <translation>عرض النموذج جاهز.</translation>
    </message>
    <message>
        <source>%1 (what-if)</source>
        <translation>%1 (ماذا لو)</translation>
    </message>
    <message>
        <source>Save the explanation report</source>
        <translation>حفظ تقرير الشرح</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>explanation of %1 in %2</source>
        <translation>شرح %1 في %2</translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>رُفض التصدير</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
    <message>
        <source>Explanation report written to %1.</source>
        <translation>كُتب تقرير الشرح في %1.</translation>
    </message>
    <message>
        <source>The workspace holds no model yet.</source>
        <translation>لا تحتوي مساحة العمل على أي نموذج بعد.</translation>
    </message>
    <message>
        <source>Score a lead file in the Scoring tab first: its leads and model are explained here.</source>
        <translation>احسب درجات ملف عملاء في علامة تبويب حساب الدرجات أولًا، ثم يُشرح هنا عملاؤه ونموذجه.</translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation>لا يمكن الشرح</translation>
    </message>
    <message>
        <source>That lead set or model is not in the workspace (any more).</source>
        <translation>مجموعة العملاء أو النموذج غير موجود في مساحة العمل (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>Explaining lead %1…</source>
        <translation>جارٍ شرح العميل %1…</translation>
    </message>
    <message>
        <source>Cancelled; the explanation shown is unchanged.</source>
        <translation>أُلغي الشرح؛ لم يتغير الشرح المعروض.</translation>
    </message>
    <message>
        <source>Explanation failed</source>
        <translation>تعذّر الشرح</translation>
    </message>
    <message>
        <source>Band cut-offs</source>
        <translation>نقاط الفصل بين الشرائح</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Lead %1 explained.</source>
        <translation>تم شرح العميل %1.</translation>
    </message>
    <message>
        <source>Lead &lt;b&gt;%1&lt;/b&gt; (row %2 of %3): probability &lt;b&gt;%4&lt;/b&gt;, band &lt;b&gt;%5&lt;/b&gt;, log-odds %6</source>
        <translation>العميل &lt;b&gt;%1&lt;/b&gt; (الصف %2 في %3): الاحتمال &lt;b&gt;%4&lt;/b&gt;، الشريحة &lt;b&gt;%5&lt;/b&gt;، لوغاريتم الأرجحية %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if&lt;/b&gt; %1 changed: originally %2 (band %3).</source>
        <translation>&lt;b&gt;ماذا لو&lt;/b&gt; تغيّرت قيم %1: كان الاحتمال في الأصل %2 (الشريحة %3).</translation>
    </message>
    <message>
        <source>LIME needs the training statistics of the model, which this bundle does not carry.</source>
        <translation>تحتاج LIME إلى إحصاءات تدريب النموذج، ولا تتضمنها هذه الحزمة.</translation>
    </message>
    <message>
        <source>Weighted R² %1 · local prediction %2 (model %3) · %4 samples, seed %5</source>
        <translation>R² الموزون %1 · التنبؤ المحلي %2 (النموذج %3) · عدد العيّنات %4، البذرة %5</translation>
    </message>
    <message>
        <source>LIME describes the lead's original values.</source>
        <translation>تصف LIME القيم الأصلية للعميل.</translation>
    </message>
    <message>
        <source>SHAP and LIME agree: rank correlation %1, same sign %2</source>
        <translation>تتفق SHAP وLIME: ارتباط الترتيب %1، وتطابق الإشارة %2</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>تنبيه:</translation>
    </message>
    <message>
        <source>SHAP and LIME disagree for this lead (rank correlation %1, same sign %2). Read both with care before acting on either.</source>
        <translation>لا تتفق SHAP وLIME بشأن هذا العميل (ارتباط الترتيب %1، وتطابق الإشارة %2). اقرأ الشرحين بعناية قبل اتخاذ أي إجراء بناءً على أيٍّ منهما.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>النموذج: %1</translation>
    </message>
    <message>
        <source>Model SHA-256: %1</source>
        <translation>SHA-256 للنموذج: %1</translation>
    </message>
    <message>
        <source>Input SHA-256: %1</source>
        <translation>SHA-256 للمدخلات: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>الطريقة: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>البذرة: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>المحرك: %1</translation>
    </message>
    <message>
        <source>Additivity residual: %1</source>
        <translation>متبقّي الجمع: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>تاريخ الإنشاء: %1</translation>
    </message>
    <message>
        <source>The receipt was copied (full hashes, as JSON).</source>
        <translation>نُسخ الإيصال (بقيم التجزئة الكاملة، بصيغة JSON).</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <source>Type a lead's id and press Enter to explain it</source>
        <translation>اكتب معرّف العميل واضغط Enter لشرحه</translation>
    </message>
    <message>
        <source>Cannot find the lead</source>
        <translation>يتعذّر العثور على العميل</translation>
    </message>
    <message>
        <source>There is no lead with the id '%1' in this lead set.</source>
        <translation>لا يوجد في مجموعة العملاء هذه عميل بالمعرّف '%1'.</translation>
    </message>
    <message>
        <source>What if: feature values</source>
        <translation>ماذا لو: قيم الخصائص</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>التغييرات المقترحة</translation>
    </message>
</context>
<context>
    <name>mizan::Explainer</name>
    <message>
        <source>%1: the model is too large to explain in memory</source>
        <translation>%1: النموذج أكبر من أن يُشرح في الذاكرة</translation>
    </message>
    <message>
        <source>%1: the model bundle holds no parsed model</source>
        <translation>%1: لا تحتوي حزمة النموذج على نموذج مُحلَّل</translation>
    </message>
    <message>
        <source>the lead has %1 features, the model %2</source>
        <translation>عدد خصائص العميل المحتمل %1، وعدد خصائص النموذج %2</translation>
    </message>
</context>
<context>
    <name>mizan::ExplanationPdf</name>
    <message>
        <source>Explanation of a lead's score</source>
        <translation>شرح درجة عميل محتمل</translation>
    </message>
</context>
<context>
    <name>mizan::ExportMarking</name>
    <message>
        <source>classification: give a marking, for example RESTRICTED</source>
        <translation>التصنيف: حدّد وسم تصنيف، مثل RESTRICTED</translation>
    </message>
    <message>
        <source>classification: at most %1 characters</source>
        <translation>التصنيف: %1 حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>classification: "%1" is not allowed (letters, digits, spaces and - / . : ( ) only)</source>
        <translation>التصنيف: الحرف "%1" غير مسموح به (يُسمح فقط بالحروف والأرقام والمسافات والرموز - / . : ( ))</translation>
    </message>
    <message>
        <source>exported by %1 · %2</source>
        <translation>صدّره %1 · %2</translation>
    </message>
</context>
<context>
    <name>mizan::Fairness</name>
    <message>
        <source>%1: %2 is %3, within the limit %4.</source>
        <translation>%1: قيمة %2 هي %3، ضمن الحد %4.</translation>
    </message>
    <message>
        <source>%1: %2 is %3, outside the limit %4.</source>
        <translation>%1: قيمة %2 هي %3، خارج الحد %4.</translation>
    </message>
    <message>
        <source>%1: %2 is undefined here, so the limit %3 cannot be checked.</source>
        <translation>%1: قيمة %2 غير محددة هنا، لذا يتعذّر التحقق من الحد %3.</translation>
    </message>
    <message>
        <source>The bootstrap interval [%1, %2] agrees.</source>
        <translation>فاصل الثقة بإعادة المعاينة [%1, %2] يؤيد هذه النتيجة.</translation>
    </message>
    <message>
        <source>The bootstrap interval [%1, %2] straddles the limit: the outcome is uncertain.</source>
        <translation>فاصل الثقة بإعادة المعاينة [%1, %2] يمتد على جانبي الحد: النتيجة غير مؤكدة.</translation>
    </message>
    <message>
        <source>Small groups (%1) make this less certain.</source>
        <translation>وجود فئات صغيرة (%1) يقلّل من اليقين بهذه النتيجة.</translation>
    </message>
    <message>
        <source>must be "%1"</source>
        <translation>يجب أن تكون القيمة "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a fairness metric (known: %2)</source>
        <translation>"%1" ليس من مقاييس الإنصاف (المقاييس المعروفة: %2)</translation>
    </message>
    <message>
        <source>"%1" is not one of &gt;=, &lt;=, &gt;, &lt;</source>
        <translation>"%1" ليس أحد العوامل &gt;= أو &lt;= أو &gt; أو &lt;</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>يجب أن تكون القيمة عددًا منتهيًا</translation>
    </message>
    <message>
        <source>must be "pass", "fail" or "undefined"</source>
        <translation>يجب أن تكون القيمة "pass" أو "fail" أو "undefined"</translation>
    </message>
    <message>
        <source>The number of bootstrap resamples must be between 1 and %1.</source>
        <translation>يجب أن يكون عدد عيّنات إعادة المعاينة بين 1 و%1.</translation>
    </message>
    <message>
        <source>The confidence level must lie strictly between 0 and 1.</source>
        <translation>يجب أن يكون مستوى الثقة أكبر من 0 وأصغر من 1.</translation>
    </message>
    <message>
        <source>The thread count must be 0 to 1024.</source>
        <translation>يجب أن يكون عدد مسارات التنفيذ من 0 إلى 1024.</translation>
    </message>
    <message>
        <source>The metrics do not match the attributes.</source>
        <translation>المقاييس لا تطابق السمات.</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of %2 statistics (groups x metrics) would need more than 512 MB; use fewer resamples or fewer groups.</source>
        <translation>يتطلب إجراء %1 من عيّنات إعادة المعاينة على %2 من الإحصاءات (الفئات × المقاييس) أكثر من 512 MB؛ استخدم عددًا أقل من العيّنات أو من الفئات.</translation>
    </message>
    <message>
        <source>The bootstrap was cancelled.</source>
        <translation>أُلغيت إعادة المعاينة.</translation>
    </message>
    <message>
        <source>The attribute '%1' has more than %2 groups.</source>
        <translation>عدد فئات السمة '%1' يتجاوز %2.</translation>
    </message>
    <message>
        <source>The data has no sensitive column '%1'.</source>
        <translation>لا تحتوي البيانات على العمود الحساس '%1'.</translation>
    </message>
    <message>
        <source>The sensitive column '%1' is binned by edges but does not hold numbers.</source>
        <translation>العمود الحساس '%1' مقسَّم إلى مجالات بحدود (edges) لكنه لا يحتوي على أرقام.</translation>
    </message>
    <message>
        <source>The sensitive attribute '%1' needs one label more than it has edges.</source>
        <translation>يجب أن يزيد عدد تسميات السمة الحساسة '%1' بواحد على عدد حدودها (edges).</translation>
    </message>
    <message>
        <source>The attributes '%1' and '%2' have different numbers of rows (%3 and %4).</source>
        <translation>عدد صفوف السمتين '%1' و'%2' مختلف (%3 و%4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>'%1' is not a sensitive attribute of the spec (known: %2; an intersection is "A|B").</source>
        <translation>'%1' ليست سمة حساسة في المواصفات (المعروفة: %2؛ ويُكتب التقاطع بالصيغة "A|B").</translation>
    </message>
    <message>
        <source>There are %1 probabilities but %2 labels.</source>
        <translation>عدد الاحتمالات %1 لكن عدد النتائج %2.</translation>
    </message>
    <message>
        <source>A fairness report takes at most %1 rows.</source>
        <translation>الحد الأقصى لعدد الصفوف في تقرير الإنصاف %1.</translation>
    </message>
    <message>
        <source>No sensitive attribute was given.</source>
        <translation>لم تُحدَّد أي سمة حساسة.</translation>
    </message>
    <message>
        <source>A sensitive attribute has no name.</source>
        <translation>إحدى السمات الحساسة بلا اسم.</translation>
    </message>
    <message>
        <source>The sensitive attribute '%1' is given twice.</source>
        <translation>السمة الحساسة '%1' محددة مرتين.</translation>
    </message>
    <message>
        <source>The sensitive attribute '%1' has no groups.</source>
        <translation>ليس للسمة الحساسة '%1' أي فئات.</translation>
    </message>
    <message>
        <source>The sensitive attribute '%1' has %2 rows, the predictions %3.</source>
        <translation>عدد صفوف السمة الحساسة '%1' هو %2، وعدد التنبؤات %3.</translation>
    </message>
    <message>
        <source>The sensitive attribute '%1' names a group twice, or names one "%2".</source>
        <translation>تذكر السمة الحساسة '%1' فئةً مرتين، أو تسمّي إحدى فئاتها "%2".</translation>
    </message>
    <message>
        <source>The probability of row %1 is %2, not a number in [0, 1].</source>
        <translation>احتمال الصف %1 هو %2، وليس عددًا ضمن [0, 1].</translation>
    </message>
    <message>
        <source>The label of row %1 is %2, not 1, 0 or -1.</source>
        <translation>نتيجة الصف %1 هي %2، وليست 1 أو 0 أو -1.</translation>
    </message>
    <message>
        <source>No row has a known label.</source>
        <translation>لا يوجد أي صف نتيجته معروفة.</translation>
    </message>
    <message>
        <source>Row %1 has group code %2 for '%3', which has %4 groups.</source>
        <translation>رمز الفئة في الصف %1 للسمة '%3' هو %2، وعدد فئات هذه السمة %4.</translation>
    </message>
    <message>
        <source>The fairness report was cancelled.</source>
        <translation>أُلغي تقرير الإنصاف.</translation>
    </message>
    <message>
        <source>Group '%1' of '%2' has %3 members and %4 actual positives: fewer than %5 members or %6 positives, too few for confident numbers.</source>
        <translation>عدد أعضاء الفئة '%1' من '%2' هو %3، وعدد الإيجابيات الفعلية فيها %4: أي أقل من الحد الأدنى (%5 من الأعضاء أو %6 من الإيجابيات)، وهو عدد لا يكفي للوثوق بأرقامها.</translation>
    </message>
    <message>
        <source>Group '%1' of '%2' has only one class: its ROC AUC is undefined.</source>
        <translation>للفئة '%1' من '%2' صنف واحد فقط: لذا فإن ROC AUC لها غير محدد.</translation>
    </message>
    <message>
        <source>%1 rows have no value for '%2'; they form the group "%3".</source>
        <translation>%1 من الصفوف بلا قيمة للسمة '%2'؛ وهي تشكّل الفئة "%3".</translation>
    </message>
    <message>
        <source>The groups %1 of '%2' have no rows with a known label and are left out.</source>
        <translation>الفئات %1 من '%2' لا تحتوي على صفوف نتيجتها معروفة، لذا استُبعدت.</translation>
    </message>
    <message>
        <source>'%1' has a single group: there is nothing to compare.</source>
        <translation>للسمة '%1' فئة واحدة فقط: لا يوجد ما تمكن مقارنته.</translation>
    </message>
    <message>
        <source>The privileged group '%1' of '%2' has no rows with a known label; AIF360's signed metrics are left out.</source>
        <translation>الفئة المميّزة '%1' من '%2' لا تحتوي على صفوف نتيجتها معروفة؛ لذا استُبعدت مقاييس AIF360 ذات الإشارة.</translation>
    </message>
    <message>
        <source>Only the privileged group of '%1' has rows; AIF360's signed metrics are undefined.</source>
        <translation>الفئة المميّزة وحدها من فئات '%1' تحتوي على صفوف؛ لذا فإن مقاييس AIF360 ذات الإشارة غير محددة.</translation>
    </message>
    <message>
        <source>%1 of '%2' is undefined (0 / 0: every group is at 0).</source>
        <translation>%1 للسمة '%2' غير محدد (0 / 0: قيمة كل الفئات 0).</translation>
    </message>
    <message>
        <source>The small-group limits must not be negative.</source>
        <translation>يجب ألا تكون حدود الفئات الصغيرة سالبة.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have no known label and are left out.</source>
        <translation>استُبعد %1 من أصل %2 من الصفوف لأن نتيجتها غير معروفة.</translation>
    </message>
    <message>
        <source>There is no attribute %1.</source>
        <translation>لا توجد السمة %1.</translation>
    </message>
    <message>
        <source>The grid size must be 10 to 100,000.</source>
        <translation>يجب أن يكون حجم الشبكة من 10 إلى 100,000.</translation>
    </message>
    <message>
        <source>A grid of %1 points for %2 groups is too large; use a smaller grid or fewer groups.</source>
        <translation>شبكة من %1 من النقاط لعدد %2 من الفئات كبيرة جدًا؛ استخدم شبكة أصغر أو عددًا أقل من الفئات.</translation>
    </message>
    <message>
        <source>The group '%1' of '%2' has only one class, so no threshold can be optimised for it.</source>
        <translation>للفئة '%1' من '%2' صنف واحد فقط، لذا لا يمكن تحسين عتبة لها.</translation>
    </message>
    <message>
        <source>The decision threshold %1 is not a number in [0, 1].</source>
        <translation>عتبة القرار %1 ليست عددًا ضمن [0, 1].</translation>
    </message>
    <message>
        <source>A threshold sweep takes at most %1 thresholds.</source>
        <translation>يقبل مسح العتبة %1 من العتبات على الأكثر.</translation>
    </message>
    <message>
        <source>A sweep of %1 thresholds over %2 groups is too large; use fewer thresholds or fewer groups.</source>
        <translation>مسح %1 من العتبات على %2 من الفئات كبير جدًا؛ استخدم عددًا أقل من العتبات أو من الفئات.</translation>
    </message>
</context>
<context>
    <name>mizan::FairnessData</name>
    <message>
        <source>%1 has no outcome column ('target' in its spec), so there is nothing to compare the predictions with; fairness needs labelled leads.</source>
        <translation>لا يحتوي %1 على عمود النتيجة ('target' في مواصفاته)، فلا يوجد ما تُقارن به التنبؤات؛ ويتطلب تحليل الإنصاف عملاء معروفي النتائج.</translation>
    </message>
    <message>
        <source>%1 has %2 rows but %3 predictions.</source>
        <translation>يحتوي %1 على %2 من الصفوف لكن عدد التنبؤات %3.</translation>
    </message>
    <message>
        <source>The spec of %1 names no sensitive attribute ('sensitive'); say which groups to compare there.</source>
        <translation>لا تحدد مواصفات %1 أي سمة حساسة ('sensitive')؛ حدّد فيها الفئات المراد مقارنتها.</translation>
    </message>
    <message>
        <source>A privileged group is given for '%1', which is not among the attributes reported (%2).</source>
        <translation>حُدّدت فئة مميّزة للسمة '%1'، وهي ليست من السمات المشمولة بالتقرير (%2).</translation>
    </message>
    <message>
        <source>'%1' is not a group of '%2' (its groups: %3).</source>
        <translation>'%1' ليست فئة من فئات '%2' (فئاتها: %3).</translation>
    </message>
    <message>
        <source>'%1' is not ATTRIBUTE=GROUP (once per attribute), as in sex=Male,race=White.</source>
        <translation>'%1' ليس بالصيغة ATTRIBUTE=GROUP (مرة واحدة لكل سمة)، مثل sex=Male,race=White.</translation>
    </message>
    <message>
        <source>--sensitive has an empty attribute name.</source>
        <translation>يتضمن الخيار --sensitive اسم سمة فارغًا.</translation>
    </message>
    <message>
        <source>--intersect needs exactly two attributes in --sensitive (A,B), not %1.</source>
        <translation>يتطلب الخيار --intersect سمتين بالضبط في --sensitive (A,B)، وليس %1.</translation>
    </message>
    <message>
        <source>A fairness report was asked for without data.</source>
        <translation>طُلب تقرير إنصاف دون بيانات.</translation>
    </message>
</context>
<context>
    <name>mizan::FairnessExport</name>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Fairness report</source>
        <translation>تقرير الإنصاف</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>النموذج: %1</translation>
    </message>
    <message>
        <source>Model SHA-256: %1</source>
        <translation>SHA-256 للنموذج: %1</translation>
    </message>
    <message>
        <source>Lead set: %1</source>
        <translation>مجموعة العملاء: %1</translation>
    </message>
    <message>
        <source>Data SHA-256: %1</source>
        <translation>SHA-256 للبيانات: %1</translation>
    </message>
    <message>
        <source>Decision threshold: %1 (a lead is selected when its probability is at or above it)</source>
        <translation>عتبة القرار: %1 (يُختار العميل عندما يساويها احتماله أو يتجاوزها)</translation>
    </message>
    <message>
        <source>Leads: %1, of which %2 with a known outcome</source>
        <translation>العملاء: %1، منهم %2 معروفو النتيجة</translation>
    </message>
    <message>
        <source>Small groups: fewer than %1 members or %2 actual positives</source>
        <translation>الفئات الصغيرة: أقل من %1 من الأعضاء أو %2 من الإيجابيات الفعلية</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>أعدّه %1 في %2</translation>
    </message>
    <message>
        <source>Intervals: %1% percentile bootstrap, %2 resamples, seed %3</source>
        <translation>فواصل الثقة: مئينية بمستوى %1% بإعادة المعاينة، %2 من العيّنات، البذرة %3</translation>
    </message>
    <message>
        <source>This is a preview computed in the Fairness tab at another threshold or privileged group than the recorded report; its verdicts are not in the audit log.</source>
        <translation>هذه معاينة حُسبت في علامة تبويب الإنصاف بعتبة أو فئة مميّزة غير تلك التي في التقرير المسجَّل؛ وأحكامها غير مسجَّلة في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The workspace recorded this report and its verdicts in the audit log on %1.</source>
        <translation>سجّلت مساحة العمل هذا التقرير وأحكامه في سجل التدقيق في %1.</translation>
    </message>
    <message>
        <source>Bias policy “%1”: verdicts</source>
        <translation>سياسة التحيّز «%1»: الأحكام</translation>
    </message>
    <message>
        <source>The policy has no rules.</source>
        <translation>لا تتضمن السياسة أي قواعد.</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>السمة: %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>%1 by group</source>
        <translation>%1 حسب الفئة</translation>
    </message>
    <message>
        <source>Disparities</source>
        <translation>التفاوتات</translation>
    </message>
    <message>
        <source>Threshold sweep: %1</source>
        <translation>مسح العتبة: %1</translation>
    </message>
    <message>
        <source>Threshold optimizer: reported, not applied</source>
        <translation>محسِّن العتبات: معروض فقط، غير مطبَّق</translation>
    </message>
    <message>
        <source>Definitions follow fairlearn; the AIF360 rows are AIF360's signed forms, the privileged group against the others pooled. Only aggregates are shown: no lead appears in this report.</source>
        <translation>تتبع التعريفات مكتبة fairlearn؛ وصفوف AIF360 هي صيغ AIF360 ذات الإشارة، أي الفئة المميّزة مقابل الفئات الأخرى مجمّعةً. تُعرض المجاميع الإحصائية فقط: لا يظهر أي عميل في هذا التقرير.</translation>
    </message>
</context>
<context>
    <name>mizan::FairnessStyle</name>
    <message>
        <source>Selection rate</source>
        <translation>معدل الاختيار</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>المعدل الأساسي</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>معدل الإيجابيات الحقيقية</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>معدل الإيجابيات الكاذبة</translation>
    </message>
    <message>
        <source>False negative rate</source>
        <translation>معدل السلبيات الكاذبة</translation>
    </message>
    <message>
        <source>True negative rate</source>
        <translation>معدل السلبيات الحقيقية</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الضبط</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Selection
rate</source>
        <translation>معدل
الاختيار</translation>
    </message>
    <message>
        <source>Base
rate</source>
        <translation>المعدل
الأساسي</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>FNR</source>
        <translation>FNR</translation>
    </message>
    <message>
        <source>TNR</source>
        <translation>TNR</translation>
    </message>
    <message>
        <source>ROC
AUC</source>
        <translation>ROC
AUC</translation>
    </message>
    <message>
        <source>Share of the group the model selects (probability at or above the threshold).</source>
        <translation>نسبة أفراد الفئة الذين يختارهم النموذج (احتمالهم يساوي العتبة أو يتجاوزها).</translation>
    </message>
    <message>
        <source>Share of the group that actually converted.</source>
        <translation>نسبة أفراد الفئة الذين تحوّلوا فعلًا.</translation>
    </message>
    <message>
        <source>Of those who converted, the share the model selects (recall).</source>
        <translation>نسبة من يختارهم النموذج ممن تحوّلوا (الاستدعاء).</translation>
    </message>
    <message>
        <source>Of those who did not convert, the share the model selects.</source>
        <translation>نسبة من يختارهم النموذج ممن لم يتحوّلوا.</translation>
    </message>
    <message>
        <source>Of those who converted, the share the model misses.</source>
        <translation>نسبة من يُغفلهم النموذج ممن تحوّلوا.</translation>
    </message>
    <message>
        <source>Of those who did not convert, the share the model leaves out.</source>
        <translation>نسبة من يستبعدهم النموذج ممن لم يتحوّلوا.</translation>
    </message>
    <message>
        <source>Of those the model selects, the share who converted.</source>
        <translation>نسبة من تحوّلوا ممن يختارهم النموذج.</translation>
    </message>
    <message>
        <source>Share of the group the model decides correctly.</source>
        <translation>نسبة أفراد الفئة الذين يصيب النموذج في قراره بشأنهم.</translation>
    </message>
    <message>
        <source>How well the probabilities rank converters above the others, whatever the threshold (0.5: chance).</source>
        <translation>مدى نجاح الاحتمالات في ترتيب من تحوّلوا فوق غيرهم، بصرف النظر عن العتبة (0.5: مستوى الصدفة).</translation>
    </message>
    <message>
        <source>disparate impact</source>
        <translation>الأثر المتفاوت</translation>
    </message>
    <message>
        <source>statistical parity difference</source>
        <translation>فرق التكافؤ الإحصائي</translation>
    </message>
    <message>
        <source>average odds difference</source>
        <translation>متوسط فرق الاحتمالات</translation>
    </message>
    <message>
        <source>equal opportunity difference</source>
        <translation>فرق تكافؤ الفرص</translation>
    </message>
    <message>
        <source>AIF360 (signed): %1</source>
        <translation>AIF360 (بالإشارة): %1</translation>
    </message>
    <message>
        <source>AIF360 (signed): %1; privileged: %2</source>
        <translation>AIF360 (بالإشارة): %1؛ الفئة المميّزة: %2</translation>
    </message>
    <message>
        <source>Demographic parity difference</source>
        <translation>فرق التكافؤ الديموغرافي</translation>
    </message>
    <message>
        <source>Demographic parity ratio</source>
        <translation>نسبة التكافؤ الديموغرافي</translation>
    </message>
    <message>
        <source>Equalized odds difference</source>
        <translation>فرق تكافؤ الاحتمالات</translation>
    </message>
    <message>
        <source>Equalized odds ratio</source>
        <translation>نسبة تكافؤ الاحتمالات</translation>
    </message>
    <message>
        <source>Equalized odds difference (mean)</source>
        <translation>فرق تكافؤ الاحتمالات (المتوسط)</translation>
    </message>
    <message>
        <source>Equalized odds ratio (mean)</source>
        <translation>نسبة تكافؤ الاحتمالات (المتوسط)</translation>
    </message>
    <message>
        <source>Equal opportunity difference</source>
        <translation>فرق تكافؤ الفرص</translation>
    </message>
    <message>
        <source>Equal opportunity ratio</source>
        <translation>نسبة تكافؤ الفرص</translation>
    </message>
    <message>
        <source>%1, to overall</source>
        <translation>%1، مقارنةً بالإجمالي</translation>
    </message>
    <message>
        <source>%1, between groups</source>
        <translation>%1، بين الفئات</translation>
    </message>
    <message>
        <source>Demographic parity</source>
        <translation>التكافؤ الديموغرافي</translation>
    </message>
    <message>
        <source>Equalized odds</source>
        <translation>تكافؤ الاحتمالات</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>مخالف</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(غير متوفرة)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>everybody</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>p %1 %2</source>
        <translation>p %1 %2</translation>
    </message>
</context>
<context>
    <name>mizan::FairnessTab</name>
    <message>
        <source>Another job is using the workspace; the Fairness tab waits for it.</source>
        <translation>مهمة أخرى تستخدم مساحة العمل؛ وتنتظر علامة تبويب الإنصاف انتهاءها.</translation>
    </message>
    <message>
        <source>%1 (%2 leads)</source>
        <translation>%1 (%2 من العملاء)</translation>
    </message>
    <message>
        <source>%1 (version %2…)</source>
        <translation>%1 (الإصدار %2…)</translation>
    </message>
    <message>
        <source>All in the spec</source>
        <translation>كل السمات في المواصفات</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>الملاحظات (%1)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) in the Notes tab.</source>
        <translation>
            <numerusform>… و%n ملاحظة أخرى في علامة تبويب الملاحظات.</numerusform>
            <numerusform>… وملاحظة أخرى واحدة في علامة تبويب الملاحظات.</numerusform>
            <numerusform>… وملاحظتان أخريان في علامة تبويب الملاحظات.</numerusform>
            <numerusform>… و%n ملاحظات أخرى في علامة تبويب الملاحظات.</numerusform>
            <numerusform>… و%n ملاحظة أخرى في علامة تبويب الملاحظات.</numerusform>
            <numerusform>… و%n ملاحظة أخرى في علامة تبويب الملاحظات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick “Threshold optimizer” and compute to see per-group thresholds that would meet demographic parity or equalized odds.</source>
        <translation>حدّد «محسِّن العتبات» ثم احسب لعرض العتبات لكل فئة التي تحقق التكافؤ الديموغرافي أو تكافؤ الاحتمالات.</translation>
    </message>
    <message>
        <source>Reported, not applied: these per-group rules are what fairlearn's ThresholdOptimizer would use on this lead set; scoring does not change.</source>
        <translation>معروض فقط، غير مطبَّق: هذه القواعد لكل فئة هي ما سيستخدمه ThresholdOptimizer في fairlearn على مجموعة العملاء هذه؛ ولا يتغير حساب الدرجات.</translation>
    </message>
    <message>
        <source>From the recorded report at threshold %1.</source>
        <translation>من التقرير المسجَّل عند العتبة %1.</translation>
    </message>
    <message>
        <source>Choose a model and a labelled lead set, then Compute.</source>
        <translation>اختر نموذجًا ومجموعة عملاء معروفة النتائج، ثم اضغط «حساب».</translation>
    </message>
    <message>
        <source>Model %1 (SHA-256 %2…) · lead set %3 (SHA-256 %4…) · %5 leads, %6 with a known outcome</source>
        <translation>النموذج %1 (SHA-256 %2…) · مجموعة العملاء %3 (SHA-256 %4…) · %5 من العملاء، منهم %6 معروفو النتيجة</translation>
    </message>
    <message>
        <source>Preview at threshold %1, computed here from the report's data: not recorded. Compute records it.</source>
        <translation>معاينة عند العتبة %1، حُسبت هنا من بيانات التقرير: غير مسجَّلة. يسجّلها زر «حساب».</translation>
    </message>
    <message>
        <source>Preview at threshold %1, computed here from the report's counts per threshold: not recorded. Compute records it.</source>
        <translation>معاينة عند العتبة %1، حُسبت هنا من أعداد التقرير لكل عتبة: غير مسجَّلة. يسجّلها زر «حساب».</translation>
    </message>
    <message>
        <source>Intervals were drawn at %1 and are not shown for the preview.</source>
        <translation>حُسبت فواصل الثقة عند العتبة %1 ولا تُعرض في المعاينة.</translation>
    </message>
    <message>
        <source>Report at threshold %1, recorded in the audit log %2 by %3.</source>
        <translation>تقرير عند العتبة %1، سُجّل في سجل التدقيق في %2 بواسطة %3.</translation>
    </message>
    <message>
        <source>Intervals: %1 bootstrap resamples, seed %2.</source>
        <translation>فواصل الثقة: %1 من عيّنات إعادة المعاينة، البذرة %2.</translation>
    </message>
    <message>
        <source>Bias policy “%1”: %2 of %3 checks fail.</source>
        <translation>سياسة التحيّز «%1»: %2 من أصل %3 من الفحوص مخالفة.</translation>
    </message>
    <message>
        <source>Bias policy “%1”: no check fails; %2 of %3 cannot be checked.</source>
        <translation>سياسة التحيّز «%1»: لا يوجد فحص مخالف؛ وتعذّر إجراء %2 من أصل %3 من الفحوص.</translation>
    </message>
    <message>
        <source>Bias policy “%1”: all %2 checks pass.</source>
        <translation>سياسة التحيّز «%1»: جميع الفحوص (%2) مطابقة.</translation>
    </message>
    <message>
        <source>(preview)</source>
        <translation>(معاينة)</translation>
    </message>
    <message>
        <source>Save the fairness report</source>
        <translation>حفظ تقرير الإنصاف</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
    <message>
        <source>Fairness report written to %1.</source>
        <translation>كُتب تقرير الإنصاف في %1.</translation>
    </message>
    <message>
        <source>Save the per-group table</source>
        <translation>حفظ الجدول حسب الفئة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Table not written</source>
        <translation>لم يُكتب الجدول</translation>
    </message>
    <message>
        <source>Per-group table written to %1.</source>
        <translation>كُتب الجدول حسب الفئة في %1.</translation>
    </message>
    <message>
        <source>Bias policy</source>
        <translation>سياسة التحيّز</translation>
    </message>
    <message>
        <source>Only a risk officer may change the bias policy.</source>
        <translation>لا يحق تغيير سياسة التحيّز إلا لمسؤول المخاطر.</translation>
    </message>
    <message>
        <source>Bias policy not changed</source>
        <translation>لم تتغير سياسة التحيّز</translation>
    </message>
    <message>
        <source>Bias policy “%1” saved.</source>
        <translation>حُفظت سياسة التحيّز «%1».</translation>
    </message>
    <message>
        <source>The report has no sweep of %1 at %2; compute it at this threshold.</source>
        <translation>لا يتضمن التقرير مسحًا للسمة %1 عند العتبة %2؛ احسب التقرير عند هذه العتبة.</translation>
    </message>
    <message>
        <source>Nothing to report on</source>
        <translation>لا يوجد ما يُعدّ عنه تقرير</translation>
    </message>
    <message>
        <source>The workspace needs a model and a labelled lead set first.</source>
        <translation>تحتاج مساحة العمل أولًا إلى نموذج ومجموعة عملاء معروفة النتائج.</translation>
    </message>
    <message>
        <source>Bootstrap… %p%</source>
        <translation>إعادة المعاينة… %p%</translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation>جارٍ الحساب… %p%</translation>
    </message>
    <message>
        <source>Computing the fairness report…</source>
        <translation>جارٍ حساب تقرير الإنصاف…</translation>
    </message>
    <message>
        <source>Cancelled; the report shown is unchanged.</source>
        <translation>أُلغي الحساب؛ لم يتغير التقرير المعروض.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>No fairness report</source>
        <translation>لا يوجد تقرير إنصاف</translation>
    </message>
    <message>
        <source>The report's data could not be ranked.</source>
        <translation>تعذّر ترتيب بيانات التقرير.</translation>
    </message>
    <message numerus="yes">
        <source>Fairness report recorded: %n check(s) of the bias policy fail.</source>
        <translation>
            <numerusform>سُجّل تقرير الإنصاف: %n فحص مخالف لسياسة التحيّز.</numerusform>
            <numerusform>سُجّل تقرير الإنصاف: فحص واحد مخالف لسياسة التحيّز.</numerusform>
            <numerusform>سُجّل تقرير الإنصاف: فحصان مخالفان لسياسة التحيّز.</numerusform>
            <numerusform>سُجّل تقرير الإنصاف: %n فحوص مخالفة لسياسة التحيّز.</numerusform>
            <numerusform>سُجّل تقرير الإنصاف: %n فحصًا مخالفًا لسياسة التحيّز.</numerusform>
            <numerusform>سُجّل تقرير الإنصاف: %n فحص مخالف لسياسة التحيّز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fairness report recorded: no check of the bias policy fails.</source>
        <translation>سُجّل تقرير الإنصاف: لا يوجد أي فحص مخالف لسياسة التحيّز.</translation>
    </message>
    <message>
        <source>The report to preview is missing.</source>
        <translation>التقرير المراد معاينته غير موجود.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>تعذّرت المعاينة: %1</translation>
    </message>
    <message>
        <source>Also report on the groups formed by two attributes together (for example region × gender).</source>
        <translation>أدرج في التقرير أيضًا الفئات المكوّنة من سمتين معًا (مثل المنطقة × الجنس).</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;حساب</translation>
    </message>
    <message>
        <source>Compute the report through the workspace: it is recorded in the audit log with the bias policy's verdicts.</source>
        <translation>احسب التقرير عبر مساحة العمل: يُسجَّل في سجل التدقيق مع أحكام سياسة التحيّز.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>النمو&amp;ذج:</translation>
    </message>
    <message>
        <source>Lead &amp;set:</source>
        <translation>&amp;مجموعة العملاء:</translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation>ال&amp;سمات:</translation>
    </message>
    <message>
        <source>I&amp;ntersection:</source>
        <translation>التقا&amp;طع:</translation>
    </message>
    <message>
        <source>A lead is selected when its probability is at or above the threshold. Moving it previews the report here at once; Compute records it.</source>
        <translation>يُختار العميل عندما يساوي احتماله العتبة أو يتجاوزها. يؤدي تحريك العتبة إلى معاينة التقرير هنا فورًا؛ ويسجّله زر «حساب».</translation>
    </message>
    <message>
        <source>The same seed gives the same intervals; it is recorded in the audit log.</source>
        <translation>تعطي البذرة نفسها فواصل الثقة نفسها؛ وتُسجَّل البذرة في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Threshold &amp;optimizer</source>
        <translation>محسِّن ال&amp;عتبات</translation>
    </message>
    <message>
        <source>fairlearn's ThresholdOptimizer: per-group thresholds meeting demographic parity or equalized odds. Reported, not applied.</source>
        <translation>ThresholdOptimizer في fairlearn: عتبات لكل فئة تحقق التكافؤ الديموغرافي أو تكافؤ الاحتمالات. معروضة فقط، غير مطبَّقة.</translation>
    </message>
    <message>
        <source>Ex&amp;port</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>التقرير (PDF)…</translation>
    </message>
    <message>
        <source>Per-group table (CSV)…</source>
        <translation>الجدول حسب الفئة (CSV)…</translation>
    </message>
    <message>
        <source>Bias po&amp;licy…</source>
        <translation>سياسة التح&amp;يّز…</translation>
    </message>
    <message>
        <source>Edit the limits the verdicts check (risk officers).</source>
        <translation>عدّل الحدود التي تتحقق منها الأحكام (لمسؤولي المخاطر).</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>العت&amp;بة:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message>
        <source>The reference group of AIF360's signed metrics (the spec's by default). Changing it previews the report here.</source>
        <translation>الفئة المرجعية لمقاييس AIF360 ذات الإشارة (المحددة في المواصفات افتراضيًا). يؤدي تغييرها إلى معاينة التقرير هنا.</translation>
    </message>
    <message>
        <source>Pri&amp;vileged group:</source>
        <translation>ال&amp;فئة المميّزة:</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>الم&amp;قياس:</translation>
    </message>
    <message>
        <source>Threshold sweep</source>
        <translation>مسح العتبة</translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation>&amp;المسح:</translation>
    </message>
    <message>
        <source>Disparities</source>
        <translation>التفاوتات</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>Optimizer (not applied)</source>
        <translation>المحسِّن (غير مطبَّق)</translation>
    </message>
    <message>
        <source>No lead set in the workspace has outcomes (a target column); fairness needs them.</source>
        <translation>لا توجد في مساحة العمل مجموعة عملاء محتملين معروفة النتائج (عمود هدف)؛ والإنصاف يحتاج إليها.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <source>The sensitive attributes of the lead set's spec to compare groups by.</source>
        <translation>السمات الحساسة في مواصفات مجموعة العملاء التي تُقارن الفئات بحسبها.</translation>
    </message>
    <message>
        <source>Confidence &amp;intervals (bootstrap, %L1 resamples)</source>
        <translation>فواصل ال&amp;ثقة (إعادة المعاينة، %L1 عيّنة)</translation>
    </message>
    <message>
        <source>95% percentile intervals from %L1 seeded bootstrap resamples of the leads; takes longer, with progress and Cancel.</source>
        <translation>فواصل مئينية بمستوى ثقة 95% من %L1 عيّنة إعادة معاينة للعملاء ببذرة محددة؛ يستغرق ذلك وقتًا أطول، مع عرض التقدم وإمكانية الإلغاء.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>Metrics by group</source>
        <translation>المقاييس حسب الفئة</translation>
    </message>
</context>
<context>
    <name>mizan::FeatureSpace</name>
    <message>
        <source>%1: the model input '%2' belongs to no feature of the spec</source>
        <translation>%1: مُدخل النموذج '%2' لا ينتمي إلى أي خاصية في المواصفات</translation>
    </message>
    <message>
        <source>%1: there is no row %2 (the file has %3 rows)</source>
        <translation>%1: لا يوجد الصف %2 (عدد صفوف الملف %3)</translation>
    </message>
    <message>
        <source>%1: the feature column '%2' is missing</source>
        <translation>%1: عمود الخاصية '%2' غير موجود</translation>
    </message>
    <message>
        <source>%1: the column '%2' is not of the feature's type</source>
        <translation>%1: نوع العمود '%2' لا يطابق نوع الخاصية</translation>
    </message>
    <message>
        <source>no feature number %1</source>
        <translation>لا توجد خاصية بالرقم %1</translation>
    </message>
    <message>
        <source>'%1' is not a value of '%2' the model was trained on</source>
        <translation>'%1' ليست من قيم '%2' التي دُرّب عليها النموذج</translation>
    </message>
    <message>
        <source>'%1' is not a number (feature '%2')</source>
        <translation>'%1' ليست رقمًا (الخاصية '%2')</translation>
    </message>
</context>
<context>
    <name>mizan::FirstRunDialog</name>
    <message>
        <source>Create a Mizan workspace</source>
        <translation>إنشاء مساحة عمل ميزان</translation>
    </message>
    <message>
        <source>Everything Mizan keeps lives in one encrypted workspace folder. Choose a new (or empty) folder and the first administrator. The password must have at least 15 characters; a sentence of a few words is easy to remember.</source>
        <translation>يُحفظ كل ما يحتفظ به ميزان في مجلد مساحة عمل واحد مشفّر. اختر مجلدًا جديدًا (أو فارغًا) ومسؤول النظام الأول. يجب ألا تقل كلمة المرور عن 15 حرفًا؛ ومن السهل تذكّر جملة من بضع كلمات.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفّح…</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation>مثال: amira</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;المجلد:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;مسؤول النظام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;أعد كتابة كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Open an existing workspace…</source>
        <translation>&amp;فتح مساحة عمل موجودة…</translation>
    </message>
    <message>
        <source>Open a Mizan workspace</source>
        <translation>فتح مساحة عمل ميزان</translation>
    </message>
    <message>
        <source>%1 is not a Mizan workspace.</source>
        <translation>%1 ليس مساحة عمل ميزان.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>كلمتا المرور غير متطابقتين؛ اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>mizan::GovernancePolicy</name>
    <message>
        <source>must be "%1"</source>
        <translation>يجب أن تكون القيمة "%1"</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>يجب أن تكون بين %1 و%2</translation>
    </message>
    <message>
        <source>The policy's %1 must be between %2 and %3.</source>
        <translation>يجب أن تكون قيمة %1 في السياسة بين %2 و%3.</translation>
    </message>
    <message>
        <source>The policy's high_from must not be below medium_from.</source>
        <translation>يجب ألا تقل قيمة high_from في السياسة عن medium_from.</translation>
    </message>
    <message>
        <source>The policy's warn_psi must not be above max_psi.</source>
        <translation>يجب ألا تزيد قيمة warn_psi في السياسة على max_psi.</translation>
    </message>
</context>
<context>
    <name>mizan::GovernancePolicyDialog</name>
    <message>
        <source>Approval policy</source>
        <translation>سياسة الاعتماد</translation>
    </message>
    <message>
        <source>A failing gate blocks approval unless the officer writes an override reason, which is audited.</source>
        <translation>البوابة غير المستوفاة تمنع الاعتماد ما لم يكتب المسؤول سبب تجاوز، ويُسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>البوابات</translation>
    </message>
    <message>
        <source>The candidate's ROC AUC on the reference lead set (else its test split).</source>
        <translation>قيمة ROC AUC للإصدار المرشّح على مجموعة العملاء المرجعية (وإلا فعلى جزء الاختبار الخاص به).</translation>
    </message>
    <message>
        <source>Lowest demographic parity ratio of its latest fairness report; 0 switches the gate off.</source>
        <translation>أدنى نسبة تكافؤ ديموغرافي في أحدث تقرير إنصاف له؛ القيمة 0 تعطّل البوابة.</translation>
    </message>
    <message>
        <source>How far below the deployed version's ROC AUC the candidate may be.</source>
        <translation>المقدار المسموح به لانخفاض ROC AUC للمرشّح عن الإصدار المنشور.</translation>
    </message>
    <message>
        <source>Score drift (PSI) between candidate and deployed version on the reference lead set.</source>
        <translation>انحراف الدرجات (PSI) بين المرشّح والإصدار المنشور على مجموعة العملاء المرجعية.</translation>
    </message>
    <message>
        <source>Minimum ROC &amp;AUC:</source>
        <translation>أدنى &amp;قيمة ROC AUC:</translation>
    </message>
    <message>
        <source>Minimum &amp;DP ratio:</source>
        <translation>أدنى نسبة تكافؤ &amp;ديموغرافي:</translation>
    </message>
    <message>
        <source>Largest AUC &amp;drop:</source>
        <translation>أكبر &amp;انخفاض في AUC:</translation>
    </message>
    <message>
        <source>Largest &amp;PSI:</source>
        <translation>أ&amp;كبر قيمة PSI:</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <source>Drift worth a warning.</source>
        <translation>انحراف يستدعي تحذيرًا.</translation>
    </message>
    <message>
        <source>A feature missing more often is a warning.</source>
        <translation>الخاصية التي تُفقد أكثر من ذلك تستدعي تحذيرًا.</translation>
    </message>
    <message>
        <source>A single feature this predictive is a leakage suspect.</source>
        <translation>خاصية واحدة بهذه القدرة التنبؤية يُشتبه في تسرّبها.</translation>
    </message>
    <message>
        <source>Fewer positive outcomes than this is a warning.</source>
        <translation>عدد نتائج إيجابية أقل من ذلك يستدعي تحذيرًا.</translation>
    </message>
    <message>
        <source>Share of the top-5 SHAP features shared with the deployed version.</source>
        <translation>حصة أهم خمس خصائص وفق SHAP المشتركة مع الإصدار المنشور.</translation>
    </message>
    <message>
        <source>Risk score from which the level is medium.</source>
        <translation>درجة المخاطر التي يبدأ عندها المستوى المتوسط.</translation>
    </message>
    <message>
        <source>Risk score from which the level is high: two approvals.</source>
        <translation>درجة المخاطر التي يبدأ عندها المستوى المرتفع: اعتمادان.</translation>
    </message>
    <message>
        <source>PSI &amp;warning from:</source>
        <translation>&amp;تحذير PSI ابتداءً من:</translation>
    </message>
    <message>
        <source>Largest &amp;missing rate:</source>
        <translation>أكبر نسبة &amp;فقدان:</translation>
    </message>
    <message>
        <source>&amp;Leakage suspect from AUC:</source>
        <translation>اشتباه ت&amp;سرّب ابتداءً من AUC:</translation>
    </message>
    <message>
        <source>Smallest positive &amp;rate:</source>
        <translation>أدنى &amp;نسبة إيجابية:</translation>
    </message>
    <message>
        <source>Smallest top-feature &amp;overlap:</source>
        <translation>أدنى تدا&amp;خل في أهم الخصائص:</translation>
    </message>
    <message>
        <source>Medium risk &amp;from score:</source>
        <translation>مخاطر متوس&amp;طة ابتداءً من الدرجة:</translation>
    </message>
    <message>
        <source>&amp;High risk from score:</source>
        <translation>مخاطر &amp;مرتفعة ابتداءً من الدرجة:</translation>
    </message>
    <message>
        <source>Revalidation and monitoring</source>
        <translation>إعادة التحقق والمراقبة</translation>
    </message>
    <message>
        <source>How long an approval lasts.</source>
        <translation>مدة سريان الاعتماد.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source>Realised ROC AUC this far below the approved one raises an alert.</source>
        <translation>انخفاض ROC AUC المحقَّق بهذا المقدار عن المعتمد يثير تنبيهًا.</translation>
    </message>
    <message>
        <source>Re&amp;validate within:</source>
        <translation>&amp;إعادة التحقق خلال:</translation>
    </message>
    <message>
        <source>Outcome alert at AUC dro&amp;p:</source>
        <translation>تن&amp;بيه النتائج عند انخفاض AUC بمقدار:</translation>
    </message>
</context>
<context>
    <name>mizan::GroupBarChart</name>
    <message>
        <source>Metric by group</source>
        <translation>المقياس حسب الفئة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 by group of %2 (overall %3): %4</source>
        <translation>%1 حسب فئات %2 (الإجمالي %3): %4</translation>
    </message>
    <message>
        <source>Compute a report to see the groups.</source>
        <translation>احسب تقريرًا لعرض الفئات.</translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message>
        <source>hatched: small group, read with caution</source>
        <translation>المظلَّل بخطوط: فئة صغيرة، تُقرأ بحذر</translation>
    </message>
    <message>
        <source>whiskers: bootstrap interval</source>
        <translation>الخطوط الطرفية: فاصل الثقة بإعادة المعاينة</translation>
    </message>
</context>
<context>
    <name>mizan::GroupMetricsModel</name>
    <message>
        <source>Every lead with a known outcome.</source>
        <translation>جميع العملاء معروفي النتيجة.</translation>
    </message>
    <message>
        <source>Group “%1” of %2.</source>
        <translation>الفئة «%1» من %2.</translation>
    </message>
    <message>
        <source>The privileged (reference) group of AIF360's signed metrics.</source>
        <translation>الفئة المميّزة (المرجعية) لمقاييس AIF360 ذات الإشارة.</translation>
    </message>
    <message>
        <source>Undefined here: the group has only one class.</source>
        <translation>غير محدد هنا: للفئة صنف واحد فقط.</translation>
    </message>
    <message>
        <source>Bootstrap interval: %1.</source>
        <translation>فاصل الثقة بإعادة المعاينة: %1.</translation>
    </message>
    <message>
        <source>Small group: %1 members and %2 actual positives (fewer than %3 members or %4 positives). Its numbers are not reliable; read them with caution.</source>
        <translation>فئة صغيرة: %1 من الأعضاء و%2 من الإيجابيات الفعلية (أقل من %3 من الأعضاء أو %4 من الإيجابيات). أرقامها غير موثوقة؛ اقرأها بحذر.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (مميّزة)</translation>
    </message>
    <message>
        <source>%1 (small)</source>
        <translation>%1 (صغيرة)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Count
(positives)</source>
        <translation>العدد
(الإيجابيات)</translation>
    </message>
    <message>
        <source>Leads of the group with a known outcome, and in brackets those who converted.</source>
        <translation>عملاء الفئة معروفو النتيجة، وبين القوسين من تحوّلوا منهم.</translation>
    </message>
</context>
<context>
    <name>mizan::HoldDialog</name>
    <message>
        <source>Place a legal hold</source>
        <translation>فرض حفظ قانوني</translation>
    </message>
    <message>
        <source>While the hold is in force, nothing of the lead set or model version is erased or deleted by retention.</source>
        <translation>ما دام الحفظ القانوني ساريًا، لا يُمحى أي شيء من مجموعة العملاء أو إصدار النموذج، ولا يُحذف بموجب مدد الاحتفاظ.</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;يُفرض على:</translation>
    </message>
    <message>
        <source>The case or order that requires the hold</source>
        <translation>القضية أو الأمر الذي يستوجب الحفظ القانوني</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
</context>
<context>
    <name>mizan::ImportanceChart</name>
    <message>
        <source>Feature importance (mean |SHAP|)</source>
        <translation>أهمية الخصائص (متوسط |SHAP|)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>mean(|SHAP value|), average impact on the log-odds</source>
        <translation>متوسط |قيمة SHAP|، أي متوسط الأثر في لوغاريتم الأرجحية</translation>
    </message>
</context>
<context>
    <name>mizan::JsonFields</name>
    <message>
        <source>%1: '%2': %3</source>
        <translation>%1: '%2': %3</translation>
    </message>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation>مفتاح غير معروف (المسموح هنا: %1)</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>مطلوب لكنه غير موجود</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>المتوقع سلسلة نصية</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>المتوقع true أو false</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>المتوقع عدد منتهٍ</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>المتوقع عدد صحيح من %1 إلى %2</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>المتوقع قائمة من السلاسل النصية</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>المتوقع قائمة</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>المتوقع كائن</translation>
    </message>
</context>
<context>
    <name>mizan::KeySlots</name>
    <message>
        <source>%1 is damaged or was altered: %2</source>
        <translation>%1 تالف أو معدَّل: %2</translation>
    </message>
    <message>
        <source>expected %1 bytes in base64</source>
        <translation>المتوقع %1 بايت بترميز base64</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>ليس JSON صالحًا (%1 عند البايت %2)</translation>
    </message>
    <message>
        <source>expected "%1"</source>
        <translation>المتوقع "%1"</translation>
    </message>
    <message>
        <source>expected "user" or "recovery"</source>
        <translation>المتوقع "user" أو "recovery"</translation>
    </message>
    <message>
        <source>a second slot named "%1"</source>
        <translation>خانة ثانية باسم "%1"</translation>
    </message>
    <message>
        <source>%1: cannot read the key slots: %2</source>
        <translation>%1: تتعذّر قراءة خانات المفاتيح: %2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>%1: cannot write the key slots: %2</source>
        <translation>%1: تتعذّر كتابة خانات المفاتيح: %2</translation>
    </message>
    <message>
        <source>the slot's secrets have the wrong size</source>
        <translation>حجم الأسرار في الخانة غير صحيح</translation>
    </message>
    <message>
        <source>the slot's public keys do not match its private keys</source>
        <translation>المفاتيح العامة للخانة لا تطابق مفاتيحها الخاصة</translation>
    </message>
</context>
<context>
    <name>mizan::Lime</name>
    <message>
        <source>The model bundle's training summary has no quartile bins for '%1' (it was written by an older version); retrain the model to explain it with LIME.</source>
        <translation>لا يحتوي ملخص التدريب في حزمة النموذج على مجالات الأرباع للخاصية '%1' (كُتبت الحزمة بإصدار أقدم)؛ أعد تدريب النموذج لشرحه باستخدام LIME.</translation>
    </message>
    <message>
        <source>%1 is missing or unseen</source>
        <translation>قيمة %1 غير متوفرة أو لم ترد في بيانات التدريب</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>قيمة %1 غير متوفرة</translation>
    </message>
    <message>
        <source>The model returned no probability for a LIME sample.</source>
        <translation>لم يُرجع النموذج احتمالًا لإحدى عيّنات LIME.</translation>
    </message>
    <message>
        <source>A ridge fit needs rows x columns values and one target and one weight per row.</source>
        <translation>يتطلب انحدار ريدج عددًا من القيم يساوي الصفوف × الأعمدة، وقيمة هدف واحدة ووزنًا واحدًا لكل صف.</translation>
    </message>
    <message>
        <source>A ridge fit needs alpha &gt;= 0 and non-negative weights that do not sum to 0.</source>
        <translation>يتطلب انحدار ريدج أن تكون alpha &gt;= 0، وأن تكون الأوزان غير سالبة ولا يساوي مجموعها 0.</translation>
    </message>
    <message>
        <source>The model bundle carries no training summary; LIME needs the training distribution.</source>
        <translation>لا تتضمن حزمة النموذج ملخص التدريب؛ وتحتاج LIME إلى توزيع بيانات التدريب.</translation>
    </message>
    <message>
        <source>The lead has %1 feature values; the model has %2 features.</source>
        <translation>عدد قيم خصائص العميل المحتمل %1، وعدد خصائص النموذج %2.</translation>
    </message>
    <message>
        <source>The lead's value of '%1' is not one of its categories.</source>
        <translation>قيمة العميل المحتمل للخاصية '%1' ليست من أصنافها المعروفة.</translation>
    </message>
    <message>
        <source>LIME needs 2 to %1 samples, not %2.</source>
        <translation>تحتاج LIME إلى عدد من العيّنات بين 2 و%1، وليس %2.</translation>
    </message>
    <message>
        <source>LIME needs at least one feature to explain with, not %1.</source>
        <translation>تحتاج LIME إلى خاصية واحدة على الأقل للشرح بها، وليس %1.</translation>
    </message>
    <message>
        <source>The LIME kernel width must be a positive number (or 0 for the default).</source>
        <translation>يجب أن يكون عرض نواة LIME عددًا موجبًا (أو 0 للقيمة الافتراضية).</translation>
    </message>
    <message>
        <source>LIME was given no model to explain.</source>
        <translation>لم يُقدَّم إلى LIME أي نموذج لشرحه.</translation>
    </message>
    <message>
        <source>LIME ran out of memory.</source>
        <translation>نفدت الذاكرة أثناء تشغيل LIME.</translation>
    </message>
    <message>
        <source>LIME failed: %1</source>
        <translation>تعذّر تشغيل LIME: %1</translation>
    </message>
</context>
<context>
    <name>mizan::LimeChart</name>
    <message>
        <source>LIME weights</source>
        <translation>أوزان LIME</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>LIME appears here after Explain.</source>
        <translation>تظهر نتائج LIME هنا بعد الشرح.</translation>
    </message>
</context>
<context>
    <name>mizan::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>Mizan is locked. %1, enter your password to go on.</source>
        <translation>ميزان مقفل. %1، أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>Mizan is locked. Enter the recovery key to go on.</source>
        <translation>ميزان مقفل. أدخل مفتاح الاسترداد للمتابعة.</translation>
    </message>
</context>
<context>
    <name>mizan::Lockout</name>
    <message>
        <source>The account "%1" is locked after %2 failed sign-in attempts; an administrator must enable it.</source>
        <translation>قُفل الحساب "%1" بعد %2 من محاولات تسجيل الدخول الفاشلة؛ ويجب أن يفعّله أحد المسؤولين.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts for "%1"; try again in %2 seconds.</source>
        <translation>محاولات تسجيل دخول فاشلة كثيرة جدًا للحساب "%1"؛ حاول مرة أخرى بعد %2 ثانية.</translation>
    </message>
</context>
<context>
    <name>mizan::LoginDialog</name>
    <message>
        <source>Sign in to Mizan</source>
        <translation>تسجيل الدخول إلى ميزان</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Sign in with the &amp;recovery key instead of a password</source>
        <translation>تسجيل الدخول باستخدام &amp;مفتاح الاسترداد بدلًا من كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (64 hexadecimal digits)</source>
        <translation>XXXX-XXXX-… (64 رقمًا ست عشريًا)</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in %1 seconds.</source>
        <translation>محاولات فاشلة كثيرة جدًا: حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>mizan::MainWindow</name>
    <message>
        <source>Mizan</source>
        <translation>ميزان</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation>&amp;حول ميزان</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حو&amp;ل Qt</translation>
    </message>
    <message>
        <source>The language changes when Mizan is started again.</source>
        <translation>تتغير اللغة عند تشغيل ميزان من جديد.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;حساب الدرجات</translation>
    </message>
    <message>
        <source>Ready. Open a lead file and a model, or start with the demo.</source>
        <translation>جاهز. افتح ملف عملاء محتملين ونموذجًا، أو ابدأ بالعرض التجريبي.</translation>
    </message>
    <message>
        <source>Open &amp;Demo…</source>
        <translation>&amp;فتح العرض التجريبي…</translation>
    </message>
    <message>
        <source>Open the demo folder</source>
        <translation>افتح مجلد العرض التجريبي</translation>
    </message>
    <message>
        <source>No demo here</source>
        <translation>لا يوجد عرض تجريبي هنا</translation>
    </message>
    <message>
        <source>%1 is missing. Create the demo with: mizan-cli demo --out %2</source>
        <translation>الملف %1 غير موجود. أنشئ العرض التجريبي بالأمر: mizan-cli demo --out %2</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>تم فتح القفل.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>مسجَّل الدخول: %1 (%2)</translation>
    </message>
    <message>
        <source>Mizan – %1</source>
        <translation>ميزان – %1</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>المستخ&amp;دمون</translation>
    </message>
    <message>
        <source>Your role has no tabs yet in this version.</source>
        <translation>لا تتوفر لدورك علامات تبويب بعد في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;جلسة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Idle lock for everyone…</source>
        <translation>القفل عند ال&amp;خمول للجميع…</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>القفل عند الخمول</translation>
    </message>
    <message>
        <source>Lock every session after this many idle minutes:</source>
        <translation>اقفل كل جلسة بعد هذا العدد من دقائق الخمول:</translation>
    </message>
    <message>
        <source>Sessions now lock after %1 idle minutes.</source>
        <translation>تُقفل الجلسات الآن بعد %1 دقيقة من الخمول.</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>ال&amp;تدقيق</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>ال&amp;شرح</translation>
    </message>
    <message>
        <source>Fai&amp;rness</source>
        <translation>الإ&amp;نصاف</translation>
    </message>
    <message>
        <source>Approval &amp;Queue</source>
        <translation>&amp;قائمة انتظار الاعتماد</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>ال&amp;خصوصية</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>النسخ الاحتيا&amp;طي</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>لم تتم الاستعادة</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>جارٍ استعادة %1…</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>تمت الاستعادة</translation>
    </message>
    <message>
        <source>The workspace was restored. Sign in again.</source>
        <translation>تمت استعادة مساحة العمل. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Restore cancelled: the workspace is as it was.</source>
        <translation>أُلغيت الاستعادة: بقيت مساحة العمل على حالها.</translation>
    </message>
    <message>
        <source>The workspace is as it was. %1</source>
        <translation>بقيت مساحة العمل على حالها. %1</translation>
    </message>
    <message>
        <source>Not restored.</source>
        <translation>لم تتم الاستعادة.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>يتعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace is still open elsewhere in this window, so it cannot be replaced. Quit Mizan and restore with: mizan-cli restore --from BACKUP</source>
        <translation>لا تزال مساحة العمل مفتوحة في موضع آخر من هذه النافذة، لذا يتعذّر استبدالها. أنهِ ميزان ثم نفّذ الاستعادة بالأمر: mizan-cli restore --from BACKUP</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>فتح &amp;مساحة عمل…</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>افتح مجلد مساحة عمل</translation>
    </message>
    <message>
        <source>Wait until the running job is done.</source>
        <translation>انتظر حتى تنتهي المهمة الجارية.</translation>
    </message>
    <message>
        <source>This workspace is open already.</source>
        <translation>مساحة العمل هذه مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>ال&amp;مظهر</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>اتّباع &amp;النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;Help for this tab</source>
        <translation>&amp;مساعدة علامة التبويب هذه</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+1 to Ctrl+9 go to the first to the ninth tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;من Ctrl+1 إلى Ctrl+9: الانتقال إلى علامة التبويب من الأولى إلى التاسعة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>مساعدة: %1</translation>
    </message>
    <message>
        <source>Signed in. Manage accounts in the Users tab, and backups in the Backup tab.</source>
        <translation>تم تسجيل الدخول. أدِر الحسابات في علامة تبويب المستخدمين، والنسخ الاحتياطية في علامة تبويب النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Signed in. Import leads or a model in the Scoring tab, or submit a version for approval in the Approval Queue.</source>
        <translation>تم تسجيل الدخول. استورد العملاء المحتملين أو نموذجًا في علامة تبويب حساب الدرجات، أو قدّم إصدارًا للاعتماد في قائمة انتظار الاعتماد.</translation>
    </message>
    <message>
        <source>Signed in. The Approval Queue lists the versions waiting for your decision.</source>
        <translation>تم تسجيل الدخول. تعرض قائمة انتظار الاعتماد الإصدارات التي تنتظر قرارك.</translation>
    </message>
    <message>
        <source>Signed in. Choose a lead set and a model in the Scoring tab, then score them (Ctrl+R).</source>
        <translation>تم تسجيل الدخول. اختر مجموعة عملاء ونموذجًا في علامة تبويب حساب الدرجات، ثم احسب درجاتهم (Ctrl+R).</translation>
    </message>
    <message>
        <source>Signed in. Browse and verify the audit log in the Audit tab.</source>
        <translation>تم تسجيل الدخول. تصفّح سجل التدقيق وتحقّق منه في علامة تبويب التدقيق.</translation>
    </message>
    <message>
        <source>Signed in. Answer subject-access and erasure requests in the Privacy tab.</source>
        <translation>تم تسجيل الدخول. أجب عن طلبات الوصول إلى البيانات ومحوها في علامة تبويب الخصوصية.</translation>
    </message>
</context>
<context>
    <name>mizan::ModelBundle</name>
    <message>
        <source>%1: the model has %2 features but its encoder gives %3</source>
        <translation>%1: عدد خصائص النموذج %2، لكن المرمِّز الخاص به يعطي %3</translation>
    </message>
    <message>
        <source>%1: the model's feature names differ from its encoder's</source>
        <translation>%1: أسماء خصائص النموذج تختلف عن أسمائها في المرمِّز الخاص به</translation>
    </message>
    <message>
        <source>%1: the model stores no feature names, so %2</source>
        <translation>%1: لا يحفظ النموذج أسماء الخصائص، لذا %2</translation>
    </message>
    <message>
        <source>%1: XGBoost reads %2 features, the file declares %3</source>
        <translation>%1: يقرأ XGBoost عدد %2 من الخصائص، بينما يصرّح الملف بـ %3</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>ملف النموذج</translation>
    </message>
    <message>
        <source>%1: not a Mizan model bundle (JSON error at byte %2: %3)</source>
        <translation>%1: ليس حزمة نموذج ميزان (خطأ JSON عند البايت %2: %3)</translation>
    </message>
    <message>
        <source>expected "%1", found "%2"</source>
        <translation>المتوقع "%1"، ووُجد "%2"</translation>
    </message>
    <message>
        <source>expected "trained" or "imported"</source>
        <translation>المتوقع "trained" أو "imported"</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time</source>
        <translation>المتوقع وقت بصيغة ISO 8601</translation>
    </message>
    <message>
        <source>%1: the embedded model does not match its recorded SHA-256: the bundle was altered or damaged</source>
        <translation>%1: النموذج المضمَّن لا يطابق قيمة SHA-256 المسجّلة له: الحزمة معدَّلة أو تالفة</translation>
    </message>
    <message>
        <source>model bundle</source>
        <translation>حزمة النموذج</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the %2: %3</source>
        <translation>%1: يتعذّر فتح %2: %3</translation>
    </message>
    <message>
        <source>%1: the %2 is larger than the limit of %3</source>
        <translation>%1: حجم %2 يتجاوز الحد %3</translation>
    </message>
    <message>
        <source>%1: the embedded model is not in the form Mizan writes: the bundle was not made by Mizan or was altered</source>
        <translation>%1: النموذج المضمَّن ليس بالصيغة التي يكتبها ميزان: فإما أن الحزمة لم يُنشئها ميزان، وإما أنها عُدِّلت</translation>
    </message>
    <message>
        <source>%1: the bundle does not match its recorded SHA-256 (bundle_sha256): it was altered or damaged after it was written</source>
        <translation>%1: الحزمة لا تطابق قيمة SHA-256 المسجّلة لها (bundle_sha256): عُدِّلت أو تلفت بعد كتابتها</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>المتوقع كائن</translation>
    </message>
    <message>
        <source>expected an object or null</source>
        <translation>المتوقع كائن أو null</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>المتوقع سلسلة نصية أو null</translation>
    </message>
</context>
<context>
    <name>mizan::ModelCard</name>
    <message>
        <source># Model card: %1 (model %2)

</source>
        <translation># بطاقة النموذج: %1 (النموذج %2)

</translation>
    </message>
    <message>
        <source>State: **%1**. Generated %2 by %3 from workspace %4.

</source>
        <translation>الحالة: **%1**. أُنشئت في %2 بواسطة %3 من مساحة العمل %4.

</translation>
    </message>
    <message>
        <source>## Intended use

</source>
        <translation>## الاستخدام المقصود

</translation>
    </message>
    <message>
        <source>Ranks business leads of the economic-zone authority by their probability of converting (%1), to decide which leads staff contact first. It supports a person's decision and does not replace it: every score can be explained, and an analyst may record a different decision with a reason. Not for decisions about individuals outside this purpose.

</source>
        <translation>يرتّب العملاء المحتملين من قطاع الأعمال لدى سلطة المنطقة الاقتصادية بحسب احتمال تحوّلهم (%1)، لتحديد العملاء الذين يتواصل معهم الموظفون أولًا. وهو يدعم قرار الإنسان ولا يحلّ محله: إذ يمكن شرح كل درجة، ويجوز للمحلل تسجيل قرار مختلف مع بيان السبب. ولا يُستخدم لاتخاذ قرارات بشأن أفراد خارج هذا الغرض.

</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Justification at submission (%1): %2

</source>
        <translation>المبررات عند التقديم (%1): %2

</translation>
    </message>
    <message>
        <source>## Lineage

</source>
        <translation>## المنشأ

</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 للنموذج</translation>
    </message>
    <message>
        <source>Bundle SHA-256</source>
        <translation>SHA-256 للحزمة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورَد</translation>
    </message>
    <message>
        <source>trained here</source>
        <translation>مدرَّب هنا</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المُعِدّ</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <source>not known (imported)</source>
        <translation>غير معروفة (نموذج مستورَد)</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>## Data

</source>
        <translation>## البيانات

</translation>
    </message>
    <message numerus="yes">
        <source>Dataset spec %1 with %n feature(s): </source>
        <translation>
            <numerusform>مواصفات البيانات %1 بلا خصائص: </numerusform>
            <numerusform>مواصفات البيانات %1 بخاصية واحدة: </numerusform>
            <numerusform>مواصفات البيانات %1 بخاصيتين: </numerusform>
            <numerusform>مواصفات البيانات %1 بـ%n خصائص: </numerusform>
            <numerusform>مواصفات البيانات %1 بـ%n خاصية: </numerusform>
            <numerusform>مواصفات البيانات %1 بـ%n خاصية: </numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive attributes (used only to measure fairness): %1.

</source>
        <translation>السمات الحساسة (تُستخدم لقياس الإنصاف فقط): %1.

</translation>
    </message>
    <message>
        <source>## Metrics

</source>
        <translation>## المقاييس

</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>جزء البيانات</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>الخسارة اللوغاريتمية</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>| - | - | - | - | - | no metrics in the bundle |
</source>
        <translation>| - | - | - | - | - | لا توجد مقاييس في الحزمة |
</translation>
    </message>
    <message>
        <source>## Fairness

</source>
        <translation>## الإنصاف

</translation>
    </message>
    <message>
        <source>No fairness report has been made for this version.

</source>
        <translation>لم يُعَدّ تقرير إنصاف لهذا الإصدار.

</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>
From the report of %1 by %2 on lead set %3 at threshold %4.

</source>
        <translation>
من التقرير المؤرَّخ %1 الذي أعدّه %2 على مجموعة العملاء المحتملين %3 عند العتبة %4.

</translation>
    </message>
    <message>
        <source>## Explainability

</source>
        <translation>## قابلية التفسير

</translation>
    </message>
    <message>
        <source>Every score is explained exactly with TreeSHAP (contributions that add up to the score's log-odds), with LIME as a cross-check and counterfactuals on request.</source>
        <translation>تُشرح كل درجة شرحًا دقيقًا باستخدام TreeSHAP (مساهمات يساوي مجموعها لوغاريتم الأرجحية للدرجة)، مع LIME للتحقق المتقاطع، والتغييرات المقترحة عند الطلب.</translation>
    </message>
    <message>
        <source>The most influential features (mean |SHAP|): %1.</source>
        <translation>الخصائص الأكثر تأثيرًا (متوسط |SHAP|): %1.</translation>
    </message>
    <message>
        <source>## Risk assessment

</source>
        <translation>## تقييم المخاطر

</translation>
    </message>
    <message>
        <source>No risk assessment has been made.

</source>
        <translation>لم يُجرَ تقييم للمخاطر.

</translation>
    </message>
    <message>
        <source>## Limitations

</source>
        <translation>## القيود

</translation>
    </message>
    <message>
        <source>- Trained on historical leads: it reflects past conversions and past outreach, including their biases.
- Scores are valid only for leads described by the same spec; categories unseen in training are treated as missing.
- Performance and fairness are monitored after deployment; the approval must be renewed by its revalidation date.

</source>
        <translation>- دُرِّب على بيانات عملاء محتملين سابقين: فهو يعكس حالات التحوّل وجهود التواصل السابقة، بما فيها من تحيّزات.
- لا تصحّ الدرجات إلا للعملاء المحتملين الموصوفين وفق المواصفات نفسها؛ وتُعامَل الأصناف التي لم تظهر في التدريب معاملة القيم المفقودة.
- يخضع الأداء والإنصاف للمراقبة بعد النشر؛ ويجب تجديد الاعتماد بحلول تاريخ إعادة التحقق.

</translation>
    </message>
    <message>
        <source>## Approvals and signatures

</source>
        <translation>## الاعتمادات والتوقيعات

</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>توقيع Ed25519</translation>
    </message>
    <message>
        <source>
Approved until %1 (revalidation date).
</source>
        <translation>
معتمد حتى %1 (تاريخ إعادة التحقق).
</translation>
    </message>
</context>
<context>
    <name>mizan::ModelHistoryModel</name>
    <message>
        <source>Registered</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Rolled back to</source>
        <translation>التراجع إلى</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>إيقاف نهائي</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>المخاطر %1</translation>
    </message>
    <message>
        <source>revalidate by %1</source>
        <translation>إعادة التحقق بحلول %1</translation>
    </message>
    <message>
        <source>gates overridden: %1 (%2)</source>
        <translation>بوابات جرى تجاوزها: %1 (%2)</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <source>Ed25519 signature by %1, verified when the registry loaded:
%2</source>
        <translation>توقيع Ed25519 من %1، جرى التحقق منه عند تحميل مستودع النماذج:
%2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
</context>
<context>
    <name>mizan::ModelRegistry</name>
    <message>
        <source>registered</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>rolled back to</source>
        <translation>التراجع إلى</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>إيقاف نهائي</translation>
    </message>
    <message>
        <source>Model %1 cannot be %2: %3</source>
        <translation>لا يمكن %2 النموذج %1: %3</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>موقوف نهائيًا</translation>
    </message>
    <message>
        <source>%1 is not a model event (%2).</source>
        <translation>%1 ليس حدثًا من أحداث النماذج (%2).</translation>
    </message>
    <message>
        <source>%1 has the unknown format %2.</source>
        <translation>صيغة %1 غير معروفة: %2.</translation>
    </message>
    <message>
        <source>%1 has the unknown action %2.</source>
        <translation>الإجراء في %1 غير معروف: %2.</translation>
    </message>
    <message>
        <source>%1 is not in canonical form.</source>
        <translation>%1 ليس بالصيغة المعيارية.</translation>
    </message>
    <message>
        <source>%1's role (%2) does not hold %3.</source>
        <translation>لا يملك دور %1 (%2) الصلاحية %3.</translation>
    </message>
    <message>
        <source>nobody is named as acting.</source>
        <translation>لم يُحدَّد منفِّذ للإجراء.</translation>
    </message>
    <message>
        <source>it is registered already.</source>
        <translation>النموذج مسجَّل بالفعل.</translation>
    </message>
    <message>
        <source>it was never registered.</source>
        <translation>لم يُسجَّل النموذج قط.</translation>
    </message>
    <message>
        <source>the decision names other model bytes than were registered.</source>
        <translation>يشير القرار إلى بايتات نموذج غير التي سُجِّلت.</translation>
    </message>
    <message>
        <source>a justification is required.</source>
        <translation>المبررات مطلوبة.</translation>
    </message>
    <message>
        <source>a comment giving the reason is required.</source>
        <translation>يجب إدخال تعليق يبيّن السبب.</translation>
    </message>
    <message>
        <source>it is %1, not a draft.</source>
        <translation>حالته «%1»، وليست «مسودة».</translation>
    </message>
    <message>
        <source>it is %1; only a submitted version (or an approved one being revalidated) can be approved.</source>
        <translation>حالته «%1»؛ ولا يمكن اعتماد إلا إصدار مقدَّم (أو إصدار معتمد تجري إعادة التحقق منه).</translation>
    </message>
    <message>
        <source>%1 trained, imported or submitted it; four eyes: somebody else must approve it.</source>
        <translation>%1 درّبه أو استورده أو قدّمه؛ ووفق مبدأ الأربع أعين يجب أن يعتمده شخص آخر.</translation>
    </message>
    <message>
        <source>%1 has approved it already; the second approval must come from a different risk officer.</source>
        <translation>%1 اعتمده بالفعل؛ ويجب أن يصدر الاعتماد الثاني عن مسؤول مخاطر آخر.</translation>
    </message>
    <message>
        <source>the revalidation date must be after the approval and at most 12 months after it.</source>
        <translation>يجب أن يكون تاريخ إعادة التحقق بعد الاعتماد وألا يتجاوز 12 شهرًا منه.</translation>
    </message>
    <message>
        <source>overriding a failing policy gate needs a written reason.</source>
        <translation>يتطلب تجاوز بوابة سياسة غير مستوفاة سببًا مكتوبًا.</translation>
    </message>
    <message>
        <source>it is %1, not submitted.</source>
        <translation>حالته «%1»، وليست «مقدَّم».</translation>
    </message>
    <message>
        <source>%1 trained, imported or submitted it; four eyes: somebody else must decide on it.</source>
        <translation>%1 درّبه أو استورده أو قدّمه؛ ووفق مبدأ الأربع أعين يجب أن يبتّ فيه شخص آخر.</translation>
    </message>
    <message>
        <source>it is deployed already.</source>
        <translation>النموذج منشور بالفعل.</translation>
    </message>
    <message>
        <source>it is %1; only an approved version can be deployed.</source>
        <translation>حالته «%1»؛ ولا يمكن نشر إلا إصدار معتمد.</translation>
    </message>
    <message>
        <source>its approval expired on %1; it must be approved again first.</source>
        <translation>انتهت صلاحية اعتماده في %1؛ ويجب اعتماده مرة أخرى أولًا.</translation>
    </message>
    <message>
        <source>no version is deployed, so there is nothing to roll back.</source>
        <translation>لا يوجد إصدار منشور، فلا يوجد ما يُتراجع عنه.</translation>
    </message>
    <message>
        <source>it was never deployed; roll back only to an earlier deployed version (deploy it instead).</source>
        <translation>لم يُنشر قط؛ لا يكون التراجع إلا إلى إصدار سبق نشره (انشره بدلًا من ذلك).</translation>
    </message>
    <message>
        <source>it is deployed; deploy or roll back to another version first.</source>
        <translation>النموذج منشور؛ انشر إصدارًا آخر أو تراجع إليه أولًا.</translation>
    </message>
    <message>
        <source>it is retired already.</source>
        <translation>النموذج موقوف نهائيًا بالفعل.</translation>
    </message>
    <message>
        <source>Model event %1</source>
        <translation>حدث النموذج %1</translation>
    </message>
    <message>
        <source>%1 belongs to another workspace.</source>
        <translation>ينتمي %1 إلى مساحة عمل أخرى.</translation>
    </message>
    <message>
        <source>%1 does not follow event %2: the registry's history was changed (an event removed, inserted or reordered).</source>
        <translation>لا يلي %1 الحدث %2: جرى تغيير التسلسل الزمني لمستودع النماذج (حُذف حدث أو أُدرج أو أُعيد ترتيبه).</translation>
    </message>
    <message>
        <source>%1 (%2 of model %3 by %4) does not carry a valid signature of %4: it was not made by that person, or was changed afterwards.</source>
        <translation>%1 (الإجراء %2 على النموذج %3 بواسطة %4) لا يحمل توقيعًا صالحًا من %4: فإما أنه لم يصدر عن هذا الشخص، وإما أنه عُدِّل لاحقًا.</translation>
    </message>
    <message>
        <source>%1 breaks the approval rules: %2</source>
        <translation>يخالف %1 قواعد الاعتماد: %2</translation>
    </message>
</context>
<context>
    <name>mizan::OptimizerModel</name>
    <message>
        <source>%1 with probability %2, else %3</source>
        <translation>%1 باحتمال %2، وإلا %3</translation>
    </message>
    <message>
        <source>%1; for %2 of leads instead: selected with probability %3</source>
        <translation>%1؛ وبدلًا من ذلك لنسبة %2 من العملاء: يُختار العميل باحتمال %3</translation>
    </message>
    <message>
        <source>%1: no result (%2)</source>
        <translation>%1: لا توجد نتيجة (%2)</translation>
    </message>
    <message>
        <source>a common selection rate of %1</source>
        <translation>معدل اختيار موحّد قدره %1</translation>
    </message>
    <message>
        <source>a common true positive rate of %1 and false positive rate of %2</source>
        <translation>معدل إيجابيات حقيقية موحّد قدره %1 ومعدل إيجابيات كاذبة قدره %2</translation>
    </message>
    <message>
        <source>%1: %2; expected accuracy %3 (one threshold %4: %5); violation %6 (one threshold: %7).</source>
        <translation>%1: %2؛ الدقة المتوقعة %3 (بعتبة واحدة %4: %5)؛ مقدار انتهاك القيد %6 (بعتبة واحدة: %7).</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Decision rule (reported, not applied)</source>
        <translation>قاعدة القرار (معروضة فقط، غير مطبَّقة)</translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation>معدل الاختيار</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
</context>
<context>
    <name>mizan::OutcomeMonitor</name>
    <message>
        <source>Realised ROC AUC %1 on %2 known outcomes is %3 below the approved %4 (policy: at most %5).</source>
        <translation>قيمة ROC AUC المحقَّقة %1 على %2 من النتائج الفعلية المعروفة أقل من القيمة المعتمدة %4 بمقدار %3 (السياسة: %5 على الأكثر).</translation>
    </message>
    <message>
        <source>Scoring run %1: the demographic parity ratio of %2 on the leads with known outcomes is %3, below the policy's %4.</source>
        <translation>عملية حساب الدرجات %1: نسبة التكافؤ الديموغرافي حسب %2 على العملاء المحتملين معروفي النتائج الفعلية هي %3، وهي أقل من الحد %4 الذي تشترطه السياسة.</translation>
    </message>
</context>
<context>
    <name>mizan::OutcomesView</name>
    <message>
        <source>Scoring run</source>
        <translation>عملية حساب الدرجات</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>وقت حساب الدرجات</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Known outcomes</source>
        <translation>النتائج الفعلية المعروفة</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>تحوّلوا</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>المعدل الفعلي</translation>
    </message>
    <message>
        <source>Lowest DP ratio</source>
        <translation>أدنى نسبة تكافؤ ديموغرافي</translation>
    </message>
    <message>
        <source>Choose a version in the queue.</source>
        <translation>اختر إصدارًا من قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Approved on ROC AUC %1 (%2).</source>
        <translation>اعتُمد بقيمة ROC AUC تبلغ %1 (%2).</translation>
    </message>
    <message>
        <source>No ROC AUC to compare with.</source>
        <translation>لا توجد قيمة ROC AUC للمقارنة بها.</translation>
    </message>
    <message>
        <source>Realised on %1 leads with known outcomes: ROC AUC %2, mean score %3 against an observed conversion rate of %4.</source>
        <translation>الأداء المحقَّق على %1 من العملاء المحتملين معروفي النتائج الفعلية: ROC AUC %2، ومتوسط الدرجة %3 مقابل معدل تحوّل فعلي قدره %4.</translation>
    </message>
    <message>
        <source>No outcome of a lead it scored is known yet: import outcomes when conversions are known.</source>
        <translation>لا تُعرف بعد النتيجة الفعلية لأي عميل محتمل حسب هذا الإصدار درجته: استورد النتائج الفعلية عندما تُعرف حالات التحوّل.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>كل عمليات حساب الدرجات</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>Raised %1: %2</source>
        <translation>صدر في %1: %2</translation>
    </message>
    <message>
        <source>Outcome alerts for the risk officer:</source>
        <translation>تنبيهات النتائج الفعلية لمسؤول المخاطر:</translation>
    </message>
    <message>
        <source>Not approved; its latest ROC AUC is %1 (%2).</source>
        <translation>غير معتمد؛ آخر قيمة لـ ROC AUC له هي %1 (%2).</translation>
    </message>
    <message>
        <source>Outcomes by scoring run</source>
        <translation>النتائج الفعلية حسب عملية حساب الدرجات</translation>
    </message>
</context>
<context>
    <name>mizan::PasswordKdf</name>
    <message>
        <source>the Argon2id salt must be at least 16 bytes</source>
        <translation>يجب ألا يقل ملح Argon2id عن 16 بايت</translation>
    </message>
    <message>
        <source>Argon2id lanes must be from 1 to 16</source>
        <translation>يجب أن يكون عدد مسارات Argon2id من 1 إلى 16</translation>
    </message>
    <message>
        <source>Argon2id memory must be from %1 MiB to 4 GiB</source>
        <translation>يجب أن تكون ذاكرة Argon2id من %1 MiB إلى 4 GiB</translation>
    </message>
    <message>
        <source>Argon2id passes must be from %1 to 100</source>
        <translation>يجب أن يكون عدد تمريرات Argon2id من %1 إلى 100</translation>
    </message>
    <message>
        <source>expected "argon2id"</source>
        <translation>المتوقع "argon2id"</translation>
    </message>
    <message>
        <source>expected base64</source>
        <translation>المتوقع ترميز base64</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>فشل Argon2id: %1</translation>
    </message>
</context>
<context>
    <name>mizan::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters (it has %2). A sentence of a few words is easy to remember and hard to guess.</source>
        <translation>يجب ألا تقل كلمة المرور عن %1 حرفًا (وهي من %2). الجملة المكوّنة من بضع كلمات سهلة التذكّر وصعبة التخمين.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>يجب ألا تتضمن كلمة المرور اسم المستخدم.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>يجب ألا تكون كلمة المرور هي اسم المستخدم.</translation>
    </message>
    <message>
        <source>This password is too common or too predictable; choose another.</source>
        <translation>كلمة المرور هذه شائعة جدًا أو سهلة التوقع؛ اختر غيرها.</translation>
    </message>
</context>
<context>
    <name>mizan::PasswordPromptDialog</name>
    <message>
        <source>Your password</source>
        <translation>كلمة مرورك</translation>
    </message>
</context>
<context>
    <name>mizan::PolicyDialog</name>
    <message>
        <source>Bias policy</source>
        <translation>سياسة التحيّز</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;إضافة قاعدة</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;حذف قاعدة</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>ال&amp;قيم الافتراضية</translation>
    </message>
    <message>
        <source>The four-fifths rule (demographic parity ratio ≥ 0.8) and equalized odds difference ≤ 0.1 on every attribute.</source>
        <translation>قاعدة الأربعة أخماس (نسبة التكافؤ الديموغرافي ≥ 0.8) وفرق تكافؤ الاحتمالات ≤ 0.1 على كل سمة.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Each rule is checked on every attribute of a report, or on the one named. Saving the policy is recorded in the audit log; the report is then computed again.</source>
        <translation>تُفحص كل قاعدة على كل سمة في التقرير، أو على السمة المحددة فيها. يُسجَّل حفظ السياسة في سجل التدقيق، ثم يُعاد حساب التقرير.</translation>
    </message>
    <message>
        <source>Every attribute</source>
        <translation>كل السمات</translation>
    </message>
    <message>
        <source>the edited policy</source>
        <translation>السياسة المعدَّلة</translation>
    </message>
    <message>
        <source>Give the policy a name: verdicts and the audit log cite it.</source>
        <translation>أعطِ السياسة اسمًا: تشير إليه الأحكام وسجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>mizan::PrivacyTab</name>
    <message>
        <source>set %1, row %2</source>
        <translation>المجموعة %1، الصف %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>صاحب البيانات</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>صفوف البيانات</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>بيانات التعريف</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>الحفظ القانوني</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفروض على</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>فرضه</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>تاريخ الفرض</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>عملية المحو</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>المفاتيح المُتلَفة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>المحذوف</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>أصحاب البيانات</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>أوامر الحفظ القانوني</translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation>قائمة عمليات المحو</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>مسار البيانات</translation>
    </message>
    <message>
        <source>Lead id, e-mail address, phone number or name</source>
        <translation>معرّف العميل أو عنوان البريد الإلكتروني أو رقم الهاتف أو الاسم</translation>
    </message>
    <message>
        <source>Find a data subject</source>
        <translation>البحث عن صاحب بيانات</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Find a data subject:</source>
        <translation>البحث عن صاحب بيانات:</translation>
    </message>
    <message>
        <source>&amp;Prepare subject access</source>
        <translation>&amp;إعداد الرد على طلب الوصول</translation>
    </message>
    <message>
        <source>Everything held about the subject, and the letter that explains the automated decision</source>
        <translation>كل ما هو محفوظ عن صاحب البيانات، والخطاب الذي يشرح القرار الآلي</translation>
    </message>
    <message>
        <source>Letter in English</source>
        <translation>الخطاب بالإنجليزية</translation>
    </message>
    <message>
        <source>Letter in Arabic</source>
        <translation>الخطاب بالعربية</translation>
    </message>
    <message>
        <source>&amp;Save export…</source>
        <translation>&amp;حفظ ملف التصدير…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;محو…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>معاينة الخطاب</translation>
    </message>
    <message>
        <source>A legal hold on a lead set or a model version stops erasure and retention of what it covers until it is lifted.</source>
        <translation>يوقف الحفظ القانوني المفروض على مجموعة عملاء أو إصدار نموذج محوَ ما يشمله وحذفَه بموجب مدد الاحتفاظ، إلى أن يُرفع.</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>&amp;فرض حفظ قانوني…</translation>
    </message>
    <message>
        <source>&amp;Lift hold…</source>
        <translation>&amp;رفع الحفظ القانوني…</translation>
    </message>
    <message>
        <source>Every erasure, in order. The register holds no personal data; restoring an older backup re-applies it.</source>
        <translation>جميع عمليات المحو بترتيب حدوثها. لا تحتوي القائمة على أي بيانات شخصية؛ وعند استعادة نسخة احتياطية أقدم تُطبَّق عمليات المحو المدرجة فيها من جديد.</translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Privacy tab waits for it.</source>
        <translation>مهمة أخرى تستخدم مساحة العمل؛ وتنتظر علامة تبويب الخصوصية انتهاءها.</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>lifted by %1 on %2: %3</source>
        <translation>رفعه %1 في %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>التنبؤات: %n</numerusform>
            <numerusform>التنبؤات: %n</numerusform>
            <numerusform>التنبؤات: %n</numerusform>
            <numerusform>التنبؤات: %n</numerusform>
            <numerusform>التنبؤات: %n</numerusform>
            <numerusform>التنبؤات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) and appeal(s)</source>
        <translation>
            <numerusform>القرارات والتظلمات: %n</numerusform>
            <numerusform>القرارات والتظلمات: %n</numerusform>
            <numerusform>القرارات والتظلمات: %n</numerusform>
            <numerusform>القرارات والتظلمات: %n</numerusform>
            <numerusform>القرارات والتظلمات: %n</numerusform>
            <numerusform>القرارات والتظلمات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Search refused</source>
        <translation>رُفض البحث</translation>
    </message>
    <message numerus="yes">
        <source>%n data subject(s) found.</source>
        <translation>
            <numerusform>عُثر على %n صاحب بيانات.</numerusform>
            <numerusform>عُثر على %n صاحب بيانات.</numerusform>
            <numerusform>عُثر على %n صاحبَي بيانات.</numerusform>
            <numerusform>عُثر على %n أصحاب بيانات.</numerusform>
            <numerusform>عُثر على %n صاحبَ بيانات.</numerusform>
            <numerusform>عُثر على %n صاحب بيانات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the subject access export…</source>
        <translation>جارٍ إعداد ملف الرد على طلب الوصول…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>The subject access export could not be prepared</source>
        <translation>تعذّر إعداد ملف الرد على طلب الوصول</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), %2 prediction(s) explained, %3 human decision(s), %4 appeal(s), %5 audit entries. Prepared and recorded in the audit log.</source>
        <translation>
            <numerusform>%1: صفوف البيانات: %n؛ التنبؤات المشروحة: %2، والقرارات البشرية: %3، والتظلمات: %4، وقيود التدقيق: %5. أُعدّ الملف وسُجِّل في سجل التدقيق.</numerusform>
            <numerusform>%1: صفوف البيانات: %n؛ التنبؤات المشروحة: %2، والقرارات البشرية: %3، والتظلمات: %4، وقيود التدقيق: %5. أُعدّ الملف وسُجِّل في سجل التدقيق.</numerusform>
            <numerusform>%1: صفوف البيانات: %n؛ التنبؤات المشروحة: %2، والقرارات البشرية: %3، والتظلمات: %4، وقيود التدقيق: %5. أُعدّ الملف وسُجِّل في سجل التدقيق.</numerusform>
            <numerusform>%1: صفوف البيانات: %n؛ التنبؤات المشروحة: %2، والقرارات البشرية: %3، والتظلمات: %4، وقيود التدقيق: %5. أُعدّ الملف وسُجِّل في سجل التدقيق.</numerusform>
            <numerusform>%1: صفوف البيانات: %n؛ التنبؤات المشروحة: %2، والقرارات البشرية: %3، والتظلمات: %4، وقيود التدقيق: %5. أُعدّ الملف وسُجِّل في سجل التدقيق.</numerusform>
            <numerusform>%1: صفوف البيانات: %n؛ التنبؤات المشروحة: %2، والقرارات البشرية: %3، والتظلمات: %4، وقيود التدقيق: %5. أُعدّ الملف وسُجِّل في سجل التدقيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject access export is ready to save.</source>
        <translation>ملف الرد على طلب الوصول جاهز للحفظ.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder.</source>
        <translation>%1 موجود بالفعل؛ اختر مجلدًا فارغًا.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Saved the export and both letters in %1.</source>
        <translation>حُفظ ملف التصدير والخطابان في %1.</translation>
    </message>
    <message>
        <source>Save the export in</source>
        <translation>حفظ ملف التصدير في</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>لم يتم المحو</translation>
    </message>
    <message>
        <source>Erased as erasure %1: %2 record(s) anonymised, %3 key(s) destroyed.</source>
        <translation>نُفِّذ المحو برقم %1: عدد صفوف البيانات التي أصبحت مجهولة الهوية %2، وعدد المفاتيح المُتلَفة %3.</translation>
    </message>
    <message>
        <source>The data subject was erased (erasure %1).</source>
        <translation>مُحيت بيانات صاحب البيانات (عملية المحو %1).</translation>
    </message>
    <message>
        <source>No hold placed</source>
        <translation>لم يُفرض الحفظ القانوني</translation>
    </message>
    <message>
        <source>Legal hold %1 placed on %2.</source>
        <translation>فُرض الحفظ القانوني %1 على %2.</translation>
    </message>
    <message>
        <source>The hold was not lifted</source>
        <translation>لم يُرفع الحفظ القانوني</translation>
    </message>
    <message>
        <source>Legal hold %1 lifted.</source>
        <translation>رُفع الحفظ القانوني %1.</translation>
    </message>
    <message>
        <source>Lead set %1: %2</source>
        <translation>مجموعة العملاء %1: %2</translation>
    </message>
    <message>
        <source>Model version %1: %2</source>
        <translation>إصدار النموذج %1: %2</translation>
    </message>
    <message>
        <source>Lift legal hold %1</source>
        <translation>رفع الحفظ القانوني %1</translation>
    </message>
    <message>
        <source>Why is the hold lifted?</source>
        <translation>ما سبب رفع الحفظ القانوني؟</translation>
    </message>
    <message>
        <source>Lead set</source>
        <translation>مجموعة العملاء</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>التنبؤات</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج الفعلية</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>حساب الدرجات</translation>
    </message>
    <message>
        <source>produced</source>
        <translation>إنتاج</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Lead sets (from import):</source>
        <translation>مجموعات العملاء (من تاريخ الاستيراد):</translation>
    </message>
    <message>
        <source>Predictions (from scoring):</source>
        <translation>التنبؤات (من تاريخ حساب الدرجات):</translation>
    </message>
    <message>
        <source>Known outcomes:</source>
        <translation>النتائج الفعلية المعروفة:</translation>
    </message>
    <message>
        <source>Explanations (not stored):</source>
        <translation>الشروح (لا تُحفظ):</translation>
    </message>
    <message>
        <source>Exported files:</source>
        <translation>الملفات المصدَّرة:</translation>
    </message>
    <message>
        <source>Audit log (at least 6 years):</source>
        <translation>سجل التدقيق (6 سنوات على الأقل):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation>&amp;حفظ المدد</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>ت&amp;شغيل تجريبي</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>ت&amp;طبيق…</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>نوع البيانات</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>محفوظ بموجب</translation>
    </message>
    <message>
        <source>Trace from</source>
        <translation>التتبّع انطلاقًا من</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;تتبّع</translation>
    </message>
    <message>
        <source>Trace from:</source>
        <translation>التتبّع انطلاقًا من:</translation>
    </message>
    <message>
        <source>Data set, model, run or export</source>
        <translation>مجموعة البيانات أو النموذج أو عملية حساب الدرجات أو التصدير</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>قيمة التجزئة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The periods were not saved</source>
        <translation>لم تُحفظ المدد</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation>حُفظت مدد الاحتفاظ.</translation>
    </message>
    <message>
        <source>Retention was not applied</source>
        <translation>لم تُطبَّق مدد الاحتفاظ</translation>
    </message>
    <message>
        <source>The dry run failed</source>
        <translation>تعذّر التشغيل التجريبي</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>سيُحذف</translation>
    </message>
    <message>
        <source>legal hold %1</source>
        <translation>الحفظ القانوني %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention applied: %n item(s) removed.</source>
        <translation>
            <numerusform>طُبِّقت مدد الاحتفاظ: حُذف %n عنصر.</numerusform>
            <numerusform>طُبِّقت مدد الاحتفاظ: حُذف %n عنصر.</numerusform>
            <numerusform>طُبِّقت مدد الاحتفاظ: حُذف %n عنصران.</numerusform>
            <numerusform>طُبِّقت مدد الاحتفاظ: حُذفت %n عناصر.</numerusform>
            <numerusform>طُبِّقت مدد الاحتفاظ: حُذف %n عنصرًا.</numerusform>
            <numerusform>طُبِّقت مدد الاحتفاظ: حُذف %n عنصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n item(s) would be removed.</source>
        <translation>
            <numerusform>التشغيل التجريبي: سيُحذف %n عنصر.</numerusform>
            <numerusform>التشغيل التجريبي: سيُحذف %n عنصر.</numerusform>
            <numerusform>التشغيل التجريبي: سيُحذف %n عنصران.</numerusform>
            <numerusform>التشغيل التجريبي: ستُحذف %n عناصر.</numerusform>
            <numerusform>التشغيل التجريبي: سيُحذف %n عنصرًا.</numerusform>
            <numerusform>التشغيل التجريبي: سيُحذف %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply retention</source>
        <translation>تطبيق مدد الاحتفاظ</translation>
    </message>
    <message>
        <source>What the dry run lists is deleted now and cannot be restored. Your password:</source>
        <translation>سيُحذف الآن ما يُدرجه التشغيل التجريبي، ولا يمكن استعادته. كلمة مرورك:</translation>
    </message>
    <message>
        <source>Lineage could not be traced</source>
        <translation>تعذّر تتبّع مسار البيانات</translation>
    </message>
    <message numerus="yes">
        <source>Lineage of %1: %n item(s).</source>
        <translation>
            <numerusform>مسار بيانات %1: %n عنصر.</numerusform>
            <numerusform>مسار بيانات %1: %n عنصر.</numerusform>
            <numerusform>مسار بيانات %1: %n عنصران.</numerusform>
            <numerusform>مسار بيانات %1: %n عناصر.</numerusform>
            <numerusform>مسار بيانات %1: %n عنصرًا.</numerusform>
            <numerusform>مسار بيانات %1: %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data subjects found</source>
        <translation>أصحاب البيانات الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>Retention: what is due</source>
        <translation>الاحتفاظ بالبيانات: ما انقضت مدته</translation>
    </message>
</context>
<context>
    <name>mizan::RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (غير موجود)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>لا توجد مساحات عمل حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
</context>
<context>
    <name>mizan::RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>This key opens the workspace if every administrator password is lost. It is shown only now: write it down or print it, and lock it away. Whoever holds it can act as an administrator; its use is recorded in the audit log.</source>
        <translation>يفتح هذا المفتاح مساحة العمل إذا فُقدت كلمات مرور جميع المسؤولين. لن يُعرض إلا الآن: دوّنه أو اطبعه واحفظه في مكان آمن. يستطيع من يحوزه التصرف بصفة مسؤول نظام، ويُسجَّل استخدامه في سجل التدقيق.</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>&amp;دوّنت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation>الإغلاق دون حفظ مفتاح الاسترداد؟</translation>
    </message>
    <message>
        <source>You will never see this key again. Close anyway?</source>
        <translation>لن ترى هذا المفتاح مرة أخرى أبدًا. هل تريد الإغلاق رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>mizan::RestoreRunner</name>
    <message>
        <source>Restoring %1…</source>
        <translation>جارٍ استعادة %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Cancelling… the workspace stays as it was.</source>
        <translation>جارٍ الإلغاء… ستبقى مساحة العمل على حالها.</translation>
    </message>
    <message>
        <source>The workspace was restored from %1, made %2.</source>
        <translation>استُعيدت مساحة العمل من %1 المُنشأة في %2.</translation>
    </message>
    <message>
        <source>Its audit log holds %1 entries; the restore is recorded in it.</source>
        <translation>يحتوي سجل التدقيق فيها على %1 من القيود، وقد سُجِّلت الاستعادة فيه.</translation>
    </message>
    <message>
        <source>The workspace it replaced is kept in %1.</source>
        <translation>مساحة العمل التي استُبدلت محفوظة في %1.</translation>
    </message>
    <message>
        <source>The replaced workspace's log held %1 entries.</source>
        <translation>كان سجل مساحة العمل المستبدَلة يحتوي على %1 من القيود.</translation>
    </message>
    <message>
        <source>No erasure needed to be applied again.</source>
        <translation>لم تكن هناك حاجة إلى إعادة تطبيق أي عملية محو.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) made after the backup were applied again.</source>
        <translation>
            <numerusform>أُعيد تطبيق %n عملية محو أُجريت بعد النسخة الاحتياطية.</numerusform>
            <numerusform>أُعيد تطبيق عملية محو واحدة أُجريت بعد النسخة الاحتياطية.</numerusform>
            <numerusform>أُعيد تطبيق عمليتَي محو أُجريتا بعد النسخة الاحتياطية.</numerusform>
            <numerusform>أُعيد تطبيق %n عمليات محو أُجريت بعد النسخة الاحتياطية.</numerusform>
            <numerusform>أُعيد تطبيق %n عمليةَ محو أُجريت بعد النسخة الاحتياطية.</numerusform>
            <numerusform>أُعيد تطبيق %n عملية محو أُجريت بعد النسخة الاحتياطية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying took %1 ms; restoring %2 ms.</source>
        <translation>استغرق التحقق %1 ms، واستغرقت الاستعادة %2 ms.</translation>
    </message>
    <message>
        <source>Sign in again to go on working.</source>
        <translation>سجّل الدخول مرة أخرى لمتابعة العمل.</translation>
    </message>
</context>
<context>
    <name>mizan::RetentionPolicy</name>
    <message>
        <source>unknown retention setting '%1'</source>
        <translation>إعداد احتفاظ غير معروف '%1'</translation>
    </message>
    <message>
        <source>'%1' must be a whole number of days</source>
        <translation>يجب أن تكون قيمة '%1' عددًا صحيحًا من الأيام</translation>
    </message>
    <message>
        <source>'%1' must be between 1 and %2 days</source>
        <translation>يجب أن تتراوح قيمة '%1' بين 1 و%2 يوم</translation>
    </message>
    <message>
        <source>The audit log is kept at least %1 days (6 years); no policy can shorten that.</source>
        <translation>يُحتفظ بسجل التدقيق %1 يومًا (6 سنوات) على الأقل؛ ولا يمكن لأي سياسة تقصير هذه المدة.</translation>
    </message>
</context>
<context>
    <name>mizan::RiskAssessment</name>
    <message>
        <source>%1 is not a risk assessment.</source>
        <translation>%1 ليس تقييمًا للمخاطر.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>**Risk level: %1** (score %2; medium from %3, high from %4)

</source>
        <translation>**مستوى المخاطر: %1** (الدرجة %2؛ متوسطة ابتداءً من %3، ومرتفعة ابتداءً من %4)

</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>البوابة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>غير مستوفاة</translation>
    </message>
    <message>
        <source>Model file checks</source>
        <translation>فحوص ملف النموذج</translation>
    </message>
    <message>
        <source>The bundle was validated on loading and its model and bundle hashes match the registry.</source>
        <translation>جرى التحقق من صحة الحزمة عند تحميلها، وتطابق قيمتا التجزئة للنموذج والحزمة ما في مستودع النماذج.</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>القيم المفقودة</translation>
    </message>
    <message>
        <source>No reference lead set was given: missing rates not checked.</source>
        <translation>لم تُحدَّد مجموعة عملاء مرجعية: لم تُفحص معدلات القيم المفقودة.</translation>
    </message>
    <message>
        <source>The most often missing feature is %1 (%2%), within the policy's %3%.</source>
        <translation>الخاصية الأكثر فقدانًا للقيم هي %1 (%2%)، ضمن الحد %3% الذي تسمح به السياسة.</translation>
    </message>
    <message>
        <source>Missing more often than the policy's %1%: %2.</source>
        <translation>خصائص تتجاوز نسبة قيمها المفقودة الحد %1% الذي تسمح به السياسة: %2.</translation>
    </message>
    <message>
        <source>Leakage suspects</source>
        <translation>اشتباه في تسرّب البيانات</translation>
    </message>
    <message>
        <source>No labelled reference lead set: single-feature separation not checked.</source>
        <translation>لا توجد مجموعة عملاء مرجعية معروفة النتائج: لم يُفحص فصل النتائج بخاصية منفردة.</translation>
    </message>
    <message>
        <source>No single feature separates the outcomes with ROC AUC %1 or more (best: %2, %3).</source>
        <translation>لا توجد خاصية منفردة تفصل بين النتائج بقيمة ROC AUC تبلغ %1 أو أكثر (الأفضل: %2، %3).</translation>
    </message>
    <message>
        <source>These features alone separate the outcomes almost perfectly; check that they are known before the decision: %1.</source>
        <translation>هذه الخصائص وحدها تفصل بين النتائج فصلًا شبه تام؛ تحقّق من أنها تكون معروفة قبل اتخاذ القرار: %1.</translation>
    </message>
    <message>
        <source>Class balance</source>
        <translation>توازن الأصناف</translation>
    </message>
    <message>
        <source>No labelled reference lead set: class balance not checked.</source>
        <translation>لا توجد مجموعة عملاء مرجعية معروفة النتائج: لم يُفحص توازن الأصناف.</translation>
    </message>
    <message>
        <source>%1% of the reference leads converted (policy: between %2% and %3%).</source>
        <translation>تحوّل %1% من العملاء المرجعيين (السياسة: بين %2% و%3%).</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>على %1</translation>
    </message>
    <message>
        <source>on its own test split</source>
        <translation>على جزء الاختبار الخاص به</translation>
    </message>
    <message>
        <source>ROC AUC at least %1</source>
        <translation>ROC AUC لا تقل عن %1</translation>
    </message>
    <message>
        <source>ROC AUC %1 %2.</source>
        <translation>ROC AUC %1 %2.</translation>
    </message>
    <message>
        <source>No ROC AUC is known for this version.</source>
        <translation>لا توجد قيمة ROC AUC معروفة لهذا الإصدار.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>The policy asks for at least %1.</source>
        <translation>تشترط السياسة %1 على الأقل.</translation>
    </message>
    <message>
        <source>ROC AUC at most %1 below the deployed version</source>
        <translation>ROC AUC لا تقل عن قيمة الإصدار المنشور بأكثر من %1</translation>
    </message>
    <message>
        <source>No other version is deployed: nothing to compare with.</source>
        <translation>لا يوجد إصدار آخر منشور: لا يوجد ما تُجرى المقارنة معه.</translation>
    </message>
    <message>
        <source>ROC AUC %1 against %2 for deployed model %3 on %4.</source>
        <translation>ROC AUC %1 مقابل %2 للنموذج المنشور %3 على %4.</translation>
    </message>
    <message>
        <source>Compared with deployed model %1 only on a labelled reference lead set; none was given.</source>
        <translation>لا تُجرى المقارنة مع النموذج المنشور %1 إلا على مجموعة عملاء مرجعية معروفة النتائج؛ ولم تُحدَّد أي مجموعة.</translation>
    </message>
    <message>
        <source>Performance against the deployed version</source>
        <translation>الأداء مقارنةً بالإصدار المنشور</translation>
    </message>
    <message>
        <source>Demographic parity ratio at least %1</source>
        <translation>نسبة التكافؤ الديموغرافي لا تقل عن %1</translation>
    </message>
    <message>
        <source>The policy switches this gate off (limit 0).</source>
        <translation>تعطّل السياسة هذه البوابة (الحد 0).</translation>
    </message>
    <message>
        <source>Lowest demographic parity ratio %1 (%2).</source>
        <translation>أدنى نسبة تكافؤ ديموغرافي %1 (%2).</translation>
    </message>
    <message>
        <source>The latest fairness report has no demographic parity ratio.</source>
        <translation>لا يتضمن أحدث تقرير إنصاف نسبة التكافؤ الديموغرافي.</translation>
    </message>
    <message>
        <source>No fairness report was made for this version.</source>
        <translation>لم يُعَدّ تقرير إنصاف لهذا الإصدار.</translation>
    </message>
    <message>
        <source>No fairness report was made for this version: make one on a labelled lead set.</source>
        <translation>لم يُعَدّ تقرير إنصاف لهذا الإصدار: أعِدّ تقريرًا على مجموعة عملاء معروفة النتائج.</translation>
    </message>
    <message numerus="yes">
        <source>The latest fairness report has %n failing verdict(s): %1.</source>
        <translation>
            <numerusform>في أحدث تقرير إنصاف لا أحكام غير مستوفية: %1.</numerusform>
            <numerusform>في أحدث تقرير إنصاف حكم واحد غير مستوفٍ: %1.</numerusform>
            <numerusform>في أحدث تقرير إنصاف حكمان غير مستوفيين: %1.</numerusform>
            <numerusform>في أحدث تقرير إنصاف %n أحكام غير مستوفية: %1.</numerusform>
            <numerusform>في أحدث تقرير إنصاف %n حكمًا غير مستوفٍ: %1.</numerusform>
            <numerusform>في أحدث تقرير إنصاف %n حكم غير مستوفٍ: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every verdict of the latest fairness report passed the bias policy.</source>
        <translation>استوفت جميع أحكام أحدث تقرير إنصاف سياسةَ التحيّز.</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>الإنصاف</translation>
    </message>
    <message>
        <source>Score drift (PSI) at most %1</source>
        <translation>انحراف الدرجات (PSI) لا يتجاوز %1</translation>
    </message>
    <message>
        <source>No other version is deployed: no drift to measure.</source>
        <translation>لا يوجد إصدار آخر منشور: لا يوجد انحراف لقياسه.</translation>
    </message>
    <message>
        <source>PSI %1 between the scores of this version and deployed model %2 on %3.</source>
        <translation>PSI %1 بين درجات هذا الإصدار ودرجات النموذج المنشور %2 على %3.</translation>
    </message>
    <message>
        <source>Drift against deployed model %1 is measured on a reference lead set; none was given.</source>
        <translation>يُقاس الانحراف مقارنةً بالنموذج المنشور %1 على مجموعة عملاء مرجعية؛ ولم تُحدَّد أي مجموعة.</translation>
    </message>
    <message>
        <source>Score drift</source>
        <translation>انحراف الدرجات</translation>
    </message>
    <message>
        <source>Explanation stability</source>
        <translation>ثبات الشروح</translation>
    </message>
    <message>
        <source>Needs a reference lead set to compare the top features.</source>
        <translation>يتطلب مجموعة عملاء مرجعية لمقارنة أهم الخصائص.</translation>
    </message>
    <message>
        <source>Top features by mean |SHAP|: %1 (this version) and %2 (deployed); %3% shared, policy %4%.</source>
        <translation>أهم الخصائص حسب متوسط |SHAP|: %1 (هذا الإصدار) و%2 (المنشور)؛ المشترك منها %3%، والسياسة %4%.</translation>
    </message>
    <message>
        <source>Revalidation</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <source>The approval expired on %1: it must be approved again.</source>
        <translation>انتهت صلاحية الاعتماد في %1: يجب اعتماده مرة أخرى.</translation>
    </message>
    <message>
        <source>Approved until %1.</source>
        <translation>معتمد حتى %1.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>لم يُعتمد بعد.</translation>
    </message>
</context>
<context>
    <name>mizan::RiskBands</name>
    <message>
        <source>risk bands need 1 to 9 cut-offs</source>
        <translation>تتطلب شرائح المخاطر من 1 إلى 9 نقاط فصل</translation>
    </message>
    <message>
        <source>risk band cut-offs must ascend strictly between 0 and 1</source>
        <translation>يجب أن تكون نقاط الفصل بين شرائح المخاطر تصاعدية تمامًا وبين 0 و1</translation>
    </message>
    <message>
        <source>%1 risk band cut-offs need %2 labels</source>
        <translation>عدد نقاط الفصل بين شرائح المخاطر %1، ويتطلب ذلك %2 من التسميات</translation>
    </message>
    <message>
        <source>risk band labels must be distinct</source>
        <translation>يجب أن تكون تسميات شرائح المخاطر مختلفة</translation>
    </message>
    <message>
        <source>invalid risk band cut-offs '%1': expected numbers such as 0.2,0.5</source>
        <translation>نقاط فصل غير صالحة بين شرائح المخاطر '%1': المتوقع أرقام مثل 0.2,0.5</translation>
    </message>
    <message>
        <source>expected numbers</source>
        <translation>المتوقع أرقام</translation>
    </message>
</context>
<context>
    <name>mizan::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation>عالم بيانات</translation>
    </message>
    <message>
        <source>Risk officer</source>
        <translation>مسؤول المخاطر</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>محلل</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>مسؤول الخصوصية</translation>
    </message>
</context>
<context>
    <name>mizan::ScoreExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
</context>
<context>
    <name>mizan::ScoreHistogram</name>
    <message>
        <source>Probability of conversion</source>
        <translation>احتمال التحويل</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>لا توجد درجات بعد</translation>
    </message>
</context>
<context>
    <name>mizan::ScoreProfile</name>
    <message>
        <source>%1: the score profile has no valid distribution.</source>
        <translation>%1: لا يحتوي ملف تعريف الدرجات على توزيع صالح.</translation>
    </message>
    <message>
        <source>%1: a ROC point of the score profile is malformed.</source>
        <translation>%1: إحدى نقاط ROC في ملف تعريف الدرجات غير سليمة البنية.</translation>
    </message>
</context>
<context>
    <name>mizan::ScoreTableModel</name>
    <message>
        <source>Probability %1 (log-odds %2), band %3</source>
        <translation>الاحتمال %1 (لوغاريتم الأرجحية %2)، الشريحة %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>العميل المحتمل</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Log-odds</source>
        <translation>لوغاريتم الأرجحية</translation>
    </message>
</context>
<context>
    <name>mizan::Scorer</name>
    <message>
        <source>Scoring was cancelled.</source>
        <translation>أُلغي حساب الدرجات.</translation>
    </message>
    <message>
        <source>The model bundle holds no parsed model.</source>
        <translation>لا تحتوي حزمة النموذج على نموذج مُحلَّل.</translation>
    </message>
    <message>
        <source>Scoring ran out of memory.</source>
        <translation>نفدت الذاكرة أثناء حساب الدرجات.</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>تعذّر حساب الدرجات: %1</translation>
    </message>
</context>
<context>
    <name>mizan::ScoringTab</name>
    <message>
        <source>%1: its features differ from those of the model %2, so the model cannot score leads described by it</source>
        <translation>%1: تختلف خصائصه عن خصائص النموذج %2، لذلك لا يستطيع النموذج حساب درجات العملاء الموصوفين به</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Scores exported.</source>
        <translation>صُدّرت الدرجات.</translation>
    </message>
    <message>
        <source>Leads and model</source>
        <translation>العملاء المحتملون والنموذج</translation>
    </message>
    <message>
        <source>Lead file:</source>
        <translation>ملف العملاء:</translation>
    </message>
    <message>
        <source>&amp;Open leads…</source>
        <translation>&amp;فتح العملاء…</translation>
    </message>
    <message>
        <source>Dataset spec:</source>
        <translation>مواصفات البيانات:</translation>
    </message>
    <message>
        <source>Choose s&amp;pec…</source>
        <translation>اختيار الموا&amp;صفات…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Choose &amp;model…</source>
        <translation>اختيار ال&amp;نموذج…</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;حساب الدرجات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Search leads (Ctrl+F)</source>
        <translation>ابحث في العملاء (Ctrl+F)</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>كل الشرائح</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>الشر&amp;يحة:</translation>
    </message>
    <message>
        <source>Probability fro&amp;m</source>
        <translation>الاحتما&amp;ل من</translation>
    </message>
    <message>
        <source>Open a lead file</source>
        <translation>افتح ملف عملاء محتملين</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.data *.test);;All files (*)</source>
        <translation>ملفات العملاء (*.csv *.txt *.data *.test);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the dataset spec of the lead file</source>
        <translation>اختر مواصفات البيانات لملف العملاء</translation>
    </message>
    <message>
        <source>Dataset specs (*.json);;All files (*)</source>
        <translation>مواصفات البيانات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a model bundle</source>
        <translation>اختر حزمة نموذج</translation>
    </message>
    <message>
        <source>Model bundles (*.json);;All files (*)</source>
        <translation>حزم النماذج (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&lt;i&gt;none chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;لم يُختر شيء&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;the model's own&lt;/i&gt;</source>
        <translation>&lt;i&gt;مواصفات النموذج نفسه&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Scoring %1…</source>
        <translation>جارٍ حساب درجات %1…</translation>
    </message>
    <message>
        <source>Scoring was cancelled; the table is unchanged.</source>
        <translation>أُلغي حساب الدرجات؛ لم يتغير الجدول.</translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation>تعذّر حساب الدرجات</translation>
    </message>
    <message>
        <source>Scoring failed; the table is unchanged.</source>
        <translation>تعذّر حساب الدرجات؛ لم يتغير الجدول.</translation>
    </message>
    <message>
        <source>, test AUC %1</source>
        <translation>، AUC للاختبار %1</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; leads scored · mean probability &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>قُيّم &lt;b&gt;%1&lt;/b&gt; من العملاء · متوسط الاحتمال &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>%1 leads scored with %2.</source>
        <translation>قُيّم %1 من العملاء بالنموذج %2.</translation>
    </message>
    <message>
        <source>Export scores as CSV</source>
        <translation>تصدير الدرجات بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>ا&amp;ستيراد العملاء…</translation>
    </message>
    <message>
        <source>Import &amp;model…</source>
        <translation>استيراد &amp;نموذج…</translation>
    </message>
    <message>
        <source>Lead &amp;set:</source>
        <translation>&amp;مجموعة العملاء:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>النمو&amp;ذج:</translation>
    </message>
    <message>
        <source>&amp;Score and keep</source>
        <translation>&amp;حساب الدرجات وحفظها</translation>
    </message>
    <message>
        <source>%1 (%2 leads, %3)</source>
        <translation>%1 (%2 من العملاء، %3)</translation>
    </message>
    <message>
        <source>Import a lead file</source>
        <translation>استيراد ملف عملاء محتملين</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات العملاء (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Its dataset spec</source>
        <translation>مواصفات بيانات هذا الملف</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Imported %1 leads into the workspace.</source>
        <translation>استُورد %1 من العملاء إلى مساحة العمل.</translation>
    </message>
    <message>
        <source>Import a model bundle</source>
        <translation>استيراد حزمة نموذج</translation>
    </message>
    <message>
        <source>The model %1 is now in the workspace.</source>
        <translation>أصبح النموذج %1 في مساحة العمل.</translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>رُفض التصدير</translation>
    </message>
    <message>
        <source>E&amp;xplain lead</source>
        <translation>&amp;شرح العميل</translation>
    </message>
    <message>
        <source>%1 (#%2, %3, version %4…)</source>
        <translation>%1 (#%2، %3، الإصدار %4…)</translation>
    </message>
    <message>
        <source>The model registry failed its checks:</source>
        <translation>لم يجتز مستودع النماذج عمليات التحقق:</translation>
    </message>
    <message>
        <source>No version is deployed: scores of any version are for evaluation only.</source>
        <translation>لا يوجد إصدار منشور: درجات أي إصدار هي لأغراض الاختبار فقط.</translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation>إصدار بديل:</translation>
    </message>
    <message>
        <source>the deployed version #%1 failed its checks at load (%2). Scoring uses the previous approved version #%3; this was recorded in the audit log.</source>
        <translation>لم يجتز الإصدار المنشور #%1 عمليات التحقق عند التحميل (%2). يُستخدم في حساب الدرجات الإصدار المعتمد السابق #%3؛ وسُجِّل ذلك في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Scoring uses the deployed version #%1.</source>
        <translation>يُستخدم في حساب الدرجات الإصدار المنشور #%1.</translation>
    </message>
    <message>
        <source>Version #%1 is not the one approved for scoring:</source>
        <translation>الإصدار #%1 ليس الإصدار المعتمد لحساب الدرجات:</translation>
    </message>
    <message>
        <source>its scores are for evaluation only.</source>
        <translation>درجاته لأغراض الاختبار فقط.</translation>
    </message>
    <message>
        <source>Scored leads</source>
        <translation>العملاء المحسوبة درجاتهم</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>توزيع الدرجات</translation>
    </message>
    <message>
        <source>&amp;Show stored scores</source>
        <translation>&amp;عرض الدرجات المحفوظة</translation>
    </message>
    <message>
        <source>No scores of this lead set with this model are stored yet: an analyst or a data scientist scores them.</source>
        <translation>لا توجد بعدُ درجات محفوظة لمجموعة العملاء هذه بهذا النموذج: يحسبها محلل أو عالم بيانات.</translation>
    </message>
    <message>
        <source>Reading the stored scores of %1…</source>
        <translation>جارٍ قراءة الدرجات المحفوظة لـ %1…</translation>
    </message>
    <message>
        <source>Run %1 kept %2 scores, but its lead set now holds %3 leads.</source>
        <translation>احتفظت عملية حساب الدرجات %1 بـ %2 درجة، لكن مجموعة عملائها تضم الآن %3 عميلًا محتملًا.</translation>
    </message>
    <message>
        <source>Run %1 holds a score for row %2, which its lead set does not have.</source>
        <translation>تحوي عملية حساب الدرجات %1 درجةً للصف %2، وهو صف لا تضمّه مجموعة عملائها.</translation>
    </message>
    <message>
        <source>Stored scores of run %1, kept by %2 on %3; read-only.</source>
        <translation>الدرجات المحفوظة لعملية حساب الدرجات %1، احتفظ بها %2 في %3؛ للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>mizan::Split</name>
    <message>
        <source>invalid split '%1': expected mod:K:R, random:FRACTION:SEED, tail:FRACTION or none</source>
        <translation>تقسيم غير صالح '%1': المتوقع mod:K:R أو random:FRACTION:SEED أو tail:FRACTION أو none</translation>
    </message>
</context>
<context>
    <name>mizan::SweepChart</name>
    <message>
        <source>Metric by group as the threshold moves</source>
        <translation>المقياس حسب الفئة مع تغيّر العتبة</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>%1 of each group of %2 for thresholds from 0 to 1</source>
        <translation>%1 لكل فئة من فئات %2 عند العتبات من 0 إلى 1</translation>
    </message>
    <message>
        <source>Compute a report to see the threshold sweep.</source>
        <translation>احسب تقريرًا لعرض مسح العتبة.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخريان</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by decision threshold</source>
        <translation>%1 حسب عتبة القرار</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>العتبة %1</translation>
    </message>
</context>
<context>
    <name>mizan::TabShortcuts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>إلغاء المهمة الجارية</translation>
    </message>
</context>
<context>
    <name>mizan::TimelineChart</name>
    <message numerus="yes">
        <source>%n deployment period(s)</source>
        <translation>
            <numerusform>لا فترات نشر</numerusform>
            <numerusform>فترة نشر واحدة</numerusform>
            <numerusform>فترتا نشر</numerusform>
            <numerusform>%n فترات نشر</numerusform>
            <numerusform>%n فترة نشر</numerusform>
            <numerusform>%n فترة نشر</numerusform>
        </translation>
    </message>
    <message>
        <source>No version has been deployed yet.</source>
        <translation>لم يُنشر أي إصدار بعد.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Hatched: redeployed by a rollback</source>
        <translation>المظلَّل بخطوط: أُعيد نشره بالتراجع</translation>
    </message>
</context>
<context>
    <name>mizan::TrainParams</name>
    <message>
        <source>from 1 to 32</source>
        <translation>من 1 إلى 32</translation>
    </message>
    <message>
        <source>above 0 and at most 1</source>
        <translation>أكبر من 0 ولا تتجاوز 1</translation>
    </message>
    <message>
        <source>from 1 to 100000</source>
        <translation>من 1 إلى 100000</translation>
    </message>
    <message>
        <source>at least 0</source>
        <translation>0 على الأقل</translation>
    </message>
    <message>
        <source>above 0</source>
        <translation>أكبر من 0</translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation>بين 0 و1</translation>
    </message>
    <message>
        <source>from 0 (all cores) to 1024</source>
        <translation>من 0 (كل الأنوية) إلى 1024</translation>
    </message>
    <message>
        <source>exact, approx or hist</source>
        <translation>exact أو approx أو hist</translation>
    </message>
    <message>
        <source>from 0 to the number of rounds</source>
        <translation>من 0 إلى عدد الجولات</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>المتوقع عدد صحيح</translation>
    </message>
    <message>
        <source>unknown training parameter '%1'</source>
        <translation>معامل تدريب غير معروف '%1'</translation>
    </message>
    <message>
        <source>training parameter '%1': '%2' is not a number</source>
        <translation>معامل التدريب '%1': '%2' ليس رقمًا</translation>
    </message>
    <message>
        <source>training parameter '%1' must be %2</source>
        <translation>يجب أن تكون قيمة معامل التدريب '%1' %2</translation>
    </message>
</context>
<context>
    <name>mizan::Trainer</name>
    <message>
        <source>%1: the data has no outcomes (target column), so a model cannot be trained on it</source>
        <translation>%1: لا تحتوي البيانات على نتائج (عمود الهدف)، لذا لا يمكن تدريب نموذج عليها</translation>
    </message>
    <message>
        <source>%1: some rows have no outcome; training needs every outcome</source>
        <translation>%1: بعض الصفوف بلا نتيجة؛ ويتطلب التدريب معرفة جميع النتائج</translation>
    </message>
    <message>
        <source>the validation part for early stopping is empty</source>
        <translation>جزء التحقق المخصص للإيقاف المبكر فارغ</translation>
    </message>
    <message>
        <source>the training part holds only one outcome (%1 positive, %2 negative rows); a model needs both</source>
        <translation>لا يحتوي جزء التدريب إلا على نتيجة واحدة (الصفوف الموجبة %1، والسالبة %2)؛ ويحتاج النموذج إلى النتيجتين كلتيهما</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>أُلغي التدريب.</translation>
    </message>
    <message>
        <source>the trained model</source>
        <translation>النموذج المدرَّب</translation>
    </message>
    <message>
        <source>training would need %1 of memory for %2 rows x %3 model inputs (the limit is %4); the column '%5' alone gives %6 inputs: is it really categorical?</source>
        <translation>يتطلب التدريب %1 من الذاكرة لـ %2 صف × %3 من مدخلات النموذج (الحد %4)؛ والعمود '%5' وحده يعطي %6 من المدخلات: هل هو فئوي حقًا؟</translation>
    </message>
    <message>
        <source>Training ran out of memory.</source>
        <translation>نفدت الذاكرة أثناء التدريب.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>تعذّر التدريب: %1</translation>
    </message>
    <message>
        <source>the validation part for early stopping holds only one outcome (%1 positive, %2 negative rows), so its AUC is undefined; use a larger validation part or no early stopping</source>
        <translation>لا يحتوي جزء التحقق المخصص للإيقاف المبكر إلا على نتيجة واحدة (الصفوف الموجبة %1، والسالبة %2)، لذا فإن AUC له غير محدد؛ استخدم جزء تحقق أكبر أو استغنِ عن الإيقاف المبكر</translation>
    </message>
    <message>
        <source>XGBoost gave no validation AUC for round %1 ("%2")</source>
        <translation>لم يُعطِ XGBoost قيمة AUC للتحقق في الجولة %1 ("%2")</translation>
    </message>
</context>
<context>
    <name>mizan::TreeShap</name>
    <message>
        <source>the rows have %1 values, the model needs %2</source>
        <translation>عدد القيم في الصفوف %1، ويحتاج النموذج إلى %2</translation>
    </message>
    <message>
        <source>the explanation was cancelled</source>
        <translation>أُلغي الشرح</translation>
    </message>
</context>
<context>
    <name>mizan::UsersModel</name>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>مقفل بعد محاولات دخول فاشلة</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <source>%1 waits for a second administrator</source>
        <translation>%1 بانتظار موافقة مسؤول ثانٍ</translation>
    </message>
</context>
<context>
    <name>mizan::UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>تغيير ال&amp;دور…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Access re&amp;view…</source>
        <translation>مراجعة &amp;صلاحيات الوصول…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>تفعي&amp;ل</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يُنفَّذ الإجراء</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation>كلمة المرو&amp;ر الأولى:</translation>
    </message>
    <message>
        <source>Give the first password to the user in person; they can change it.</source>
        <translation>سلّم كلمة المرور الأولى إلى المستخدم شخصيًا؛ ويمكنه تغييرها.</translation>
    </message>
    <message>
        <source>%1 was added; a second administrator must confirm the role.</source>
        <translation>أُضيف %1؛ ويجب أن يؤكد مسؤول ثانٍ الدور.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>الدور الجديد للمستخدم %1:</translation>
    </message>
    <message>
        <source>The new role of %1 waits for a second administrator.</source>
        <translation>الدور الجديد للمستخدم %1 بانتظار مسؤول ثانٍ.</translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation>تم تغيير دور المستخدم %1.</translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation>فُعِّل المستخدم %1.</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>عُطِّل المستخدم %1.</translation>
    </message>
    <message>
        <source>Set a new password for %1</source>
        <translation>تعيين كلمة مرور جديدة للمستخدم %1</translation>
    </message>
    <message>
        <source>%1 gets new personal keys: what they signed before stays verifiable.</source>
        <translation>سيحصل %1 على مفاتيح شخصية جديدة، ويبقى ما وقّعه سابقًا قابلًا للتحقق.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>عُيّنت كلمة مرور جديدة للمستخدم %1.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <source>%1 loses access for good, and the workspace is re-keyed so that old copies of its files open nothing new.</source>
        <translation>سيفقد %1 صلاحية الوصول نهائيًا، وسيُعاد تشفير مساحة العمل بمفتاح جديد كي لا تكشف النسخ القديمة من ملفاتها أي بيانات جديدة.</translation>
    </message>
    <message>
        <source>%1 was removed and the workspace re-keyed.</source>
        <translation>حُذف %1 وأُعيد تشفير مساحة العمل بمفتاح جديد.</translation>
    </message>
    <message>
        <source>%1 may now see personal data.</source>
        <translation>أصبح بإمكان %1 الاطلاع على البيانات الشخصية.</translation>
    </message>
    <message>
        <source>%1 no longer sees personal data.</source>
        <translation>لم يعد بإمكان %1 الاطلاع على البيانات الشخصية.</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>مراجعة صلاحيات الوصول</translation>
    </message>
    <message>
        <source>Con&amp;firm grant</source>
        <translation>تأكيد الم&amp;نح</translation>
    </message>
    <message>
        <source>The grant of %1 is confirmed.</source>
        <translation>تم تأكيد منح %1.</translation>
    </message>
    <message>
        <source>Personal &amp;data</source>
        <translation>البيانات ال&amp;شخصية</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Classification &amp;marking…</source>
        <translation>&amp;وسم التصنيف…</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>وسم التصنيف</translation>
    </message>
    <message>
        <source>The marking every export and PDF of this workspace carries in its header and footer,
with the name of the person exporting and the time (for example RESTRICTED):</source>
        <translation>وسم التصنيف الذي يحمله كل ملف مُصدَّر وكل ملف PDF من مساحة العمل هذه في رأسه وتذييله،
مع اسم من أجرى التصدير ووقته (مثل RESTRICTED):</translation>
    </message>
    <message>
        <source>Exports are now marked %1.</source>
        <translation>تحمل الملفات المُصدَّرة الآن وسم التصنيف %1.</translation>
    </message>
    <message>
        <source>Exports and PDFs are marked: %1</source>
        <translation>وسم تصنيف الملفات المُصدَّرة وملفات PDF: %1</translation>
    </message>
</context>
<context>
    <name>mizan::WaterfallChart</name>
    <message>
        <source>SHAP waterfall</source>
        <translation>مخطط شلال SHAP</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير متوفرة</translation>
    </message>
    <message numerus="yes">
        <source>%n other features</source>
        <translation>
            <numerusform>%n خاصية أخرى</numerusform>
            <numerusform>خاصية أخرى واحدة</numerusform>
            <numerusform>خاصيتان أخريان</numerusform>
            <numerusform>%n خصائص أخرى</numerusform>
            <numerusform>%n خاصية أخرى</numerusform>
            <numerusform>%n خاصية أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a lead and press Explain.</source>
        <translation>اختر عميلًا واضغط «شرح».</translation>
    </message>
    <message>
        <source>probability view: contributions depend on the order shown</source>
        <translation>عرض الاحتمال: تعتمد المساهمات على الترتيب المعروض</translation>
    </message>
    <message>
        <source>log-odds (SHAP values add up exactly)</source>
        <translation>لوغاريتم الأرجحية (يتطابق مجموع قيم SHAP تمامًا)</translation>
    </message>
</context>
<context>
    <name>mizan::WhatIfDelegate</name>
    <message>
        <source>missing</source>
        <translation>غير متوفرة</translation>
    </message>
    <message>
        <source>Not a value this feature can take</source>
        <translation>ليست قيمة يمكن أن تأخذها هذه الخاصية</translation>
    </message>
</context>
<context>
    <name>mizan::WhatIfModel</name>
    <message>
        <source>missing</source>
        <translation>غير متوفرة</translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation>%1 (ثابتة)</translation>
    </message>
    <message>
        <source>%1 is immutable: suggested changes never touch it.</source>
        <translation>الخاصية %1 غير قابلة للتغيير: لا تمسّها التغييرات المقترحة أبدًا.</translation>
    </message>
    <message>
        <source>Training range %1 to %2, median %3</source>
        <translation>النطاق في بيانات التدريب من %1 إلى %2، والوسيط %3</translation>
    </message>
    <message>
        <source>Changed from %1</source>
        <translation>غُيّرت القيمة من %1</translation>
    </message>
    <message>
        <source>Edit to see how the score changes</source>
        <translation>عدّل القيمة لترى كيف تتغير الدرجة</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>القيمة الأصلية</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>ماذا لو</translation>
    </message>
</context>
<context>
    <name>mizan::Workspace</name>
    <message>
        <source>%1 is not a Mizan workspace (it has no %2 and %3)</source>
        <translation>%1 ليس مساحة عمل ميزان (لا يحتوي على %2 و%3)</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by %2 (process %3 on %4); close it there first.</source>
        <translation>مساحة العمل %1 قيد الاستخدام من قِبل %2 (العملية %3 على الجهاز %4)؛ أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <source>%1 is not empty; a new workspace needs an empty or new folder</source>
        <translation>%1 ليس فارغًا؛ تتطلب مساحة العمل الجديدة مجلدًا فارغًا أو جديدًا</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot lock the new workspace %1</source>
        <translation>يتعذّر قفل مساحة العمل الجديدة %1</translation>
    </message>
    <message>
        <source>%1 is already signed in; sign out first.</source>
        <translation>المستخدم %1 مسجَّل الدخول بالفعل؛ سجّل الخروج أولًا.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>مستخدم غير معروف أو كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The account "%1" is disabled or waits for a second administrator to confirm its role; ask an administrator.</source>
        <translation>الحساب "%1" معطّل أو بانتظار تأكيد دوره من مسؤول ثانٍ؛ راجِع أحد المسؤولين.</translation>
    </message>
    <message>
        <source>%1 has no recovery slot</source>
        <translation>لا يحتوي %1 على خانة استرداد</translation>
    </message>
    <message>
        <source>This is not the workspace's recovery key.</source>
        <translation>هذا ليس مفتاح الاسترداد الخاص بمساحة العمل.</translation>
    </message>
    <message>
        <source>%1: the slot holds no data key (damaged or altered)</source>
        <translation>%1: لا تحتوي الخانة على مفتاح بيانات (تالفة أو معدَّلة)</translation>
    </message>
    <message>
        <source>%1 holds no workspace (it is empty)</source>
        <translation>لا يحتوي %1 على مساحة عمل (إنه فارغ)</translation>
    </message>
    <message>
        <source>%1 and %2 do not belong to the same workspace (the workspace keys differ)</source>
        <translation>لا ينتمي %1 و%2 إلى مساحة العمل نفسها (مفاتيح مساحة العمل مختلفة)</translation>
    </message>
    <message>
        <source>%1 does not open with the key of this slot: the file is damaged, truncated or was altered (%2)</source>
        <translation>يتعذّر فتح %1 بمفتاح هذه الخانة: الملف تالف أو مبتور أو معدَّل (%2)</translation>
    </message>
    <message>
        <source>%1 has a slot for "%2" but the workspace has no such account (altered key slots?)</source>
        <translation>يحتوي %1 على خانة للحساب "%2" لكن مساحة العمل لا تضم هذا الحساب (هل عُدّلت خانات المفاتيح؟)</translation>
    </message>
    <message>
        <source>%1: the keys of "%2" differ from the workspace's record of them (altered key slots?)</source>
        <translation>%1: مفاتيح "%2" تختلف عمّا هو مسجَّل لها في مساحة العمل (هل عُدّلت خانات المفاتيح؟)</translation>
    </message>
    <message>
        <source>the account "%1" has an unknown role</source>
        <translation>للحساب "%1" دور غير معروف</translation>
    </message>
    <message>
        <source>The account "%1" waits for a second administrator to confirm its role.</source>
        <translation>الحساب "%1" بانتظار تأكيد دوره من مسؤول ثانٍ.</translation>
    </message>
    <message>
        <source>The account "%1" is disabled; ask an administrator.</source>
        <translation>الحساب "%1" معطّل؛ راجِع أحد المسؤولين.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>لم يسجّل أي مستخدم الدخول.</translation>
    </message>
    <message>
        <source>The session is locked.</source>
        <translation>الجلسة مقفلة.</translation>
    </message>
    <message>
        <source>the signed-in user has no key slot</source>
        <translation>ليس للمستخدم المسجَّل الدخول خانة مفاتيح</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>The session is locked; enter your password to continue.</source>
        <translation>الجلسة مقفلة؛ أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>%1 (%2) does not have the permission %3 needed to %4.</source>
        <translation>لا يملك %1 (%2) الصلاحية %3 اللازمة من أجل %4.</translation>
    </message>
    <message>
        <source>Enter your password again to %1.</source>
        <translation>أدخل كلمة المرور مرة أخرى من أجل %1.</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>A recovery key is 64 hexadecimal digits (dashes and spaces are ignored).</source>
        <translation>يتكوّن مفتاح الاسترداد من 64 رقمًا ست عشريًا (تُتجاهل الشرطات والمسافات).</translation>
    </message>
    <message>
        <source>"%1" is not a valid user name: use 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter ("recovery" and "init" are reserved).</source>
        <translation>"%1" ليس اسم مستخدم صالحًا: استخدم من 2 إلى 32 من الأحرف اللاتينية الصغيرة أو الأرقام أو '.' أو '_' أو '-'، على أن يبدأ بحرف ("recovery" و"init" محجوزان).</translation>
    </message>
    <message>
        <source>There is no user "%1".</source>
        <translation>لا يوجد مستخدم باسم "%1".</translation>
    </message>
    <message>
        <source>"%1" has no key slot</source>
        <translation>ليس للمستخدم "%1" خانة مفاتيح</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>عرض قائمة المستخدمين</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>The user "%1" already exists.</source>
        <translation>المستخدم "%1" موجود بالفعل.</translation>
    </message>
    <message>
        <source>grant the role %1</source>
        <translation>منح الدور %1</translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation>تعطيل مستخدم</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
        <source>"%1" is the last enabled administrator.</source>
        <translation>"%1" هو آخر مسؤول نظام مفعَّل.</translation>
    </message>
    <message>
        <source>enable a user</source>
        <translation>تفعيل مستخدم</translation>
    </message>
    <message>
        <source>remove a user</source>
        <translation>حذف مستخدم</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>لا يمكنك حذف حسابك.</translation>
    </message>
    <message>
        <source>The user "%1" was removed, but re-keying the workspace failed: %2 Run "workspace rekey" again.</source>
        <translation>حُذف المستخدم "%1"، لكن تعذّرت إعادة تشفير مساحة العمل بمفتاح جديد: %2 شغّل "workspace rekey" مرة أخرى.</translation>
    </message>
    <message>
        <source>The recovery key cannot be changed.</source>
        <translation>لا يمكن تغيير مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية خاطئة.</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>إعادة تعيين كلمة مرور</translation>
    </message>
    <message>
        <source>Change your own password with your current one.</source>
        <translation>غيّر كلمة مرورك باستخدام كلمة مرورك الحالية.</translation>
    </message>
    <message>
        <source>change a role</source>
        <translation>تغيير دور</translation>
    </message>
    <message>
        <source>This grant waits for a second administrator; you requested it yourself.</source>
        <translation>هذا المنح بانتظار مسؤول ثانٍ؛ فأنت من طلبه.</translation>
    </message>
    <message>
        <source>confirm a grant</source>
        <translation>تأكيد منح</translation>
    </message>
    <message>
        <source>No grant for "%1" waits for confirmation.</source>
        <translation>لا يوجد منح للمستخدم "%1" بانتظار التأكيد.</translation>
    </message>
    <message>
        <source>A second administrator must confirm this grant (not the one who requested it, nor the recovery key).</source>
        <translation>يجب أن يؤكد هذا المنحَ مسؤولٌ ثانٍ (غير من طلبه، ولا بمفتاح الاسترداد).</translation>
    </message>
    <message>
        <source>the pending grant "%1" is not understood</source>
        <translation>المنح المعلّق "%1" غير مفهوم</translation>
    </message>
    <message>
        <source>grant access to personal data</source>
        <translation>منح صلاحية الوصول إلى البيانات الشخصية</translation>
    </message>
    <message>
        <source>leads.view_pii can be granted to analysts only (a privacy officer has it by role).</source>
        <translation>لا تُمنح الصلاحية leads.view_pii إلا للمحللين (يملكها مسؤول الخصوصية بحكم دوره).</translation>
    </message>
    <message>
        <source>re-key the workspace</source>
        <translation>إعادة تشفير مساحة العمل بمفتاح جديد</translation>
    </message>
    <message>
        <source>import leads</source>
        <translation>استيراد العملاء المحتملين</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; import it again.</source>
        <translation>تغيّر %1 أثناء استيراده؛ استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>list lead sets</source>
        <translation>عرض مجموعات العملاء المحتملين</translation>
    </message>
    <message>
        <source>open a lead set</source>
        <translation>فتح مجموعة عملاء محتملين</translation>
    </message>
    <message>
        <source>There is no lead set %1 in the workspace.</source>
        <translation>لا توجد مجموعة العملاء المحتملين %1 في مساحة العمل.</translation>
    </message>
    <message>
        <source>lead set %1 (%2)</source>
        <translation>مجموعة العملاء المحتملين %1 (%2)</translation>
    </message>
    <message>
        <source>import a model</source>
        <translation>استيراد نموذج</translation>
    </message>
    <message>
        <source>%1 is already in the workspace as model %2.</source>
        <translation>%1 موجود بالفعل في مساحة العمل بصفته النموذج %2.</translation>
    </message>
    <message>
        <source>list models</source>
        <translation>عرض النماذج</translation>
    </message>
    <message>
        <source>open a model</source>
        <translation>فتح نموذج</translation>
    </message>
    <message>
        <source>There is no model %1 in the workspace.</source>
        <translation>لا يوجد النموذج %1 في مساحة العمل.</translation>
    </message>
    <message>
        <source>model %1 of the workspace</source>
        <translation>النموذج %1 في مساحة العمل</translation>
    </message>
    <message>
        <source>score leads</source>
        <translation>حساب درجات العملاء المحتملين</translation>
    </message>
    <message>
        <source>list scoring runs</source>
        <translation>عرض عمليات حساب الدرجات</translation>
    </message>
    <message>
        <source>read predictions</source>
        <translation>قراءة التنبؤات</translation>
    </message>
    <message>
        <source>set the idle lock</source>
        <translation>ضبط القفل عند الخمول</translation>
    </message>
    <message>
        <source>The idle lock must be from 1 to 240 minutes.</source>
        <translation>يجب أن تكون مدة القفل عند الخمول من 1 إلى 240 دقيقة.</translation>
    </message>
    <message>
        <source>export leads and scores</source>
        <translation>تصدير العملاء المحتملين ودرجاتهم</translation>
    </message>
    <message>
        <source>The audit log has no entry %1.</source>
        <translation>لا يحتوي سجل التدقيق على القيد %1.</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>sign a checkpoint of the audit log</source>
        <translation>توقيع نقطة تحقق لسجل التدقيق</translation>
    </message>
    <message>
        <source>export an evidence pack</source>
        <translation>تصدير حزمة أدلة</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder for the pack</source>
        <translation>%1 ليس فارغًا؛ اختر مجلدًا جديدًا للحزمة</translation>
    </message>
    <message>
        <source>write a compliance report</source>
        <translation>إعداد تقرير امتثال</translation>
    </message>
    <message>
        <source>The report's period must end after it starts.</source>
        <translation>يجب أن تنتهي فترة التقرير بعد بدايتها.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>أُلغي التقرير.</translation>
    </message>
    <message>
        <source>%1 has no row %2.</source>
        <translation>لا يحتوي %1 على الصف %2.</translation>
    </message>
    <message>
        <source>explain scores</source>
        <translation>شرح الدرجات</translation>
    </message>
    <message>
        <source>explain a score</source>
        <translation>شرح درجة</translation>
    </message>
    <message>
        <source>the edited lead has %1 features, the model %2</source>
        <translation>عدد خصائص العميل المحتمل المعدَّل %1، وعدد خصائص النموذج %2</translation>
    </message>
    <message>
        <source>explain a model</source>
        <translation>شرح نموذج</translation>
    </message>
    <message>
        <source>report on fairness</source>
        <translation>إعداد تقرير الإنصاف</translation>
    </message>
    <message>
        <source>read the bias policy</source>
        <translation>قراءة سياسة التحيّز</translation>
    </message>
    <message>
        <source>The stored bias policy is not valid JSON: %1.</source>
        <translation>سياسة التحيّز المحفوظة ليست JSON صالحًا: %1.</translation>
    </message>
    <message>
        <source>the workspace's bias policy</source>
        <translation>سياسة التحيّز في مساحة العمل</translation>
    </message>
    <message>
        <source>change the bias policy</source>
        <translation>تغيير سياسة التحيّز</translation>
    </message>
    <message>
        <source>the new bias policy</source>
        <translation>سياسة التحيّز الجديدة</translation>
    </message>
    <message>
        <source>read fairness alerts</source>
        <translation>قراءة تنبيهات الإنصاف</translation>
    </message>
    <message>
        <source>fairness alert %1 of the workspace</source>
        <translation>تنبيه الإنصاف %1 في مساحة العمل</translation>
    </message>
    <message>
        <source>list the lead sets fairness can be reported on</source>
        <translation>عرض مجموعات العملاء المحتملين التي يمكن إعداد تقرير الإنصاف عنها</translation>
    </message>
    <message>
        <source>the spec of lead set %1</source>
        <translation>مواصفات مجموعة العملاء المحتملين %1</translation>
    </message>
    <message>
        <source>export a fairness report</source>
        <translation>تصدير تقرير الإنصاف</translation>
    </message>
    <message>
        <source>Model %1's stored bundle does not match the hash it was registered and approved with.</source>
        <translation>لا تطابق الحزمة المحفوظة للنموذج %1 قيمة التجزئة التي سُجِّل واعتُمد بها.</translation>
    </message>
    <message>
        <source>Model %1's embedded model does not match the hash it was registered with.</source>
        <translation>لا يطابق النموذج المضمَّن في حزمة النموذج %1 قيمة التجزئة التي سُجِّل بها.</translation>
    </message>
    <message>
        <source>assess a model's risk</source>
        <translation>تقييم مخاطر نموذج</translation>
    </message>
    <message>
        <source>read a risk assessment</source>
        <translation>قراءة تقييم مخاطر</translation>
    </message>
    <message>
        <source>the stored risk assessment of model %1</source>
        <translation>تقييم المخاطر المحفوظ للنموذج %1</translation>
    </message>
    <message>
        <source>read the approval policy</source>
        <translation>قراءة سياسة الاعتماد</translation>
    </message>
    <message>
        <source>The stored approval policy is not valid JSON: %1.</source>
        <translation>سياسة الاعتماد المحفوظة ليست JSON صالحًا: %1.</translation>
    </message>
    <message>
        <source>the workspace's approval policy</source>
        <translation>سياسة الاعتماد في مساحة العمل</translation>
    </message>
    <message>
        <source>change the approval policy</source>
        <translation>تغيير سياسة الاعتماد</translation>
    </message>
    <message>
        <source>the new approval policy</source>
        <translation>سياسة الاعتماد الجديدة</translation>
    </message>
    <message>
        <source>make a model card</source>
        <translation>إعداد بطاقة نموذج</translation>
    </message>
    <message>
        <source>find the deployed model</source>
        <translation>تحديد النموذج المنشور</translation>
    </message>
    <message>
        <source>No model version is deployed: a risk officer deploys an approved version first.</source>
        <translation>لا يوجد إصدار نموذج منشور: يجب أن ينشر مسؤول المخاطر إصدارًا معتمدًا أولًا.</translation>
    </message>
    <message>
        <source>The deployed model %1 fails its checks (%2) and no earlier approved version passes them: scoring is stopped until a risk officer deploys one.</source>
        <translation>النموذج المنشور %1 لم يجتز عمليات التحقق (%2)، ولا يوجد إصدار سابق معتمد يجتازها: أُوقف حساب الدرجات إلى أن ينشر مسؤول المخاطر إصدارًا.</translation>
    </message>
    <message>
        <source>model event %1</source>
        <translation>حدث النموذج %1</translation>
    </message>
    <message>
        <source>Model event %1 is stored as number %2: the registry was edited.</source>
        <translation>حدث النموذج %1 محفوظ بالرقم %2: جرى تعديل مستودع النماذج.</translation>
    </message>
    <message>
        <source>Model %1 is marked "%2" in the database, but its signed history makes it "%3": the state was changed outside Mizan. No signature supports it; restore the workspace from a verified backup.</source>
        <translation>النموذج %1 موسوم بالحالة "%2" في قاعدة البيانات، لكن تسلسله الزمني الموقَّع يجعل حالته "%3": جرى تغيير الحالة خارج ميزان. ولا يوجد توقيع يدعم ذلك؛ استعد مساحة العمل من نسخة احتياطية موثَّقة.</translation>
    </message>
    <message>
        <source>Model %1's stored hashes differ from the ones its registration signed: the model was replaced.</source>
        <translation>قيم التجزئة المحفوظة للنموذج %1 تختلف عن القيم التي وقّعها تسجيله: جرى استبدال النموذج.</translation>
    </message>
    <message>
        <source>The audit log records model event %1, but the registry ends at event %2: registry events were removed or replaced.</source>
        <translation>يسجّل سجل التدقيق حدث النموذج %1، لكن مستودع النماذج ينتهي عند الحدث %2: حُذفت أحداث من مستودع النماذج أو استُبدلت.</translation>
    </message>
    <message>
        <source>The registry has events the audit log never recorded.</source>
        <translation>يحتوي مستودع النماذج على أحداث لم يسجّلها سجل التدقيق قط.</translation>
    </message>
    <message>
        <source>Governance decisions are signed with a person's own key; sign in as yourself, not with the recovery key.</source>
        <translation>تُوقَّع قرارات الحوكمة بالمفتاح الشخصي لصاحبها؛ سجّل الدخول بحسابك أنت، لا بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>read the model history</source>
        <translation>قراءة التسلسل الزمني للنموذج</translation>
    </message>
    <message>
        <source>read the deployment timeline</source>
        <translation>قراءة الخط الزمني للنشر</translation>
    </message>
    <message>
        <source>read which model scored a run</source>
        <translation>معرفة النموذج المستخدَم في عملية حساب درجات</translation>
    </message>
    <message>
        <source>There is no scoring run %1 in the workspace.</source>
        <translation>لا توجد عملية حساب الدرجات %1 في مساحة العمل.</translation>
    </message>
    <message>
        <source>submit a model</source>
        <translation>تقديم نموذج</translation>
    </message>
    <message>
        <source>approve a model</source>
        <translation>اعتماد نموذج</translation>
    </message>
    <message numerus="yes">
        <source>The revalidation date must be in the next %n month(s) (the policy's period).</source>
        <translation>
            <numerusform>يجب أن يقع تاريخ إعادة التحقق خلال الأشهر القادمة (مدة السياسة).</numerusform>
            <numerusform>يجب أن يقع تاريخ إعادة التحقق خلال الشهر القادم (مدة السياسة).</numerusform>
            <numerusform>يجب أن يقع تاريخ إعادة التحقق خلال الشهرين القادمين (مدة السياسة).</numerusform>
            <numerusform>يجب أن يقع تاريخ إعادة التحقق خلال الأشهر الـ%n القادمة (مدة السياسة).</numerusform>
            <numerusform>يجب أن يقع تاريخ إعادة التحقق خلال الـ%n شهرًا القادمة (مدة السياسة).</numerusform>
            <numerusform>يجب أن يقع تاريخ إعادة التحقق خلال الـ%n شهر القادمة (مدة السياسة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 fails the policy gates: %2 Approving it anyway needs a written override reason.</source>
        <translation>لا يستوفي النموذج %1 بوابات السياسة: %2 ويتطلب اعتماده رغم ذلك سبب تجاوز مكتوبًا.</translation>
    </message>
    <message>
        <source>reject a model</source>
        <translation>رفض نموذج</translation>
    </message>
    <message>
        <source>deploy a model</source>
        <translation>نشر نموذج</translation>
    </message>
    <message>
        <source>roll back a model</source>
        <translation>التراجع إلى إصدار سابق من نموذج</translation>
    </message>
    <message>
        <source>retire a model</source>
        <translation>إيقاف نموذج نهائيًا</translation>
    </message>
    <message>
        <source>import outcomes</source>
        <translation>استيراد النتائج الفعلية</translation>
    </message>
    <message>
        <source>%1, line %2: the header needs a 'lead_id' and a 'converted' column.</source>
        <translation>%1، السطر %2: يجب أن يتضمن سطر العناوين عمودَي 'lead_id' و'converted'.</translation>
    </message>
    <message>
        <source>%1, line %2: 'lead_id' is empty.</source>
        <translation>%1، السطر %2: الحقل 'lead_id' فارغ.</translation>
    </message>
    <message>
        <source>%1, line %2: 'converted' is '%3'; expected 1 or 0 (yes or no).</source>
        <translation>%1، السطر %2: قيمة 'converted' هي '%3'؛ والمتوقع 1 أو 0 (yes أو no).</translation>
    </message>
    <message>
        <source>%1, line %2: 'observed' is '%3'; expected a date (YYYY-MM-DD).</source>
        <translation>%1، السطر %2: قيمة 'observed' هي '%3'؛ والمتوقع تاريخ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1, line %2: lead %3 has another outcome on line %4.</source>
        <translation>%1، السطر %2: للعميل المحتمل %3 نتيجة فعلية أخرى في السطر %4.</translation>
    </message>
    <message>
        <source>%1 holds no outcomes.</source>
        <translation>لا يحتوي %1 على أي نتائج فعلية.</translation>
    </message>
    <message>
        <source>%1, line %2: lead %3 already has the outcome %4; nothing was imported.</source>
        <translation>%1، السطر %2: للعميل المحتمل %3 نتيجة فعلية مسجَّلة بالفعل هي %4؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>see realised performance</source>
        <translation>الاطلاع على الأداء المحقَّق</translation>
    </message>
    <message>
        <source>No version is deployed.</source>
        <translation>لا يوجد إصدار منشور.</translation>
    </message>
    <message>
        <source>see outcome alerts</source>
        <translation>الاطلاع على تنبيهات النتائج الفعلية</translation>
    </message>
    <message>
        <source>an assessment of model %1</source>
        <translation>أحد تقييمات النموذج %1</translation>
    </message>
    <message>
        <source>assessment of %1 on lead set %2</source>
        <translation>التقييم المُجرى في %1 على مجموعة العملاء المحتملين %2</translation>
    </message>
    <message>
        <source>the version's own test split</source>
        <translation>جزء الاختبار الخاص بالإصدار</translation>
    </message>
    <message>
        <source>The key of data subject %1 is damaged.</source>
        <translation>مفتاح صاحب البيانات %1 تالف.</translation>
    </message>
    <message>
        <source>The personal data of row %1 of lead set %2 does not open: it was altered or its key is damaged.</source>
        <translation>يتعذّر فتح البيانات الشخصية للصف %1 من مجموعة العملاء المحتملين %2: فقد عُدِّلت أو أن مفتاحها تالف.</translation>
    </message>
    <message>
        <source>lead set %1</source>
        <translation>مجموعة العملاء المحتملين %1</translation>
    </message>
    <message>
        <source>Lead set %1 has no row %2.</source>
        <translation>لا تحتوي مجموعة العملاء المحتملين %1 على الصف %2.</translation>
    </message>
    <message>
        <source>entries 1 to %1 were removed, but no retention run in the log sealed them</source>
        <translation>حُذفت القيود من 1 إلى %1، لكن لا توجد في السجل أي عملية تطبيق لمدد الاحتفاظ ختمتها</translation>
    </message>
    <message>
        <source>Lead set %1 (%2) was removed by retention on %3; only its name and hash remain.</source>
        <translation>حُذفت مجموعة العملاء المحتملين %1 (%2) بموجب مدد الاحتفاظ في %3؛ ولم يبقَ منها سوى اسمها وقيمة تجزئتها.</translation>
    </message>
    <message>
        <source>generate the compliance documents</source>
        <translation>إنشاء وثائق الامتثال</translation>
    </message>
    <message>
        <source>analyst %1 (individual grant)</source>
        <translation>المحلل %1 (منح فردي)</translation>
    </message>
    <message>
        <source>model version %1 (%2)</source>
        <translation>إصدار النموذج %1 (%2)</translation>
    </message>
    <message>
        <source>trace lineage</source>
        <translation>تتبّع مسار البيانات</translation>
    </message>
    <message>
        <source>Lineage is traced from "leadset:N" or "model:N", not "%1".</source>
        <translation>يُتتبَّع مسار البيانات انطلاقًا من "leadset:N" أو "model:N"، لا من "%1".</translation>
    </message>
    <message>
        <source>lead set %1 (%2, %3 rows, from %4; purpose: %5)</source>
        <translation>مجموعة العملاء المحتملين %1 (%2، عدد الصفوف %3، من %4؛ الغرض: %5)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>rows removed by retention</source>
        <translation>حُذفت صفوفها بموجب مدد الاحتفاظ</translation>
    </message>
    <message>
        <source>scoring run %1: %2 predictions by model version %3</source>
        <translation>عملية حساب الدرجات %1: %2 من التنبؤات بإصدار النموذج %3</translation>
    </message>
    <message>
        <source>predictions removed by retention</source>
        <translation>حُذفت تنبؤاتها بموجب مدد الاحتفاظ</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>كُتب %1 في %2</translation>
    </message>
    <message>
        <source>training data %1 (not in this workspace)</source>
        <translation>بيانات التدريب %1 (ليست في مساحة العمل هذه)</translation>
    </message>
    <message>
        <source>A decision is "positive" or "negative", not "%1".</source>
        <translation>القرار إما "positive" أو "negative"، وليس "%1".</translation>
    </message>
    <message>
        <source>A human decision needs a reason.</source>
        <translation>يتطلب القرار البشري ذكر سبب.</translation>
    </message>
    <message>
        <source>Scoring run %1 has no prediction for row %2.</source>
        <translation>لا تحتوي عملية حساب الدرجات %1 على تنبؤ للصف %2.</translation>
    </message>
    <message>
        <source>The model's decision is already "%1"; a human decision records a departure from it.</source>
        <translation>قرار النموذج هو "%1" أصلًا؛ والقرار البشري يسجّل مخالفةً لقرار النموذج.</translation>
    </message>
    <message>
        <source>record a human decision</source>
        <translation>تسجيل قرار بشري</translation>
    </message>
    <message>
        <source>read human decisions</source>
        <translation>قراءة القرارات البشرية</translation>
    </message>
    <message>
        <source>record an appeal</source>
        <translation>تسجيل تظلّم</translation>
    </message>
    <message>
        <source>An appeal needs the subject's statement.</source>
        <translation>يتطلب التظلّم إفادة صاحب البيانات.</translation>
    </message>
    <message>
        <source>The reviewer must be an enabled user who may record human decisions (an analyst); "%1" is not.</source>
        <translation>يجب أن يكون المراجِع مستخدمًا مفعَّلًا يحق له تسجيل القرارات البشرية (محللًا)؛ و"%1" ليس كذلك.</translation>
    </message>
    <message>
        <source>%1 already decided on this lead; route the appeal to another reviewer.</source>
        <translation>سبق أن اتخذ %1 قرارًا بشأن هذا العميل المحتمل؛ أحِل التظلّم إلى مراجِع آخر.</translation>
    </message>
    <message>
        <source>read appeals</source>
        <translation>قراءة التظلّمات</translation>
    </message>
    <message>
        <source>decide an appeal</source>
        <translation>البتّ في تظلّم</translation>
    </message>
    <message>
        <source>There is no open appeal %1.</source>
        <translation>لا يوجد تظلّم مفتوح بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Appeal %1 is routed to %2, not to you.</source>
        <translation>التظلّم %1 محال إلى %2، وليس إليك.</translation>
    </message>
    <message>
        <source>Deciding an appeal needs a reason.</source>
        <translation>يتطلب البتّ في التظلّم ذكر سبب.</translation>
    </message>
    <message>
        <source>The lead was never scored, so there is no decision to overturn.</source>
        <translation>لم يُقيَّم هذا العميل المحتمل قط، لذا لا يوجد قرار يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>A prediction vanished.</source>
        <translation>اختفى أحد التنبؤات.</translation>
    </message>
    <message>
        <source>No data subject "%1" is held in the workspace.</source>
        <translation>لا يوجد صاحب البيانات "%1" في مساحة العمل.</translation>
    </message>
    <message>
        <source>find a data subject</source>
        <translation>البحث عن صاحب بيانات</translation>
    </message>
    <message>
        <source>Enter a lead id or personal data to search for.</source>
        <translation>أدخل معرّف عميل محتمل أو بيانات شخصية للبحث عنها.</translation>
    </message>
    <message>
        <source>erase a data subject</source>
        <translation>محو بيانات أحد أصحاب البيانات</translation>
    </message>
    <message>
        <source>Give the reference of the erasure request.</source>
        <translation>حدّد مرجع طلب المحو.</translation>
    </message>
    <message>
        <source>Refused: legal hold %1 on %2 (placed by %3: %4) stops erasure until it is lifted.</source>
        <translation>مرفوض: الحفظ القانوني %1 على %2 (فرضه %3: %4) يمنع المحو إلى أن يُرفع.</translation>
    </message>
    <message>
        <source>Row %1 of lead set %2 vanished during the erasure.</source>
        <translation>اختفى الصف %1 من مجموعة العملاء المحتملين %2 أثناء المحو.</translation>
    </message>
    <message>
        <source>The subject was erased, but the migration copy %1 could not be removed; remove it by hand.</source>
        <translation>مُحيت بيانات صاحب البيانات، لكن تعذّر حذف نسخة الترحيل %1؛ احذفها يدويًا.</translation>
    </message>
    <message>
        <source>read the erasure register</source>
        <translation>قراءة قائمة عمليات المحو</translation>
    </message>
    <message>
        <source>The erasure register is damaged.</source>
        <translation>قائمة عمليات المحو تالفة.</translation>
    </message>
    <message>
        <source>place a legal hold</source>
        <translation>فرض حفظ قانوني</translation>
    </message>
    <message>
        <source>A legal hold is placed on "leadset:N", "model:N" or "audit", not "%1".</source>
        <translation>يُفرض الحفظ القانوني على "leadset:N" أو "model:N" أو "audit"، وليس على "%1".</translation>
    </message>
    <message>
        <source>There is no %1 in the workspace.</source>
        <translation>لا يوجد %1 في مساحة العمل.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason.</source>
        <translation>يتطلب الحفظ القانوني ذكر سبب.</translation>
    </message>
    <message>
        <source>lift a legal hold</source>
        <translation>رفع حفظ قانوني</translation>
    </message>
    <message>
        <source>There is no legal hold %1 in force.</source>
        <translation>لا يوجد حفظ قانوني ساري المفعول بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Lifting a legal hold needs a reason.</source>
        <translation>يتطلب رفع الحفظ القانوني ذكر سبب.</translation>
    </message>
    <message>
        <source>list legal holds</source>
        <translation>عرض عمليات الحفظ القانوني</translation>
    </message>
    <message>
        <source>The stored privacy policy is damaged.</source>
        <translation>سياسة الخصوصية المحفوظة تالفة.</translation>
    </message>
    <message>
        <source>change the privacy policy</source>
        <translation>تغيير سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Refused: lead set %1 was collected for "%2"; model %3 serves "%4". Personal data is not processed for another purpose.</source>
        <translation>مرفوض: جُمعت مجموعة العملاء المحتملين %1 لغرض "%2"، بينما يخدم النموذج %3 غرض "%4". ولا تُعالَج البيانات الشخصية لغرض آخر.</translation>
    </message>
    <message>
        <source>read the retention policy</source>
        <translation>قراءة سياسة الاحتفاظ</translation>
    </message>
    <message>
        <source>The stored retention policy is damaged: %1</source>
        <translation>سياسة الاحتفاظ المحفوظة تالفة: %1</translation>
    </message>
    <message>
        <source>change the retention policy</source>
        <translation>تغيير سياسة الاحتفاظ</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>lead set %1 (%2), %3 rows</source>
        <translation>مجموعة العملاء المحتملين %1 (%2)، %3 من الصفوف</translation>
    </message>
    <message>
        <source>predictions of scoring run %1 (lead set %2, model %3), %4 rows</source>
        <translation>تنبؤات عملية حساب الدرجات %1 (مجموعة العملاء المحتملين %2، النموذج %3)، %4 من الصفوف</translation>
    </message>
    <message>
        <source>%1 known outcomes observed more than %2 days ago</source>
        <translation>%1 من النتائج الفعلية المعروفة رُصدت قبل أكثر من %2 يوم</translation>
    </message>
    <message>
        <source>audit entries %1 to %2, sealed into a signed archive, then pruned</source>
        <translation>قيود التدقيق من %1 إلى %2، تُختم في أرشيف موقَّع ثم تُحذف من السجل</translation>
    </message>
    <message>
        <source>Explanations are not stored: each is computed when asked for, and its receipt is an audit entry.</source>
        <translation>لا تُحفظ الشروح: يُحسب كل شرح عند طلبه، ويكون إيصال التحقق الخاص به قيدًا في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Exports are files outside the workspace; their register is the audit log. Delete exported files after %1 days where you keep them.</source>
        <translation>الملفات المصدَّرة موجودة خارج مساحة العمل، وقائمتها هي سجل التدقيق. احذف الملفات المصدَّرة بعد %1 يوم أينما احتفظت بها.</translation>
    </message>
    <message>
        <source>Audit entries 1 to %1 are sealed in archives under %2.</source>
        <translation>قيود التدقيق من 1 إلى %1 مختومة في أرشيفات ضمن %2.</translation>
    </message>
    <message>
        <source>No audit entry is older than %1 days.</source>
        <translation>لا يوجد قيد تدقيق أقدم من %1 يوم.</translation>
    </message>
    <message>
        <source>The audit archive %1 exists already; move it away and run retention again.</source>
        <translation>أرشيف التدقيق %1 موجود بالفعل؛ انقله إلى مكان آخر ثم شغّل عملية الاحتفاظ مرة أخرى.</translation>
    </message>
    <message>
        <source>The archive holds %1 entries, not the %2 of the segment.</source>
        <translation>يحتوي الأرشيف على %1 من القيود، وليس على قيود المقطع البالغ عددها %2.</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>تتعذّر قراءة %1</translation>
    </message>
    <message>
        <source>run retention</source>
        <translation>تشغيل عملية الاحتفاظ</translation>
    </message>
    <message>
        <source>apply retention</source>
        <translation>تطبيق سياسة الاحتفاظ</translation>
    </message>
    <message>
        <source>Cancelled; nothing was removed.</source>
        <translation>أُلغيت العملية؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>export a subject's data</source>
        <translation>تصدير بيانات أحد أصحاب البيانات</translation>
    </message>
    <message>
        <source>A lead set vanished.</source>
        <translation>اختفت إحدى مجموعات العملاء المحتملين.</translation>
    </message>
    <message>
        <source>A lead vanished.</source>
        <translation>اختفى أحد العملاء المحتملين.</translation>
    </message>
    <message>
        <source>A scoring run vanished.</source>
        <translation>اختفت إحدى عمليات حساب الدرجات.</translation>
    </message>
    <message>
        <source>Rollback: your checkpoint vouches for %1 entries, but entry %2 records that %3 restored a backup of %4 entries on %5. Entries %6 to %1 of the log before the restore are not in this workspace; the replaced folder %7 keeps them.%8</source>
        <translation>تراجع: تشهد نقطة التحقق التي لديك بوجود %1 من القيود، لكن القيد %2 يسجّل أن %3 استعاد نسخة احتياطية تضم %4 من القيود في %5. والقيود من %6 إلى %1 من السجل السابق للاستعادة ليست في مساحة العمل هذه؛ بل يحتفظ بها المجلد المستبدَل %7.%8</translation>
    </message>
    <message>
        <source> Your checkpoint is exactly the replaced log's head.</source>
        <translation> ونقطة التحقق التي لديك هي بالضبط رأس السجل المستبدَل (آخر قيد فيه).</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>change the backup plan</source>
        <translation>تغيير خطة النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>No backup schedule is set for %1.</source>
        <translation>لم يُضبط أي جدول للنسخ الاحتياطي لـ %1.</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Unknown kind of backup: %1</source>
        <translation>نوع غير معروف من النسخ الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the backups (or set one in the backup plan).</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية (أو حدّده في خطة النسخ الاحتياطي).</translation>
    </message>
    <message>
        <source>Backups cannot go inside the workspace folder %1.</source>
        <translation>لا يمكن حفظ النسخ الاحتياطية داخل مجلد مساحة العمل %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>أُلغي النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>%1 was written unencrypted; the backup is discarded</source>
        <translation>كُتب %1 دون تشفير؛ لذا استُبعدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>تتعذّر إعادة تسمية %1 إلى %2</translation>
    </message>
    <message>
        <source>list backups</source>
        <translation>عرض النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>verify a backup</source>
        <translation>التحقق من نسخة احتياطية</translation>
    </message>
    <message>
        <source>the key slot in the backup holds no key of generation %1</source>
        <translation>لا تحتوي خانة المفاتيح في النسخة الاحتياطية على مفتاح من الجيل %1</translation>
    </message>
    <message>
        <source>rotate backups</source>
        <translation>تدوير النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>run a recovery drill</source>
        <translation>تنفيذ تمرين استعادة</translation>
    </message>
    <message>
        <source>Choose a folder for the drill's backup (or set one in the backup plan).</source>
        <translation>اختر مجلدًا للنسخة الاحتياطية الخاصة بتمرين الاستعادة (أو حدّده في خطة النسخ الاحتياطي).</translation>
    </message>
    <message>
        <source>the restored audit log does not verify: %1</source>
        <translation>فشل التحقق من سجل التدقيق المستعاد: %1</translation>
    </message>
    <message>
        <source>the restored workspace holds %1 rows of %2; the backup has %3</source>
        <translation>تحتوي مساحة العمل المستعادة على %1 من صفوف %2، بينما تحتوي النسخة الاحتياطية على %3</translation>
    </message>
    <message>
        <source>%1: cannot write the drill report</source>
        <translation>%1: تتعذّر كتابة تقرير تمرين الاستعادة</translation>
    </message>
    <message>
        <source>read recovery drills</source>
        <translation>قراءة تمارين الاستعادة</translation>
    </message>
    <message>
        <source>The account "%1" held no key in this backup (disabled then?).</source>
        <translation>لم يكن للحساب "%1" مفتاح في هذه النسخة الاحتياطية (هل كان معطّلًا آنذاك؟).</translation>
    </message>
    <message>
        <source>The backup %1 lies inside the workspace it would replace.</source>
        <translation>تقع النسخة الاحتياطية %1 داخل مساحة العمل التي ستحل محلها.</translation>
    </message>
    <message>
        <source>%1 is neither a Mizan workspace nor empty; choose another folder to restore into.</source>
        <translation>%1 ليس مساحة عمل ميزان وليس فارغًا؛ اختر مجلدًا آخر للاستعادة إليه.</translation>
    </message>
    <message>
        <source>The workspace %1 is in use; close it there first.</source>
        <translation>مساحة العمل %1 قيد الاستخدام؛ أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>The workspace being replaced does not open (%1): erasures made after the backup are re-applied from newer backups only.</source>
        <translation>يتعذّر فتح مساحة العمل المراد استبدالها (%1): لن يُعاد تطبيق عمليات المحو التي أُجريت بعد النسخة الاحتياطية إلا من نسخ احتياطية أحدث.</translation>
    </message>
    <message>
        <source>The backup %1 does not verify; nothing was restored: %2</source>
        <translation>فشل التحقق من النسخة الاحتياطية %1؛ ولم يُستعد شيء: %2</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>تتعذّر الكتابة في %1</translation>
    </message>
    <message>
        <source>cannot create a folder in %1</source>
        <translation>يتعذّر إنشاء مجلد في %1</translation>
    </message>
    <message>
        <source>%1 changed while it was copied</source>
        <translation>تغيّر %1 أثناء نسخه</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The erasure register of the workspace being replaced could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة عمليات المحو في مساحة العمل المراد استبدالها: %1</translation>
    </message>
    <message>
        <source>The workspace being replaced did not open with these credentials (%1): erasures made after the backup are re-applied from newer backups only.</source>
        <translation>لم تُفتح مساحة العمل المراد استبدالها ببيانات الاعتماد هذه (%1): لن يُعاد تطبيق عمليات المحو التي أُجريت بعد النسخة الاحتياطية إلا من نسخ احتياطية أحدث.</translation>
    </message>
    <message>
        <source>The restored audit log is older than the one it replaces (%1 entries against %2): an auditor's checkpoint after entry %1 will show the rollback this restore recorded.</source>
        <translation>سجل التدقيق المستعاد أقدم من السجل الذي يحل محله (%1 من القيود مقابل %2): وستُظهر أي نقطة تحقق لدى المدقق بعد القيد %1 التراجعَ الذي سجّلته هذه الاستعادة.</translation>
    </message>
    <message>
        <source>The restored audit log does not verify: %1</source>
        <translation>فشل التحقق من سجل التدقيق المستعاد: %1</translation>
    </message>
    <message>
        <source>cannot swap the restored workspace into %1: %2</source>
        <translation>يتعذّر إحلال مساحة العمل المستعادة في %1: %2</translation>
    </message>
    <message>
        <source>The replaced workspace is kept in %1.</source>
        <translation>مساحة العمل المستبدَلة محفوظة في %1.</translation>
    </message>
    <message>
        <source>cannot move the restored workspace to %1: %2</source>
        <translation>يتعذّر نقل مساحة العمل المستعادة إلى %1: %2</translation>
    </message>
    <message>
        <source>No scheduled backup is due yet; an administrator can make one at any time.</source>
        <translation>لم يحن موعد أي نسخة احتياطية مجدولة بعد؛ يمكن للمسؤول إنشاء نسخة في أي وقت.</translation>
    </message>
    <message>
        <source>This backup was made under key generation %1 (the workspace is at %2): give the password you had then to verify it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية تحت جيل المفتاح %1 (ومساحة العمل الآن عند الجيل %2): أدخل كلمة المرور التي كانت لديك حينها للتحقق منها.</translation>
    </message>
    <message>
        <source>The workspace being replaced does not open with this credential (was the password changed since the backup?), so the erasures made since could not be re-applied. Restore with the recovery key, which opens both: %1</source>
        <translation>لا تُفتح مساحة العمل المراد استبدالها ببيانات الاعتماد هذه (هل غُيّرت كلمة المرور منذ إنشاء النسخة؟)، لذا تعذّرت إعادة تطبيق عمليات المحو التي جرت منذئذ. نفّذ الاستعادة بمفتاح الاسترداد الذي يفتح الاثنتين: %1</translation>
    </message>
    <message>
        <source>%1 may not restore over the workspace %2 as it is now (no backup.restore there).</source>
        <translation>لا يجوز لـ %1 الاستعادة فوق مساحة العمل %2 بحالتها الراهنة (لا يملك صلاحية backup.restore فيها).</translation>
    </message>
    <message>
        <source>The account "%1" was removed after this backup was made: it is disabled in the restored workspace, whose key is rotated. Remove it again.</source>
        <translation>أُزيل الحساب "%1" بعد إنشاء هذه النسخة الاحتياطية: عُطّل في مساحة العمل المستعادة، ودُوّر مفتاحها. أزِله مرة أخرى.</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>يتعذّر حذف %1</translation>
    </message>
    <message>
        <source>cannot finish the staged copy in %1</source>
        <translation>يتعذّر إكمال النسخة المرحلية في %1</translation>
    </message>
    <message>
        <source>change the classification marking</source>
        <translation>تغيير وسم التصنيف</translation>
    </message>
</context>
<context>
    <name>mizan::XgbModel</name>
    <message>
        <source>%1: not a usable XGBoost model: '%2': %3</source>
        <translation>%1: ليس نموذج XGBoost صالحًا للاستخدام: '%2': %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>المتوقع كائن</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>المتوقع قائمة</translation>
    </message>
    <message>
        <source>expected %1 entries, found %2</source>
        <translation>المتوقع %1 من العناصر، ووُجد %2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>المتوقع رقم</translation>
    </message>
    <message>
        <source>expected 1 to %1 nodes</source>
        <translation>المتوقع من 1 إلى %1 من العُقد</translation>
    </message>
    <message>
        <source>categorical splits are not supported; one-hot encode categories in the dataset spec instead</source>
        <translation>التقسيمات الفئوية غير مدعومة؛ رمّز الأصناف بترميز one-hot في مواصفات البيانات بدلًا من ذلك</translation>
    </message>
    <message>
        <source>%1: invalid child indices</source>
        <translation>%1: فهارس العقد الفرعية غير صالحة</translation>
    </message>
    <message>
        <source>%1: a child index is out of range</source>
        <translation>%1: أحد فهارس العقد الفرعية خارج النطاق</translation>
    </message>
    <message>
        <source>%1: the split feature is not one of the model's %2 features</source>
        <translation>%1: خاصية التقسيم ليست من خصائص النموذج البالغ عددها %2</translation>
    </message>
    <message>
        <source>%1: not a finite number</source>
        <translation>%1: ليس عددًا منتهيًا</translation>
    </message>
    <message>
        <source>%1: not a finite, non-negative number</source>
        <translation>%1: ليس عددًا منتهيًا غير سالب</translation>
    </message>
    <message>
        <source>%1: expected 0 or 1</source>
        <translation>%1: المتوقع 0 أو 1</translation>
    </message>
    <message>
        <source>the tree is deeper than %1 levels</source>
        <translation>عمق الشجرة يتجاوز %1 من المستويات</translation>
    </message>
    <message>
        <source>node %1 is reached twice: not a tree</source>
        <translation>يُوصَل إلى العقدة %1 مرتين: البنية ليست شجرة</translation>
    </message>
    <message>
        <source>larger than the limit of %1 MiB</source>
        <translation>الحجم يتجاوز الحد %1 MiB</translation>
    </message>
    <message>
        <source>%1: not an XGBoost JSON model (JSON error at byte %2: %3); save models with a .json file name</source>
        <translation>%1: ليس نموذج XGBoost بصيغة JSON (خطأ JSON عند البايت %2: %3)؛ احفظ النماذج باسم ملف ينتهي بـ .json</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <source>the objective is "%1"; Mizan scores binary:logistic models only</source>
        <translation>الهدف التدريبي (objective) هو "%1"؛ ولا يحسب ميزان الدرجات إلا بنماذج binary:logistic</translation>
    </message>
    <message>
        <source>expected 1 to %1 features</source>
        <translation>المتوقع من 1 إلى %1 من الخصائص</translation>
    </message>
    <message>
        <source>expected a probability between 0 and 1</source>
        <translation>المتوقع احتمال بين 0 و1</translation>
    </message>
    <message>
        <source>multi-class models are not supported</source>
        <translation>النماذج متعددة الأصناف غير مدعومة</translation>
    </message>
    <message>
        <source>names %1 features, but the model has %2</source>
        <translation>يذكر %1 من الخصائص، لكن عدد خصائص النموذج %2</translation>
    </message>
    <message>
        <source>expected strings</source>
        <translation>المتوقع سلاسل نصية</translation>
    </message>
    <message>
        <source>feature type "%1" is not supported (numeric features only)</source>
        <translation>نوع الخاصية "%1" غير مدعوم (الخصائص الرقمية فقط)</translation>
    </message>
    <message>
        <source>the booster is "%1"; only gbtree is supported</source>
        <translation>المعزِّز (booster) هو "%1"؛ ولا يُدعم إلا gbtree</translation>
    </message>
    <message>
        <source>expected 0 to %1 trees</source>
        <translation>المتوقع من 0 إلى %1 من الأشجار</translation>
    </message>
    <message>
        <source>expected every tree to belong to output 0</source>
        <translation>المتوقع أن تنتمي كل شجرة إلى المخرج 0</translation>
    </message>
    <message>
        <source>node 0: the root has a parent</source>
        <translation>العقدة 0: للجذر عقدة أم</translation>
    </message>
    <message>
        <source>node %1: the recorded parent is not node %2</source>
        <translation>العقدة %1: العقدة الأم المسجّلة ليست العقدة %2</translation>
    </message>
</context>
<context>
    <name>mizan::cli</name>
    <message>
        <source>Try 'mizan-cli %1 --help'.</source>
        <translation>جرّب 'mizan-cli %1 --help'.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>اعرض هذه المساعدة ثم اخرج.</translation>
    </message>
    <message>
        <source>unknown format '%1'</source>
        <translation>صيغة غير معروفة '%1'</translation>
    </message>
    <message>
        <source>format '%1' is not available here</source>
        <translation>الصيغة '%1' غير متاحة هنا</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>الخيار --%1 مطلوب</translation>
    </message>
    <message>
        <source>Import an XGBoost JSON model trained elsewhere (Python, Spark) with the dataset spec
of its input. The file is validated; its feature names are matched to the spec.</source>
        <translation>استورد نموذج XGBoost بصيغة JSON دُرّب في بيئة أخرى (Python أو Spark) مع مواصفات بيانات
مدخلاته. يُتحقق من صحة الملف، وتُطابَق أسماء خصائصه مع المواصفات.</translation>
    </message>
    <message>
        <source>The XGBoost model file (JSON).</source>
        <translation>ملف نموذج XGBoost (JSON).</translation>
    </message>
    <message>
        <source>MODEL.json</source>
        <translation>MODEL.json</translation>
    </message>
    <message>
        <source>The dataset spec of the model's input.</source>
        <translation>مواصفات البيانات لمدخلات النموذج.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Risk band cut-offs (default 0.2,0.5).</source>
        <translation>نقاط الفصل بين شرائح المخاطر (الافتراضي 0.2,0.5).</translation>
    </message>
    <message>
        <source>CUTOFFS</source>
        <translation>CUTOFFS</translation>
    </message>
    <message>
        <source>The model's name (default: the file's name).</source>
        <translation>اسم النموذج (الافتراضي: اسم الملف).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Where to write the model bundle.</source>
        <translation>مكان كتابة حزمة النموذج.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>BUNDLE</translation>
    </message>
    <message>
        <source>Output format: json (default) or table.</source>
        <translation>صيغة المخرجات: json (الافتراضية) أو table.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>unknown subcommand '%1'</source>
        <translation>أمر فرعي غير معروف '%1'</translation>
    </message>
    <message>
        <source>Score a lead file with a model bundle. Columns: row_index, id, margin (log-odds),
probability, band. The file is read with the bundle's dataset spec unless --spec
gives another layout for the same features.</source>
        <translation>احسب درجات ملف عملاء محتملين باستخدام حزمة نموذج. الأعمدة: row_index وid وmargin (لوغاريتم الأرجحية)
وprobability وband. يُقرأ الملف وفق مواصفات البيانات في الحزمة ما لم يحدد --spec
تخطيطًا آخر للخصائص نفسها.</translation>
    </message>
    <message>
        <source>The model bundle.</source>
        <translation>حزمة النموذج.</translation>
    </message>
    <message>
        <source>The lead file (CSV).</source>
        <translation>ملف العملاء (CSV).</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>A dataset spec for reading this file (same features).</source>
        <translation>مواصفات بيانات لقراءة هذا الملف (بالخصائص نفسها).</translation>
    </message>
    <message>
        <source>Write the scores to this file instead of standard output.</source>
        <translation>اكتب الدرجات في هذا الملف بدلًا من المخرجات القياسية.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Output format: json (default), csv or table.</source>
        <translation>صيغة المخرجات: json (الافتراضية) أو csv أو table.</translation>
    </message>
    <message>
        <source>Threads to use (default: all cores).</source>
        <translation>عدد مسارات التنفيذ المستخدمة (الافتراضي: كل الأنوية).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--threads expects a number from 1 to 1024</source>
        <translation>يتوقع الخيار --threads عددًا من 1 إلى 1024</translation>
    </message>
    <message>
        <source>%1: its features differ from the model's spec; the model cannot score data described by it</source>
        <translation>%1: تختلف خصائصه عن مواصفات النموذج؛ لا يستطيع النموذج حساب درجات البيانات الموصوفة به</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: تتعذّر الكتابة</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>تتعذّر الكتابة في المخرجات القياسية</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>المخرجات القياسية</translation>
    </message>
    <message>
        <source>Train a binary:logistic XGBoost model on a lead file and write a model bundle.
Metrics are computed on the held-out test part of the split.</source>
        <translation>درّب نموذج XGBoost من نوع binary:logistic على ملف عملاء محتملين واكتب حزمة نموذج.
تُحسب المقاييس على جزء الاختبار المحجوز من التقسيم.</translation>
    </message>
    <message>
        <source>The lead file (CSV) with outcomes.</source>
        <translation>ملف العملاء (CSV) مع النتائج.</translation>
    </message>
    <message>
        <source>The dataset spec (mizan.dataset-spec/1 JSON).</source>
        <translation>مواصفات البيانات (JSON بصيغة mizan.dataset-spec/1).</translation>
    </message>
    <message>
        <source>Test part: mod:K:R, random:FRACTION:SEED, tail:FRACTION or none (default random:0.2:0).</source>
        <translation>جزء الاختبار: mod:K:R أو random:FRACTION:SEED أو tail:FRACTION أو none (الافتراضي random:0.2:0).</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>SPLIT</translation>
    </message>
    <message>
        <source>A training parameter KEY=VALUE (max_depth, eta, rounds, subsample, colsample_bytree, min_child_weight, lambda, alpha, gamma, scale_pos_weight, base_score, seed, nthread, tree_method, early_stopping_rounds); repeatable.</source>
        <translation>معامل تدريب بالصيغة KEY=VALUE (max_depth, eta, rounds, subsample, colsample_bytree, min_child_weight, lambda, alpha, gamma, scale_pos_weight, base_score, seed, nthread, tree_method, early_stopping_rounds)؛ يمكن تكراره.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Training parameters as a JSON object file.</source>
        <translation>معاملات التدريب في ملف كائن JSON.</translation>
    </message>
    <message>
        <source>Validation part of the training rows for early stopping (default random:0.1:SEED).</source>
        <translation>جزء التحقق من صفوف التدريب للإيقاف المبكر (الافتراضي random:0.1:SEED).</translation>
    </message>
    <message>
        <source>The model's name (default: the spec's name).</source>
        <translation>اسم النموذج (الافتراضي: اسم المواصفات).</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>وسيط غير متوقع '%1'</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: يتعذّر الفتح: %2</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of training parameters</source>
        <translation>%1: المتوقع كائن JSON يتضمن معاملات التدريب</translation>
    </message>
    <message>
        <source>--param expects KEY=VALUE, found '%1'</source>
        <translation>يتوقع الخيار --param الصيغة KEY=VALUE، ووُجد '%1'</translation>
    </message>
    <message>
        <source>mizan-cli: unknown command '%1'. Try 'mizan-cli --help'.</source>
        <translation>mizan-cli: أمر غير معروف '%1'. جرّب 'mizan-cli --help'.</translation>
    </message>
    <message>
        <source>the option --%1 is given twice</source>
        <translation>الخيار --%1 محدد مرتين</translation>
    </message>
    <message>
        <source>The folder to write into (created if needed).</source>
        <translation>المجلد المراد الكتابة فيه (يُنشأ عند الحاجة).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Number of leads (default 8000).</source>
        <translation>عدد العملاء المحتملين (الافتراضي 8000).</translation>
    </message>
    <message>
        <source>Generator seed (default 2026).</source>
        <translation>بذرة المولّد (الافتراضية 2026).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <source>--rows expects a number from 200 to 2000000</source>
        <translation>يتوقع الخيار --rows عددًا من 200 إلى 2000000</translation>
    </message>
    <message>
        <source>--seed expects a whole number</source>
        <translation>يتوقع الخيار --seed عددًا صحيحًا</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: يتعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>Demo lead-conversion model</source>
        <translation>نموذج تجريبي لتحويل العملاء المحتملين</translation>
    </message>
    <message>
        <source>Tree evaluation: native (default) or xgboost (XGBoost's own prediction, the cross-check; both give the same margins).</source>
        <translation>حساب الأشجار: native (الافتراضي) أو xgboost (تنبؤ XGBoost نفسه، للتحقق المتقاطع؛ ويعطي كلاهما الهوامش نفسها).</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <source>--engine expects native or xgboost</source>
        <translation>يتوقع الخيار --engine القيمة native أو xgboost</translation>
    </message>
    <message>
        <source>%1: a parameter file may not exceed 1 MiB</source>
        <translation>%1: يجب ألا يتجاوز حجم ملف المعاملات 1 MiB</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: ليس JSON صالحًا عند البايت %2: %3</translation>
    </message>
    <message>
        <source>mizan-cli: out of memory</source>
        <translation>mizan-cli: نفدت الذاكرة</translation>
    </message>
    <message>
        <source>mizan-cli: internal error: %1</source>
        <translation>mizan-cli: خطأ داخلي: %1</translation>
    </message>
    <message>
        <source>missing arguments: %1 expected</source>
        <translation>وسائط ناقصة: المتوقع %1</translation>
    </message>
    <message>
        <source>Demo leads</source>
        <translation>عملاء محتملون تجريبيون</translation>
    </message>
    <message>
        <source>Write only the files, no demo workspace.</source>
        <translation>اكتب الملفات فقط، دون مساحة عمل تجريبية.</translation>
    </message>
    <message>
        <source>The demo passwords and recovery key below are shown only this once.</source>
        <translation>لا تُعرض كلمات المرور التجريبية ومفتاح الاسترداد أدناه إلا هذه المرة.</translation>
    </message>
    <message>
        <source>The model bundle to store.</source>
        <translation>حزمة النموذج المراد حفظها.</translation>
    </message>
    <message>
        <source>Score a lead set stored in the workspace with a stored model. The predictions are
kept with the model version, the input's hash, the time and the user.</source>
        <translation>احسب درجات مجموعة عملاء محفوظة في مساحة العمل باستخدام نموذج محفوظ. تُحفظ التنبؤات
مع إصدار النموذج وقيمة تجزئة المدخلات والوقت والمستخدم.</translation>
    </message>
    <message>
        <source>The lead set's id (see workspace info).</source>
        <translation>معرّف مجموعة العملاء (انظر workspace info).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The model's id.</source>
        <translation>معرّف النموذج.</translation>
    </message>
    <message>
        <source>--lead-set and --model expect numeric ids</source>
        <translation>يتوقع الخياران --lead-set و--model معرّفات رقمية</translation>
    </message>
    <message>
        <source>The workspace folder (default: $MIZAN_WORKSPACE).</source>
        <translation>مجلد مساحة العمل (الافتراضي: $MIZAN_WORKSPACE).</translation>
    </message>
    <message>
        <source>The acting user (default: $MIZAN_USER; "recovery" with the recovery key). The password comes from $MIZAN_PASSWORD or the first line of standard input.</source>
        <translation>المستخدم المنفِّذ (الافتراضي: $MIZAN_USER؛ و"recovery" عند استخدام مفتاح الاسترداد). تؤخذ كلمة المرور من $MIZAN_PASSWORD أو من السطر الأول من المدخلات القياسية.</translation>
    </message>
    <message>
        <source>--workspace (or MIZAN_WORKSPACE) is required</source>
        <translation>الخيار --workspace (أو MIZAN_WORKSPACE) مطلوب</translation>
    </message>
    <message>
        <source>--as (or MIZAN_USER) is required</source>
        <translation>الخيار --as (أو MIZAN_USER) مطلوب</translation>
    </message>
    <message>
        <source>no password: set MIZAN_PASSWORD or give it on the first line of standard input</source>
        <translation>لا توجد كلمة مرور: عيّن MIZAN_PASSWORD أو أدخلها في السطر الأول من المدخلات القياسية</translation>
    </message>
    <message>
        <source>training inside a workspace comes with the model registry; train to a bundle file, then store it with 'model import --workspace --bundle'</source>
        <translation>التدريب داخل مساحة العمل سيتوفر مع مستودع النماذج؛ درّب النموذج إلى ملف حزمة، ثم احفظه باستخدام 'model import --workspace --bundle'</translation>
    </message>
    <message>
        <source>NAME the user</source>
        <translation>NAME المستخدم</translation>
    </message>
    <message>
        <source>Add a user. The new password is the next line of standard input (after the
acting admin's own, unless MIZAN_PASSWORD holds that).</source>
        <translation>أضف مستخدمًا. كلمة المرور الجديدة هي السطر التالي من المدخلات القياسية (بعد كلمة مرور
المسؤول المنفِّذ، ما لم تكن محفوظة في MIZAN_PASSWORD).</translation>
    </message>
    <message>
        <source>admin, data_scientist, risk_officer, analyst, auditor or privacy_officer.</source>
        <translation>admin أو data_scientist أو risk_officer أو analyst أو auditor أو privacy_officer.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Read the new password from standard input (the default).</source>
        <translation>اقرأ كلمة المرور الجديدة من المدخلات القياسية (الافتراضي).</translation>
    </message>
    <message>
        <source>List the users, their roles and state.</source>
        <translation>اعرض المستخدمين وأدوارهم وحالاتهم.</translation>
    </message>
    <message>
        <source>Remove a user: deletes the key slot and re-keys the workspace.</source>
        <translation>احذف مستخدمًا: تُحذف خانة مفاتيحه ويُعاد تشفير مساحة العمل بمفتاح جديد.</translation>
    </message>
    <message>
        <source>Disable or enable a user (enable also clears a lock-out).</source>
        <translation>عطّل مستخدمًا أو فعّله (يرفع التفعيل القفل أيضًا).</translation>
    </message>
    <message>
        <source>Change a password. Without NAME (or with your own), your own: the new password
is the next line of standard input. An admin naming another user sets a new one.</source>
        <translation>غيّر كلمة مرور. دون NAME (أو مع اسمك): كلمة مرورك أنت، وتكون كلمة المرور الجديدة
هي السطر التالي من المدخلات القياسية. وإذا حدّد مسؤولٌ مستخدمًا آخر فإنه يعيّن له كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>NAME the user (default: yourself)</source>
        <translation>NAME المستخدم (الافتراضي: أنت)</translation>
    </message>
    <message>
        <source>Change a user's role. Granting admin or risk_officer where there are two admins
waits for a second admin, who confirms by giving the same command.</source>
        <translation>غيّر دور مستخدم. منح الدور admin أو risk_officer عند وجود مسؤولَين ينتظر
مسؤولًا ثانيًا يؤكده بإصدار الأمر نفسه.</translation>
    </message>
    <message>
        <source>NAME ROLE the user and the new role</source>
        <translation>NAME ROLE المستخدم والدور الجديد</translation>
    </message>
    <message>
        <source>Grant (on) or revoke (off) leads.view_pii for an analyst.</source>
        <translation>امنح محللًا الصلاحية leads.view_pii (on) أو اسحبها منه (off).</translation>
    </message>
    <message>
        <source>NAME on|off</source>
        <translation>NAME on|off</translation>
    </message>
    <message>
        <source>--role is required</source>
        <translation>الخيار --role مطلوب</translation>
    </message>
    <message>
        <source>unknown role '%1' (expected one of: %2)</source>
        <translation>دور غير معروف '%1' (المتوقع أحد الأدوار: %2)</translation>
    </message>
    <message>
        <source>expected on or off, not '%1'</source>
        <translation>المتوقع on أو off، وليس '%1'</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Create an encrypted workspace and its first administrator. The password comes from
MIZAN_PASSWORD or the first line of standard input. The recovery key is printed
once: print it and lock it away; it opens the workspace when every password is lost.</source>
        <translation>أنشئ مساحة عمل مشفّرة ومسؤول النظام الأول فيها. تؤخذ كلمة المرور من
MIZAN_PASSWORD أو من السطر الأول من المدخلات القياسية. يُطبع مفتاح الاسترداد
مرة واحدة: اطبعه واحفظه في مكان آمن؛ فهو يفتح مساحة العمل إذا فُقدت كل كلمات المرور.</translation>
    </message>
    <message>
        <source>The new workspace folder (empty or absent).</source>
        <translation>مجلد مساحة العمل الجديدة (فارغ أو غير موجود).</translation>
    </message>
    <message>
        <source>The first administrator's user name.</source>
        <translation>اسم المستخدم لمسؤول النظام الأول.</translation>
    </message>
    <message>
        <source>The recovery key below is shown only this once. Print it and lock it away.</source>
        <translation>لا يُعرض مفتاح الاسترداد أدناه إلا هذه المرة. اطبعه واحفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>Usage: mizan-cli user &lt;subcommand&gt; NAME [options] --workspace DIR --as ADMIN

Subcommands:
  add NAME --role ROLE   Add a user (new password: next line of standard input)
  list                   List users
  disable NAME           Disable a user
  enable NAME            Enable a user (clears a lock-out)
  remove NAME            Remove a user and re-key the workspace
  passwd [NAME]          Change your password, or set another user's
  role NAME ROLE         Change a role (admin/risk_officer may need a second admin)
  pii NAME on|off        Grant or revoke leads.view_pii for an analyst
</source>
        <translation>الاستخدام: mizan-cli user &lt;subcommand&gt; NAME [options] --workspace DIR --as ADMIN

الأوامر الفرعية:
  add NAME --role ROLE   إضافة مستخدم (كلمة المرور الجديدة: السطر التالي من المدخلات القياسية)
  list                   عرض المستخدمين
  disable NAME           تعطيل مستخدم
  enable NAME            تفعيل مستخدم (يرفع القفل)
  remove NAME            حذف مستخدم وإعادة تشفير مساحة العمل بمفتاح جديد
  passwd [NAME]          تغيير كلمة مرورك، أو تعيين كلمة مرور لمستخدم آخر
  role NAME ROLE         تغيير دور (قد يحتاج admin/risk_officer إلى مسؤول ثانٍ)
  pii NAME on|off        منح محلل الصلاحية leads.view_pii أو سحبها منه
</translation>
    </message>
    <message>
        <source>expected: users review</source>
        <translation>المتوقع: users review</translation>
    </message>
    <message>
        <source>The access-review report: users, roles, every grant and who made and
confirmed it, last sign-in, disabled and locked slots.</source>
        <translation>تقرير مراجعة صلاحيات الوصول: المستخدمون والأدوار وكل منح ومن أجراه
ومن أكّده، وآخر تسجيل دخول، والخانات المعطّلة والمقفلة.</translation>
    </message>
    <message>
        <source>What the workspace holds and how it is protected.</source>
        <translation>محتويات مساحة العمل وطريقة حمايتها.</translation>
    </message>
    <message>
        <source>Re-key the workspace: a new data key, the database re-encrypted, every
key slot rewrapped (crash-safe). Admins only.</source>
        <translation>أعد تشفير مساحة العمل بمفتاح جديد: مفتاح بيانات جديد، وإعادة تشفير قاعدة البيانات، وإعادة تغليف
كل خانة مفاتيح (آمن عند الانهيار). للمسؤولين فقط.</translation>
    </message>
    <message>
        <source>Import a lead file into the workspace under its dataset spec. The whole file is
checked first; on any error nothing is stored.</source>
        <translation>استورد ملف عملاء محتملين إلى مساحة العمل وفق مواصفات بياناته. يُفحص الملف كاملًا
أولًا؛ وعند أي خطأ لا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Its dataset spec.</source>
        <translation>مواصفات بياناته.</translation>
    </message>
    <message>
        <source>A name for the lead set.</source>
        <translation>اسم لمجموعة العملاء.</translation>
    </message>
    <message>
        <source>Set how many idle minutes lock every session (1 to 240; default 15).</source>
        <translation>اضبط عدد دقائق الخمول التي تُقفل بعدها كل جلسة (من 1 إلى 240؛ الافتراضي 15).</translation>
    </message>
    <message>
        <source>MINUTES idle minutes before a session locks</source>
        <translation>MINUTES دقائق الخمول قبل قفل الجلسة</translation>
    </message>
    <message>
        <source>expected a number of minutes</source>
        <translation>المتوقع عدد من الدقائق</translation>
    </message>
    <message>
        <source>none (--no-workspace)</source>
        <translation>لا توجد (--no-workspace)</translation>
    </message>
    <message>
        <source>%1 (kept, with the passwords printed when it was made; delete the folder to make a new one)</source>
        <translation>%1 (أُبقي عليها، بكلمات المرور التي طُبعت عند إنشائها؛ احذف المجلد لإنشاء مساحة جديدة)</translation>
    </message>
    <message>
        <source>%1: cannot create the demo workspace</source>
        <translation>%1: يتعذّر إنشاء مساحة العمل التجريبية</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>كلمة المرور الجديدة للمستخدم %1: </translation>
    </message>
    <message>
        <source>no new password on the next line of standard input</source>
        <translation>لا توجد كلمة مرور جديدة في السطر التالي من المدخلات القياسية</translation>
    </message>
    <message>
        <source>Entries at or after TIME (ISO 8601, UTC, e.g. 2026-11-01 or 2026-11-01T08:00:00).</source>
        <translation>القيود في TIME أو بعده (ISO 8601 بالتوقيت UTC، مثل 2026-11-01 أو 2026-11-01T08:00:00).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Entries before TIME.</source>
        <translation>القيود قبل TIME.</translation>
    </message>
    <message>
        <source>Entries by this user.</source>
        <translation>قيود هذا المستخدم.</translation>
    </message>
    <message>
        <source>Entries by this role (admin, analyst, ...).</source>
        <translation>قيود هذا الدور (admin، analyst، ...).</translation>
    </message>
    <message>
        <source>Entries of this action; ending in '.' a family ("user.").</source>
        <translation>قيود هذا الإجراء؛ وإذا انتهى بـ'.' فهو عائلة إجراءات ("user.").</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>ok, denied or failed.</source>
        <translation>ok أو denied أو failed.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>Entries about this target.</source>
        <translation>القيود المتعلقة بهذا الهدف.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>Entries whose details contain TEXT.</source>
        <translation>القيود التي تتضمن تفاصيلها TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a time (ISO 8601 in UTC, or milliseconds)</source>
        <translation>--%1: "%2" ليس وقتًا صالحًا (ISO 8601 بالتوقيت UTC، أو بالمللي ثانية)</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>A checkpoint you kept (from audit checkpoint): the log must extend it.</source>
        <translation>نقطة تحقق احتفظت بها (من audit checkpoint): يجب أن يكون السجل امتدادًا لها.</translation>
    </message>
    <message>
        <source>Audit entries, oldest first (newest first with --desc), with filters.</source>
        <translation>قيود التدقيق، الأقدم أولًا (الأحدث أولًا مع --desc)، مع عوامل التصفية.</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>عدد القيود N على الأكثر (الافتراضي 100).</translation>
    </message>
    <message>
        <source>Entries after sequence number SEQ.</source>
        <translation>القيود بعد رقم التسلسل SEQ.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Verify the audit log: chain, Merkle tree, every checkpoint signature.
With --trusted, from a checkpoint you kept: no rollback, no fork.
Exit code 5 when tampering is found.</source>
        <translation>تحقق من سجل التدقيق: السلسلة، وشجرة ميركل، وتوقيع كل نقطة تحقق.
مع --trusted، انطلاقًا من نقطة تحقق احتفظت بها: لا تراجع ولا تفرّع.
رمز الخروج 5 عند اكتشاف عبث.</translation>
    </message>
    <message>
        <source>Sign a checkpoint of the log now with your own key as well, and write it
to FILE (or standard output), to keep and verify against later.</source>
        <translation>وقّع الآن نقطة تحقق للسجل بمفتاحك أنت أيضًا، واكتبها
في FILE (أو في المخرجات القياسية)، لتحتفظ بها وتتحقق بالمقارنة معها لاحقًا.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>اكتب في FILE.</translation>
    </message>
    <message>
        <source>Write an evidence pack (a new folder) of the entries matching the filters.</source>
        <translation>اكتب حزمة أدلة (مجلدًا جديدًا) بالقيود المطابقة لعوامل التصفية.</translation>
    </message>
    <message>
        <source>The new folder.</source>
        <translation>المجلد الجديد.</translation>
    </message>
    <message>
        <source>Verify an evidence pack offline (no workspace needed).
Exit code 5 when tampering is found.</source>
        <translation>تحقق من حزمة أدلة دون اتصال (لا حاجة إلى مساحة عمل).
رمز الخروج 5 عند اكتشاف عبث.</translation>
    </message>
    <message>
        <source>The pack's folder.</source>
        <translation>مجلد الحزمة.</translation>
    </message>
    <message>
        <source>--limit takes 1 to 10000</source>
        <translation>يقبل الخيار --limit قيمة من 1 إلى 10000</translation>
    </message>
    <message>
        <source>--after takes a sequence number</source>
        <translation>يقبل الخيار --after رقم تسلسل</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (it must not exist)</source>
        <translation>تتعذّر كتابة %1: %2 (يجب ألا يكون موجودًا)</translation>
    </message>
    <message>
        <source>The lead's 0-based row in the file or lead set.</source>
        <translation>صف العميل المحتمل في الملف أو في مجموعة العملاء، والترقيم يبدأ من 0.</translation>
    </message>
    <message>
        <source>shap (default), lime or both. SHAP is always computed: it is exact and cheap.</source>
        <translation>shap (الافتراضية) أو lime أو both. تُحسب SHAP دائمًا لأنها دقيقة وقليلة الكلفة.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Also suggest the smallest changes to actionable features that would move the lead across the threshold.</source>
        <translation>اقترح أيضًا أصغر التغييرات في الخصائص القابلة للتغيير التي تنقل العميل المحتمل إلى الجانب الآخر من العتبة.</translation>
    </message>
    <message>
        <source>The decision threshold for counterfactuals (default 0.5).</source>
        <translation>عتبة القرار للتغييرات المقترحة (الافتراضي 0.5).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>LIME's and the global sample's seed (default 0).</source>
        <translation>بذرة LIME وعيّنة الشرح الشامل (الافتراضية 0).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>LIME's samples (default 5000).</source>
        <translation>عدد عيّنات LIME (الافتراضي 5000).</translation>
    </message>
    <message>
        <source>What-if: explain the lead with this feature changed (column=value; repeatable; an empty value means missing).</source>
        <translation>ماذا لو: اشرح العميل المحتمل بعد تغيير هذه الخاصية (column=value؛ يمكن تكراره؛ والقيمة الفارغة تعني أن القيمة غير متوفرة).</translation>
    </message>
    <message>
        <source>COLUMN=VALUE</source>
        <translation>COLUMN=VALUE</translation>
    </message>
    <message>
        <source>Explain the model over the whole lead set: mean |SHAP| per feature.</source>
        <translation>اشرح النموذج على مجموعة العملاء كاملة: متوسط |SHAP| لكل خاصية.</translation>
    </message>
    <message>
        <source>--global: rows kept for beeswarm points in the output (default 0).</source>
        <translation>مع --global: عدد الصفوف التي تُحفظ في المخرجات نقاطًا لمخطط سرب النحل (الافتراضي 0).</translation>
    </message>
    <message>
        <source>--global: threads (default: all cores).</source>
        <translation>مع --global: عدد مسارات التنفيذ (الافتراضي: كل الأنوية).</translation>
    </message>
    <message>
        <source>Also write the one-lead explanation report (HTML) to this file.</source>
        <translation>اكتب أيضًا تقرير شرح العميل الواحد (HTML) في هذا الملف.</translation>
    </message>
    <message>
        <source>The report's language: en (default) or ar (Arabic, right to left).</source>
        <translation>لغة التقرير: en (الافتراضية) أو ar (العربية، من اليمين إلى اليسار).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--method expects shap, lime or both</source>
        <translation>يتوقع الخيار --method إحدى القيم shap أو lime أو both</translation>
    </message>
    <message>
        <source>--threshold expects a probability between 0 and 1</source>
        <translation>يتوقع الخيار --threshold احتمالًا بين 0 و1</translation>
    </message>
    <message>
        <source>--seed expects a non-negative whole number</source>
        <translation>يتوقع الخيار --seed عددًا صحيحًا غير سالب</translation>
    </message>
    <message>
        <source>--samples expects a number from 100 to 1000000</source>
        <translation>يتوقع الخيار --samples عددًا من 100 إلى 1000000</translation>
    </message>
    <message>
        <source>--sample expects a number from 0 to 100000</source>
        <translation>يتوقع الخيار --sample عددًا من 0 إلى 100000</translation>
    </message>
    <message>
        <source>--language expects en or ar</source>
        <translation>يتوقع الخيار --language القيمة en أو ar</translation>
    </message>
    <message>
        <source>--language is for --report</source>
        <translation>لا يُستخدم الخيار --language إلا مع --report</translation>
    </message>
    <message>
        <source>--row expects the lead's 0-based row number</source>
        <translation>يتوقع الخيار --row رقم صف العميل المحتمل، والترقيم يبدأ من 0</translation>
    </message>
    <message>
        <source>--set %1: expected COLUMN=VALUE with a feature of the model</source>
        <translation>--set %1: المتوقع COLUMN=VALUE حيث COLUMN خاصية من خصائص النموذج</translation>
    </message>
    <message>
        <source>E[f(x)] %1 (probability %2) -&gt; f(x) %3 (probability %4)</source>
        <translation>E[f(x)] %1 (الاحتمال %2) -&gt; f(x) %3 (الاحتمال %4)</translation>
    </message>
    <message>
        <source>LIME (seed %1, R^2 %2):</source>
        <translation>LIME (البذرة %1، R^2 %2):</translation>
    </message>
    <message>
        <source>SHAP and LIME: rank correlation %1, same sign %2%</source>
        <translation>SHAP وLIME: ارتباط الترتيب %1، تطابق الإشارة %2%</translation>
    </message>
    <message>
        <source>Counterfactual (probability %1): %2</source>
        <translation>تغيير مقترح (الاحتمال %1): %2</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>إيصال التحقق: %1</translation>
    </message>
    <message>
        <source>Explain a stored lead's score with a stored model (audited as explain.view), or
with --global what drives the model over a stored lead set (explain.global).</source>
        <translation>اشرح درجة عميل محتمل محفوظ باستخدام نموذج محفوظ (يُسجَّل في سجل التدقيق باسم explain.view)،
أو اشرح مع --global ما الذي يحرّك النموذج على مجموعة عملاء محفوظة (explain.global).</translation>
    </message>
    <message>
        <source>The lead set's id.</source>
        <translation>معرّف مجموعة العملاء.</translation>
    </message>
    <message>
        <source>Explain one lead's score with a model bundle: exact TreeSHAP contributions in
log-odds (with the probability view), LIME, counterfactuals, what-if (--set).
With --global: mean |SHAP| per feature over the whole file.</source>
        <translation>اشرح درجة عميل محتمل واحد باستخدام حزمة نموذج: مساهمات TreeSHAP الدقيقة بلوغاريتم
الأرجحية (مع عرض الاحتمال)، وLIME، والتغييرات المقترحة، وماذا لو (--set).
مع --global: متوسط |SHAP| لكل خاصية على الملف كله.</translation>
    </message>
    <message>
        <source>The lead file (CSV, read with the bundle's spec).</source>
        <translation>ملف العملاء (CSV، يُقرأ وفق مواصفات الحزمة).</translation>
    </message>
    <message>
        <source>The lead's id (the spec's id column) instead of --row.</source>
        <translation>معرّف العميل المحتمل (عمود id في المواصفات) بدلًا من --row.</translation>
    </message>
    <message>
        <source>Also compute XGBoost's own pred_contribs for the lead and report the largest difference from the native TreeSHAP.</source>
        <translation>احسب أيضًا pred_contribs الخاصة بـ XGBoost للعميل المحتمل وأبلغ عن أكبر فرق بينها وبين TreeSHAP المدمج.</translation>
    </message>
    <message>
        <source>--global explains a lead set: no --row, --id, --set or --report</source>
        <translation>يشرح الخيار --global مجموعة عملاء كاملة: لا تستخدم معه --row أو --id أو --set أو --report</translation>
    </message>
    <message>
        <source>give --row or --id, not both</source>
        <translation>حدّد --row أو --id، وليس كليهما</translation>
    </message>
    <message>
        <source>--id expects the lead's id</source>
        <translation>يتوقع الخيار --id معرّف العميل المحتمل</translation>
    </message>
    <message>
        <source>%1: there is no lead with the id '%2'</source>
        <translation>%1: لا يوجد عميل محتمل بالمعرّف '%2'</translation>
    </message>
    <message>
        <source>XGBoost returned %1 contributions for %2 inputs</source>
        <translation>أرجع XGBoost %1 من المساهمات لـ %2 من المدخلات</translation>
    </message>
    <message>
        <source>Sensitive attributes of the spec to compare groups of, A or A,B (default: all of the spec's).</source>
        <translation>السمات الحساسة في المواصفات المراد مقارنة فئاتها، A أو A,B (الافتراضي: كل سمات المواصفات).</translation>
    </message>
    <message>
        <source>A[,B]</source>
        <translation>A[,B]</translation>
    </message>
    <message>
        <source>Also the intersection A|B of the two attributes.</source>
        <translation>وكذلك التقاطع A|B بين السمتين.</translation>
    </message>
    <message>
        <source>AIF360's reference groups instead of the spec's, e.g. sex=Male,race=White.</source>
        <translation>الفئات المرجعية لـ AIF360 بدلًا من فئات المواصفات، مثل sex=Male,race=White.</translation>
    </message>
    <message>
        <source>A=GROUP[,...]</source>
        <translation>A=GROUP[,...]</translation>
    </message>
    <message>
        <source>Decision threshold: positive when probability &gt;= T (default 0.5).</source>
        <translation>عتبة القرار: تكون النتيجة موجبة عندما يكون الاحتمال &gt;= T (الافتراضي 0.5).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Bootstrap confidence intervals from N resamples (e.g. 1000).</source>
        <translation>فواصل ثقة بإعادة المعاينة من N عيّنة (مثل 1000).</translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 0).</source>
        <translation>بذرة إعادة المعاينة (الافتراضية 0).</translation>
    </message>
    <message>
        <source>Report per-group thresholds meeting a constraint, as fairlearn's ThresholdOptimizer: dp (demographic parity), eo (equalized odds) or both. Reported only, never applied.</source>
        <translation>اعرض عتبات لكل فئة تحقق قيدًا، كما يفعل ThresholdOptimizer في fairlearn: dp (التكافؤ الديموغرافي) أو eo (تكافؤ الاحتمالات) أو both. تُعرض فقط ولا تُطبَّق أبدًا.</translation>
    </message>
    <message>
        <source>CONSTRAINT</source>
        <translation>CONSTRAINT</translation>
    </message>
    <message>
        <source>Add each attribute's threshold sweep (0 to 1 by 0.01).</source>
        <translation>أضف مسح العتبة لكل سمة (من 0 إلى 1 بخطوة 0.01).</translation>
    </message>
    <message>
        <source>Exit with 1 when a rule of the bias policy does not pass.</source>
        <translation>اخرج بالرمز 1 عندما لا تُستوفى إحدى قواعد سياسة التحيّز.</translation>
    </message>
    <message>
        <source>--threshold expects a number from 0 to 1</source>
        <translation>يتوقع الخيار --threshold عددًا من 0 إلى 1</translation>
    </message>
    <message>
        <source>--bootstrap expects a number from 1 to 100000</source>
        <translation>يتوقع الخيار --bootstrap عددًا من 1 إلى 100000</translation>
    </message>
    <message>
        <source>--seed expects a non-negative integer</source>
        <translation>يتوقع الخيار --seed عددًا صحيحًا غير سالب</translation>
    </message>
    <message>
        <source>--seed is the bootstrap's: give --bootstrap N too</source>
        <translation>الخيار --seed خاص بإعادة المعاينة: حدّد --bootstrap N أيضًا</translation>
    </message>
    <message>
        <source>--optimize expects dp, eo or both</source>
        <translation>يتوقع الخيار --optimize القيمة dp أو eo أو both</translation>
    </message>
    <message>
        <source>Fairness of %1 on %2 at threshold %3 (%4 rows with a known outcome)</source>
        <translation>إنصاف %1 على %2 عند العتبة %3 (%4 من الصفوف معروفة النتيجة)</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>المختارون</translation>
    </message>
    <message>
        <source>base rate</source>
        <translation>المعدل الأساسي</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>الضبط</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>(small group)</source>
        <translation>(فئة صغيرة)</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>AIF360 signed, privileged %1:</source>
        <translation>AIF360 بالإشارة، الفئة المميّزة %1:</translation>
    </message>
    <message>
        <source>Policy %1:</source>
        <translation>السياسة %1:</translation>
    </message>
    <message numerus="yes">
        <source>mizan-cli: %n rule(s) of the bias policy did not pass.</source>
        <translation>
            <numerusform>mizan-cli: لم تُستوفَ %n قاعدة من قواعد سياسة التحيّز.</numerusform>
            <numerusform>mizan-cli: لم تُستوفَ قاعدة واحدة من قواعد سياسة التحيّز.</numerusform>
            <numerusform>mizan-cli: لم تُستوفَ قاعدتان من قواعد سياسة التحيّز.</numerusform>
            <numerusform>mizan-cli: لم تُستوفَ %n قواعد من قواعد سياسة التحيّز.</numerusform>
            <numerusform>mizan-cli: لم تُستوفَ %n قاعدةً من قواعد سياسة التحيّز.</numerusform>
            <numerusform>mizan-cli: لم تُستوفَ %n قاعدة من قواعد سياسة التحيّز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fairness of a stored model on a stored, labelled lead set: per-group metrics,
fairlearn's disparities, AIF360's signed forms and the workspace's bias policy.
Audited as fairness.report; failing rules are stored and audited as alerts.</source>
        <translation>إنصاف نموذج محفوظ على مجموعة عملاء محفوظة معروفة النتائج: المقاييس لكل فئة،
وتفاوتات fairlearn، وصيغ AIF360 ذات الإشارة، وسياسة التحيّز في مساحة العمل.
يُسجَّل في سجل التدقيق باسم fairness.report؛ وتُحفظ القواعد المخالفة وتُسجَّل بوصفها تنبيهات.</translation>
    </message>
    <message>
        <source>Fairness of a model bundle on a labelled lead file: per-group counts, selection
rate, TPR, FPR, FNR, TNR, precision, accuracy and ROC AUC; fairlearn's
disparities between groups and to overall; AIF360's signed forms against the
spec's privileged group; the bias policy's verdicts.</source>
        <translation>إنصاف حزمة نموذج على ملف عملاء معروف النتائج: الأعداد لكل فئة، ومعدل
الاختيار، وTPR وFPR وFNR وTNR والضبط والدقة وROC AUC؛ وتفاوتات fairlearn
بين الفئات ومقارنةً بالإجمالي؛ وصيغ AIF360 ذات الإشارة مقابل الفئة المميّزة
في المواصفات؛ وأحكام سياسة التحيّز.</translation>
    </message>
    <message>
        <source>The labelled lead file (CSV).</source>
        <translation>ملف العملاء معروف النتائج (CSV).</translation>
    </message>
    <message>
        <source>A dataset spec for reading this file (same features; its sensitive attributes are used).</source>
        <translation>مواصفات بيانات لقراءة هذا الملف (بالخصائص نفسها؛ وتُستخدم سماتها الحساسة).</translation>
    </message>
    <message>
        <source>A bias policy (mizan.bias-policy/1 JSON) instead of the default (demographic parity ratio &gt;= 0.8, equalized odds difference &lt;= 0.1).</source>
        <translation>سياسة تحيّز (JSON بصيغة mizan.bias-policy/1) بدلًا من السياسة الافتراضية (نسبة التكافؤ الديموغرافي &gt;= 0.8، وفرق تكافؤ الاحتمالات &lt;= 0.1).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تتعذّر القراءة: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: ليس كائن JSON (%2 عند الموضع %3)</translation>
    </message>
    <message>
        <source>Store a model bundle in the workspace (data scientists). It becomes a draft
and you its author, who can never approve it.</source>
        <translation>احفظ حزمة نموذج في مساحة العمل (لعلماء البيانات). تصبح الحزمة مسودة
وتصبح أنت مُعِدّها، ولا يجوز لك اعتمادها أبدًا.</translation>
    </message>
    <message>
        <source>Usage: mizan-cli model &lt;subcommand&gt; [options]

Subcommands:
  import    Import an XGBoost JSON model with its dataset spec
            (with --workspace: store a model bundle in the workspace)

Governance, in a workspace (--workspace DIR --as NAME; the steps are in
docs/governance/approval-process.md):
  list      Every version: state, risk level, approvals
  show      One version and its latest risk assessment (--id N)
  submit    Submit a draft for approval
            (--id N --justification TEXT [--reference LEADSET_ID])
  approve   Approve, or revalidate (--id N --comment TEXT [--override-reason TEXT]
            [--revalidate-by YYYY-MM-DD] [--reference LEADSET_ID])
  reject    Reject a submitted version (--id N --comment TEXT)
  deploy    Deploy an approved version (--id N [--comment TEXT])
  rollback  Redeploy an earlier deployed version (--id N --reason TEXT)
  retire    Retire a version that is not deployed (--id N --reason TEXT)
  history   Signed events and deployment periods ([--id N]);
            --at TIME: the version deployed at that time
  card      The model card as Markdown (--id N [--out FILE] [--format md|json])
  assess    Assess the risk now (--id N [--reference LEADSET_ID] [--format md])
  policy    The approval policy ([--set FILE.json] to replace it)

Output: --format json (default) or table. 'mizan-cli model SUBCOMMAND --help'
describes each one.
</source>
        <translation>الاستخدام: mizan-cli model &lt;subcommand&gt; [options]

الأوامر الفرعية:
  import    استيراد نموذج XGBoost بصيغة JSON مع مواصفات بياناته
            (مع --workspace: حفظ حزمة نموذج في مساحة العمل)

الحوكمة، داخل مساحة عمل (--workspace DIR --as NAME؛ والخطوات مشروحة في
docs/governance/approval-process.md):
  list      كل الإصدارات: الحالة، ومستوى المخاطر، والاعتمادات
  show      إصدار واحد وأحدث تقييم لمخاطره (--id N)
  submit    تقديم مسودة للاعتماد
            (--id N --justification TEXT [--reference LEADSET_ID])
  approve   الاعتماد، أو إعادة التحقق (--id N --comment TEXT [--override-reason TEXT]
            [--revalidate-by YYYY-MM-DD] [--reference LEADSET_ID])
  reject    رفض إصدار مقدَّم (--id N --comment TEXT)
  deploy    نشر إصدار معتمد (--id N [--comment TEXT])
  rollback  إعادة نشر إصدار سبق نشره (--id N --reason TEXT)
  retire    الإيقاف النهائي لإصدار غير منشور (--id N --reason TEXT)
  history   الأحداث الموقّعة وفترات النشر ([--id N])؛
            --at TIME: الإصدار الذي كان منشورًا في ذلك الوقت
  card      بطاقة النموذج بصيغة Markdown (--id N [--out FILE] [--format md|json])
  assess    تقييم المخاطر الآن (--id N [--reference LEADSET_ID] [--format md])
  policy    سياسة الاعتماد ([--set FILE.json] لاستبدالها)

المخرجات: --format json (الافتراضية) أو table. ويشرح الأمر 'mizan-cli model SUBCOMMAND --help'
كل أمر فرعي.
</translation>
    </message>
    <message>
        <source>The model version: its id in 'model list'.</source>
        <translation>إصدار النموذج: معرّفه في 'model list'.</translation>
    </message>
    <message>
        <source>Assess on this stored lead set (with outcomes: its id in the workspace).</source>
        <translation>أجرِ التقييم على مجموعة العملاء المحفوظة هذه (معروفة النتائج: معرّفها في مساحة العمل).</translation>
    </message>
    <message>
        <source>LEADSET_ID</source>
        <translation>LEADSET_ID</translation>
    </message>
    <message>
        <source>Every model version with its signed state, the risk level of its latest assessment
and its approvals (models.view).</source>
        <translation>كل إصدارات النموذج مع حالتها الموقّعة، ومستوى المخاطر في أحدث تقييم لها
واعتماداتها (models.view).</translation>
    </message>
    <message>
        <source>One model version with its latest risk assessment (models.view).</source>
        <translation>إصدار واحد من النموذج مع أحدث تقييم لمخاطره (models.view).</translation>
    </message>
    <message>
        <source>Submit a draft for approval (models.submit). It is assessed first; a high risk level
means two risk officers must approve it.</source>
        <translation>قدّم مسودة للاعتماد (models.submit). تُقيَّم مخاطرها أولًا؛ وإذا كان مستوى المخاطر مرتفعًا
وجب أن يعتمدها مسؤولا مخاطر اثنان.</translation>
    </message>
    <message>
        <source>Why this version should go to production (required).</source>
        <translation>سبب وجوب نقل هذا الإصدار إلى بيئة الإنتاج (مطلوب).</translation>
    </message>
    <message>
        <source>Approve a submitted version, or revalidate an approved one (models.approve; the
password of this run is the fresh one it needs). Never by an author or submitter;
a failing policy gate only with --override-reason.</source>
        <translation>اعتمد إصدارًا مقدَّمًا، أو أعد التحقق من إصدار معتمد (models.approve؛ وكلمة المرور في هذا
التشغيل هي كلمة المرور الحديثة التي يتطلبها). لا يجوز ذلك أبدًا لمُعِدّ الإصدار أو مقدّمه؛
ولا تُتجاوز بوابة سياسة غير مستوفاة إلا مع --override-reason.</translation>
    </message>
    <message>
        <source>What you reviewed (required).</source>
        <translation>ما راجعته (مطلوب).</translation>
    </message>
    <message>
        <source>Why a failing policy gate is accepted (signed and audited).</source>
        <translation>سبب قبول بوابة سياسة غير مستوفاة (يُوقَّع ويُسجَّل في سجل التدقيق).</translation>
    </message>
    <message>
        <source>The approval lasts until this day, 00:00 UTC (default: the policy's revalidation period).</source>
        <translation>يسري الاعتماد حتى هذا اليوم، الساعة 00:00 UTC (الافتراضي: مدة إعادة التحقق في السياسة).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Reject a submitted version (models.reject). It can then only be retired.</source>
        <translation>ارفض إصدارًا مقدَّمًا (models.reject). ولا يمكن بعد ذلك إلا إيقافه نهائيًا.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>السبب (مطلوب).</translation>
    </message>
    <message>
        <source>Deploy an approved version whose approval has not expired (models.deploy).
The version deployed before goes back to approved.</source>
        <translation>انشر إصدارًا معتمدًا لم تنتهِ صلاحية اعتماده (models.deploy).
ويعود الإصدار المنشور سابقًا إلى حالة «معتمد».</translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation>تعليق.</translation>
    </message>
    <message>
        <source>Redeploy an earlier deployed version that is still approved (models.rollback).</source>
        <translation>أعد نشر إصدار سبق نشره ولا يزال معتمدًا (models.rollback).</translation>
    </message>
    <message>
        <source>Retire a version that is not deployed (models.retire).</source>
        <translation>أوقف نهائيًا إصدارًا غير منشور (models.retire).</translation>
    </message>
    <message>
        <source>The signed governance events, oldest first, and the deployment periods:
of every version, or of one (--id). With --at: the version deployed at that time.</source>
        <translation>أحداث الحوكمة الموقّعة، الأقدم أولًا، وفترات النشر:
لكل الإصدارات، أو لإصدار واحد (--id). مع --at: الإصدار الذي كان منشورًا في ذلك الوقت.</translation>
    </message>
    <message>
        <source>Only this model version.</source>
        <translation>هذا الإصدار من النموذج فقط.</translation>
    </message>
    <message>
        <source>Which version was deployed at TIME (ISO 8601, UTC unless it names a zone; or milliseconds since 1970).</source>
        <translation>الإصدار الذي كان منشورًا في TIME (بصيغة ISO 8601، بالتوقيت UTC ما لم تُحدَّد منطقة زمنية؛ أو بالمللي ثانية منذ 1970).</translation>
    </message>
    <message>
        <source>The model card, as Markdown (models.view; audited as model.card).</source>
        <translation>بطاقة النموذج بصيغة Markdown (models.view؛ وتُسجَّل في سجل التدقيق باسم model.card).</translation>
    </message>
    <message>
        <source>Assess a version's risk now: rules, policy gates, score and level (models.view;
stored and audited as model.assess).</source>
        <translation>قيّم مخاطر إصدار الآن: القواعد، وبوابات السياسة، والدرجة، والمستوى (models.view؛
ويُحفظ التقييم ويُسجَّل في سجل التدقيق باسم model.assess).</translation>
    </message>
    <message>
        <source>The approval policy in force (models.view), or replace it with --set (models.gates).</source>
        <translation>سياسة الاعتماد السارية (models.view)، أو استبدلها باستخدام --set (models.gates).</translation>
    </message>
    <message>
        <source>A policy file (mizan.governance-policy/1, JSON) to put in force.</source>
        <translation>ملف سياسة (mizan.governance-policy/1، بصيغة JSON) يُراد تطبيقه.</translation>
    </message>
    <message>
        <source>Output format: md (default) or json.</source>
        <translation>صيغة المخرجات: md (الافتراضية) أو json.</translation>
    </message>
    <message>
        <source>Output format: json (default), table or md.</source>
        <translation>صيغة المخرجات: json (الافتراضية) أو table أو md.</translation>
    </message>
    <message>
        <source>format 'md' is not available here</source>
        <translation>الصيغة 'md' غير متاحة هنا</translation>
    </message>
    <message>
        <source>--%1 expects a numeric id, not '%2'</source>
        <translation>يتوقع الخيار --%1 معرّفًا رقميًا، وليس '%2'</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date or time (ISO 8601 in UTC, e.g. 2027-03-31 or 2027-03-31T09:00:00)</source>
        <translation>--%1: "%2" ليس تاريخًا أو وقتًا صالحًا (ISO 8601 بالتوقيت UTC، مثل 2027-03-31 أو 2027-03-31T09:00:00)</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (مستحق)</translation>
    </message>
    <message>
        <source>id|name|state|risk|approvals|revalidate by</source>
        <extracomment>The columns of 'model list --format table', separated by |.</extracomment>
        <translation>المعرّف|الاسم|الحالة|المخاطر|الاعتمادات|إعادة التحقق بحلول</translation>
    </message>
    <message>
        <source>event|time (UTC)|model|action|by|comment</source>
        <extracomment>The columns of 'model history --format table', separated by |.</extracomment>
        <translation>الحدث|الوقت (UTC)|النموذج|الإجراء|المنفِّذ|التعليق</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>deployed|from|to|how|by</source>
        <extracomment>The deployment periods of 'model history --format table', separated by |.</extracomment>
        <translation>الإصدار المنشور|من|إلى|الطريقة|المنفِّذ</translation>
    </message>
    <message>
        <source>%1: a policy file is at most %2 KiB</source>
        <translation>%1: الحد الأقصى لحجم ملف السياسة %2 KiB</translation>
    </message>
    <message>
        <source>%1: expected a JSON object: %2</source>
        <translation>%1: المتوقع كائن JSON: %2</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>قيمة أخرى</translation>
    </message>
    <message>
        <source>--at gives the version deployed then: drop --id</source>
        <translation>يعطي الخيار --at الإصدار الذي كان منشورًا آنذاك: احذف --id</translation>
    </message>
    <message>
        <source>The model version's id (default: the deployed version, or the approved version scoring falls back to when it fails its checks).</source>
        <translation>معرّف إصدار النموذج (الافتراضي: الإصدار المنشور، أو الإصدار المعتمد البديل الذي يُلجأ إليه في حساب الدرجات عندما لا يجتاز الإصدار المنشور عمليات التحقق).</translation>
    </message>
    <message>
        <source>mizan-cli score: warning: the deployed version %1 failed its checks (%2); version %3 is the approved fallback.</source>
        <translation>mizan-cli score: تحذير: لم يجتز الإصدار المنشور %1 عمليات التحقق (%2)؛ والإصدار %3 هو البديل المعتمد.</translation>
    </message>
    <message>
        <source>mizan-cli score: note: version %1 is not the version approved for scoring; its scores are for evaluation.</source>
        <translation>mizan-cli score: ملاحظة: الإصدار %1 ليس الإصدار المعتمد لحساب الدرجات؛ ودرجاته لأغراض الاختبار.</translation>
    </message>
    <message>
        <source>Demo model, trained on the demo leads for the demo.</source>
        <translation>نموذج تجريبي، مدرَّب على العملاء المحتملين التجريبيين لأغراض العرض التجريبي.</translation>
    </message>
    <message>
        <source>Evidence reviewed for the demonstration.</source>
        <translation>رُوجعت الأدلة لأغراض العرض التجريبي.</translation>
    </message>
    <message>
        <source>Demo data only; the gates are shown, not enforced.</source>
        <translation>بيانات تجريبية فقط؛ تُعرض البوابات ولا تُفرض.</translation>
    </message>
    <message>
        <source>The demo model needs %1 approvals; the demo has one risk officer.</source>
        <translation>يحتاج النموذج التجريبي إلى %1 من الاعتمادات؛ وفي العرض التجريبي مسؤول مخاطر واحد.</translation>
    </message>
    <message>
        <source>Deployed for the demonstration.</source>
        <translation>نُشر لأغراض العرض التجريبي.</translation>
    </message>
    <message>
        <source>Model %1: approved ROC AUC %2 (%3)</source>
        <translation>النموذج %1: قيمة ROC AUC المعتمدة %2 (%3)</translation>
    </message>
    <message>
        <source>run    scored (UTC)          rows  outcomes  converted  roc_auc  mean_score  observed  lowest_dp_ratio</source>
        <translation>العملية  وقت حساب الدرجات (UTC)   الصفوف  النتائج  تحوّلوا   roc_auc  متوسط الدرجة  المعدل الفعلي  أدنى نسبة تكافؤ ديموغرافي</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>ALERT: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <source>Usage: mizan-cli outcomes &lt;subcommand&gt; [options]

Subcommands:
  import   Import actual outcomes: a CSV with lead_id, converted (1/0)
           and optionally observed (YYYY-MM-DD); --data FILE
  report   Realised performance of the deployed version (or --id N)
           per scoring run, against the ROC AUC it was approved on
  alerts   Stored outcome alerts (or of --id N)
</source>
        <translation>الاستخدام: mizan-cli outcomes &lt;subcommand&gt; [options]

الأوامر الفرعية:
  import   استيراد النتائج الفعلية: ملف CSV يتضمن lead_id وconverted (1/0)
           وobserved (YYYY-MM-DD) اختياريًا؛ --data FILE
  report   الأداء المحقَّق للإصدار المنشور (أو لـ --id N) لكل عملية حساب درجات،
           مقارنةً بقيمة ROC AUC التي اعتُمد بناءً عليها
  alerts   تنبيهات النتائج الفعلية المحفوظة (للإصدار المنشور أو لـ --id N)
</translation>
    </message>
    <message>
        <source>Import actual outcomes of leads (data scientists, analysts). The file is checked whole;
an outcome never changes once known. The deployed version is then judged again;
alerts beyond the policy are stored and audited.</source>
        <translation>استورد النتائج الفعلية للعملاء المحتملين (لعلماء البيانات والمحللين). يُفحص الملف كاملًا؛
ولا تتغير النتيجة الفعلية أبدًا بعد معرفتها. ثم يُحكم على الإصدار المنشور من جديد؛
وتُحفظ التنبيهات التي تتجاوز حدود السياسة وتُسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>How a model version performs on the leads whose outcome is known.</source>
        <translation>أداء إصدار النموذج على العملاء المحتملين معروفي النتيجة الفعلية.</translation>
    </message>
    <message>
        <source>The outcome file (CSV).</source>
        <translation>ملف النتائج الفعلية (CSV).</translation>
    </message>
    <message>
        <source>The model version (default: the deployed one).</source>
        <translation>إصدار النموذج (الافتراضي: الإصدار المنشور).</translation>
    </message>
    <message>
        <source>--id expects a model version's number</source>
        <translation>يتوقع الخيار --id رقم إصدار النموذج</translation>
    </message>
    <message>
        <source>mizan-cli outcomes import: ALERT: %1</source>
        <translation>mizan-cli outcomes import: تنبيه: %1</translation>
    </message>
    <message>
        <source>mizan-cli outcomes import: warning: the outcomes are stored, but the deployed version could not be judged: %1</source>
        <translation>mizan-cli outcomes import: تحذير: حُفظت النتائج الفعلية، لكن تعذّر الحكم على أداء الإصدار المنشور: %1</translation>
    </message>
    <message>
        <source>SUBJECT the data subject: a lead id, or leadset:N/row:M in a lead set without an id column.</source>
        <translation>SUBJECT صاحب البيانات: معرّف عميل محتمل، أو leadset:N/row:M في مجموعة عملاء ليس فيها عمود معرّف.</translation>
    </message>
    <message>
        <source>Find data subjects by reference, or (with leads.view_pii) by their personal data,
3 characters at least (leads.view). Shown masked without leads.view_pii;
audited as privacy.search without the query.</source>
        <translation>ابحث عن أصحاب البيانات بالمرجع، أو (مع leads.view_pii) ببياناتهم الشخصية،
3 أحرف على الأقل (leads.view). تُعرض النتائج محجوبة دون leads.view_pii؛
ويُسجَّل البحث في سجل التدقيق باسم privacy.search دون نص الاستعلام.</translation>
    </message>
    <message>
        <source>QUERY a lead id, leadset:N/row:M, or personal data.</source>
        <translation>QUERY معرّف عميل محتمل، أو leadset:N/row:M، أو بيانات شخصية.</translation>
    </message>
    <message>
        <source>The folder to write to (required).</source>
        <translation>المجلد المراد الكتابة فيه (مطلوب).</translation>
    </message>
    <message>
        <source>The letter's language: en or ar (default: both).</source>
        <translation>لغة الخطاب: en أو ar (الافتراضي: كلتاهما).</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>استبدل الملفات الموجودة.</translation>
    </message>
    <message>
        <source>Erase a data subject (privacy.erase; sensitive: the password of this run is checked
again right before). Their key and sealed personal data are destroyed, their rows
anonymised; refused under a legal hold. Prints the erasure receipt.</source>
        <translation>امحُ بيانات صاحب بيانات (privacy.erase؛ عملية حساسة: يُتحقق من كلمة المرور في هذا التشغيل
مرة أخرى قبلها مباشرة). يُتلَف مفتاحه وبياناته الشخصية المختومة، وتُخفى هوية صفوفه؛
ويُرفض المحو في ظل حفظ قانوني. يطبع إيصال المحو.</translation>
    </message>
    <message>
        <source>The reference of the erasure request (required).</source>
        <translation>مرجع طلب المحو (مطلوب).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Place a legal hold on a lead set or a model version (privacy.hold): it stops erasure
until lifted.</source>
        <translation>افرض حفظًا قانونيًا على مجموعة عملاء أو إصدار نموذج (privacy.hold): يمنع المحو
إلى أن يُرفع.</translation>
    </message>
    <message>
        <source>TARGET leadset:N or model:N.</source>
        <translation>TARGET leadset:N أو model:N.</translation>
    </message>
    <message>
        <source>Lift a legal hold (privacy.hold).</source>
        <translation>ارفع حفظًا قانونيًا (privacy.hold).</translation>
    </message>
    <message>
        <source>HOLD_ID the hold's id in 'privacy holds'.</source>
        <translation>HOLD_ID معرّف الحفظ القانوني في 'privacy holds'.</translation>
    </message>
    <message>
        <source>Every legal hold, in force or lifted (privacy.hold or audit.view).</source>
        <translation>كل عمليات الحفظ القانوني، السارية أو المرفوعة (privacy.hold أو audit.view).</translation>
    </message>
    <message>
        <source>The erasure register, oldest first (privacy.erase or audit.view).</source>
        <translation>قائمة عمليات المحو، الأقدم أولًا (privacy.erase أو audit.view).</translation>
    </message>
    <message>
        <source>Record a human decision that departs from the model's on a scored lead (leads.override).
The reason is sealed under the subject's key.</source>
        <translation>سجّل قرارًا بشريًا يخالف قرار النموذج بشأن عميل محتمل محسوبة درجته (leads.override).
ويُختم السبب بمفتاح صاحب البيانات.</translation>
    </message>
    <message>
        <source>The scoring run (required).</source>
        <translation>عملية حساب الدرجات (مطلوب).</translation>
    </message>
    <message>
        <source>The row in the lead set, from 0 (required).</source>
        <translation>الصف في مجموعة العملاء، والترقيم يبدأ من 0 (مطلوب).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>positive or negative: the other one than the model's (required).</source>
        <translation>positive أو negative: عكس قرار النموذج (مطلوب).</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <source>Record a data subject's appeal (privacy.export) and route it to a reviewer: an analyst
who has not decided on the lead.</source>
        <translation>سجّل تظلّم صاحب بيانات (privacy.export) وأحِله إلى مراجِع: محلل
لم يتخذ قرارًا بشأن هذا العميل المحتمل.</translation>
    </message>
    <message>
        <source>The lead set (required).</source>
        <translation>مجموعة العملاء (مطلوب).</translation>
    </message>
    <message>
        <source>The subject's statement (required).</source>
        <translation>إفادة صاحب البيانات (مطلوب).</translation>
    </message>
    <message>
        <source>The reviewer (required).</source>
        <translation>المراجِع (مطلوب).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Decide an appeal routed to you (leads.override): uphold the decision in force, or
overturn it, which records the opposite as a human decision.</source>
        <translation>ابتّ في تظلّم محال إليك (leads.override): أيّد القرار الساري، أو
ألغِه، فيُسجَّل القرار المعاكس بوصفه قرارًا بشريًا.</translation>
    </message>
    <message>
        <source>APPEAL_ID the appeal's id in 'privacy appeals'.</source>
        <translation>APPEAL_ID معرّف التظلّم في 'privacy appeals'.</translation>
    </message>
    <message>
        <source>Keep the decision in force.</source>
        <translation>أيّد القرار الساري.</translation>
    </message>
    <message>
        <source>Reverse the decision in force.</source>
        <translation>اعكس القرار الساري.</translation>
    </message>
    <message>
        <source>Every appeal with its state (leads.view or privacy.export).</source>
        <translation>كل التظلّمات مع حالة كل منها (leads.view أو privacy.export).</translation>
    </message>
    <message>
        <source>How erasure treats predictions; with --set-predictions, change it (retention.manage).</source>
        <translation>كيفية معاملة المحو للتنبؤات؛ ومع --set-predictions، غيّرها (retention.manage).</translation>
    </message>
    <message>
        <source>anonymise (keep them, tied to the anonymised row) or delete.</source>
        <translation>anonymise (الإبقاء عليها مرتبطةً بالصف بعد إخفاء هويته) أو delete (حذفها).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>يكافئ --format json.</translation>
    </message>
    <message>
        <source>--%1 expects a number from %2, not '%3'</source>
        <translation>يتوقع الخيار --%1 عددًا ابتداءً من %2، وليس '%3'</translation>
    </message>
    <message>
        <source>ref|rows|display</source>
        <extracomment>The columns of 'privacy find --format table', separated by |.</extracomment>
        <translation>المرجع|الصفوف|البيانات المعروضة</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>مرفوع</translation>
    </message>
    <message>
        <source>id|target|state|placed (UTC)|by|lifted|reason</source>
        <extracomment>The columns of 'privacy holds --format table', separated by |.</extracomment>
        <translation>المعرّف|الهدف|الحالة|وقت الفرض (UTC)|المنفِّذ|الرفع|السبب</translation>
    </message>
    <message>
        <source>The lifted hold %1 is gone.</source>
        <translation>اختفى الحفظ القانوني المرفوع %1.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>مُبقاة</translation>
    </message>
    <message>
        <source>id|erased (UTC)|by|request|rows|keys|predictions|outcomes|decisions|appeals</source>
        <extracomment>The columns of 'privacy erasures --format table', separated by |.</extracomment>
        <translation>المعرّف|وقت المحو (UTC)|المنفِّذ|الطلب|الصفوف|المفاتيح|التنبؤات|النتائج الفعلية|القرارات|التظلّمات</translation>
    </message>
    <message>
        <source>id|lead|state|reviewer|received (UTC)|recorded by|resolved (UTC)</source>
        <extracomment>The columns of 'privacy appeals --format table', separated by |.</extracomment>
        <translation>المعرّف|العميل المحتمل|الحالة|المراجِع|وقت الاستلام (UTC)|سجّله|وقت البتّ (UTC)</translation>
    </message>
    <message>
        <source>Usage: mizan-cli privacy &lt;subcommand&gt; [options]

Subcommands:
  find       Find data subjects (masked without leads.view_pii)
  export     Subject access: the JSON export and the letter (HTML, en/ar)
  erase      Erase a data subject (privacy officer; refused under a legal hold)
  hold       Place a legal hold on leadset:N or model:N
  lift       Lift a legal hold
  holds      Every legal hold with its state
  erasures   The erasure register
  decide     Record a human decision departing from the model's (analysts)
  appeal     Record a subject's appeal and route it to a reviewer
  resolve    Uphold or overturn an appeal routed to you
  appeals    Every appeal with its state
  policy     How erasure treats predictions (show, or --set-predictions)
  docs       Write the compliance documents (Markdown) generated from the workspace

Each takes --workspace DIR --as NAME; 'mizan-cli privacy &lt;subcommand&gt; --help'.
</source>
        <translation>الاستخدام: mizan-cli privacy &lt;subcommand&gt; [options]

الأوامر الفرعية:
  find       البحث عن أصحاب البيانات (محجوبة دون leads.view_pii)
  export     الوصول إلى البيانات: التصدير بصيغة JSON والخطاب (HTML، en/ar)
  erase      محو بيانات صاحب بيانات (لمسؤول الخصوصية؛ يُرفض في ظل حفظ قانوني)
  hold       فرض حفظ قانوني على leadset:N أو model:N
  lift       رفع حفظ قانوني
  holds      كل عمليات الحفظ القانوني وحالة كل منها
  erasures   قائمة عمليات المحو
  decide     تسجيل قرار بشري يخالف قرار النموذج (للمحللين)
  appeal     تسجيل تظلّم صاحب البيانات وإحالته إلى مراجِع
  resolve    البتّ في تظلّم محال إليك: تأييد القرار أو إلغاؤه
  appeals    كل التظلّمات وحالة كل منها
  policy     كيفية معاملة المحو للتنبؤات (عرضها، أو --set-predictions)
  docs       كتابة وثائق الامتثال (Markdown) المُنتَجة من مساحة العمل

يقبل كل منها --workspace DIR --as NAME؛ وللتفاصيل: 'mizan-cli privacy &lt;subcommand&gt; --help'.
</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>--json and --format table contradict each other</source>
        <translation>الخياران --json و--format table متناقضان</translation>
    </message>
    <message>
        <source>the %1 is required</source>
        <translation>الوسيط %1 مطلوب</translation>
    </message>
    <message>
        <source>%1 expects a numeric id, not '%2'</source>
        <translation>يتوقع الوسيط %1 معرّفًا رقميًا، وليس '%2'</translation>
    </message>
    <message>
        <source>--decision expects positive or negative, not '%1'</source>
        <translation>يتوقع الخيار --decision القيمة positive أو negative، وليس '%1'</translation>
    </message>
    <message>
        <source>give either --uphold or --overturn</source>
        <translation>حدّد إما --uphold أو --overturn</translation>
    </message>
    <message>
        <source>--set-predictions expects anonymise or delete, not '%1'</source>
        <translation>يتوقع الخيار --set-predictions القيمة anonymise أو delete، وليس '%1'</translation>
    </message>
    <message>
        <source>--language expects en or ar, not '%1'</source>
        <translation>يتوقع الخيار --language القيمة en أو ar، وليس '%1'</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>%1 exists; give --force to replace it</source>
        <translation>%1 موجود بالفعل؛ حدّد --force لاستبداله</translation>
    </message>
    <message>
        <source>The retention policy (days per data class) and what a retention run would remove now,
what a legal hold keeps and by which hold (retention.manage: a dry run, audited).</source>
        <translation>سياسة الاحتفاظ (عدد الأيام لكل نوع بيانات) وما ستحذفه عملية الاحتفاظ الآن،
وما يُبقي عليه الحفظ القانوني وبموجب أي حفظ (retention.manage: تشغيل تجريبي، يُسجَّل في سجل التدقيق).</translation>
    </message>
    <message>
        <source>Remove what is past its period, except what a legal hold keeps (retention.manage;
sensitive: the password of this run is checked again right before). Lead sets lose
their rows and subjects' keys, scoring runs their predictions; their metadata and
hashes stay for lineage. Prints what was removed.</source>
        <translation>احذف ما تجاوز مدة الاحتفاظ به، باستثناء ما يُبقي عليه الحفظ القانوني (retention.manage؛
عملية حساسة: يُتحقق من كلمة المرور في هذا التشغيل مرة أخرى قبلها مباشرة). تفقد مجموعات العملاء
صفوفها ومفاتيح أصحاب البيانات، وتفقد عمليات حساب الدرجات تنبؤاتها؛ وتبقى بياناتها الوصفية
وقيم التجزئة الخاصة بها لتتبّع مسار البيانات. يطبع ما حُذف.</translation>
    </message>
    <message>
        <source>Change nothing: list what would be removed.</source>
        <translation>لا تغيّر شيئًا: اعرض ما سيُحذف.</translation>
    </message>
    <message>
        <source>The retention policy; with --set, change it (retention.manage). The audit log is
kept %1 days (6 years) at least.</source>
        <translation>سياسة الاحتفاظ؛ ومع --set، غيّرها (retention.manage). يُحتفظ بسجل التدقيق
%1 يومًا (6 سنوات) على الأقل.</translation>
    </message>
    <message>
        <source>Keep a data class DAYS days (repeatable). KEY: %1.</source>
        <translation>احتفظ بنوع بيانات مدة DAYS من الأيام (يمكن تكراره). KEY: %1.</translation>
    </message>
    <message>
        <source>KEY=DAYS</source>
        <translation>KEY=DAYS</translation>
    </message>
    <message>
        <source>Where data went (lineage.view; metadata only, audited): a lead set's data (hash), the
model versions trained on it, the scoring runs and the exports; or a model's.
The table is an indented tree from the lead set or model.</source>
        <translation>مسار البيانات (lineage.view؛ بيانات وصفية فقط، ويُسجَّل في سجل التدقيق): بيانات مجموعة عملاء (قيمة التجزئة)،
وإصدارات النماذج المدرَّبة عليها، وعمليات حساب الدرجات، وعمليات التصدير؛ أو مسار بيانات نموذج.
الجدول شجرة بمسافات بادئة تبدأ من مجموعة العملاء أو النموذج.</translation>
    </message>
    <message>
        <source>From this lead set.</source>
        <translation>ابتداءً من مجموعة العملاء هذه.</translation>
    </message>
    <message>
        <source>From this model version.</source>
        <translation>ابتداءً من إصدار النموذج هذا.</translation>
    </message>
    <message>
        <source>--%1 expects a number from 1, not '%2'</source>
        <translation>يتوقع الخيار --%1 عددًا ابتداءً من 1، وليس '%2'</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>الحفظ القانوني %1</translation>
    </message>
    <message>
        <source>class|target|created (UTC)|rows|what</source>
        <extracomment>The columns of 'retention show --format table', separated by |.</extracomment>
        <translation>نوع البيانات|الهدف|وقت الإنشاء (UTC)|الصفوف|الوصف</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>محفوظ بموجب</translation>
    </message>
    <message>
        <source>Policy (days): %1</source>
        <translation>السياسة (بالأيام): %1</translation>
    </message>
    <message>
        <source>Applied at %1.</source>
        <translation>طُبّقت في %1.</translation>
    </message>
    <message>
        <source>Dry run at %1.</source>
        <translation>تشغيل تجريبي في %1.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>ما حُذف:</translation>
    </message>
    <message>
        <source>Would remove:</source>
        <translation>ما سيُحذف:</translation>
    </message>
    <message>
        <source>Kept by a legal hold:</source>
        <translation>ما يُبقي عليه الحفظ القانوني:</translation>
    </message>
    <message>
        <source>Audit entries past retention: %1</source>
        <translation>قيود التدقيق التي تجاوزت مدة الاحتفاظ: %1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>--set: unknown setting '%1'; expected one of %2</source>
        <translation>--set: إعداد غير معروف '%1'؛ المتوقع أحد الإعدادات: %2</translation>
    </message>
    <message>
        <source>--set expects KEY=DAYS, not '%1'</source>
        <translation>يتوقع الخيار --set الصيغة KEY=DAYS، وليس '%1'</translation>
    </message>
    <message>
        <source>--set %1 is given twice</source>
        <translation>--set %1 محدد مرتين</translation>
    </message>
    <message>
        <source>Usage: mizan-cli retention &lt;subcommand&gt; [options]

Subcommands:
  show       The policy and what a retention run would remove now (a dry run)
  apply      Remove what is past its period, except what a legal hold keeps
             (--dry-run: list it only)
  policy     The days each data class is kept (show, or --set KEY=DAYS)

Each takes --workspace DIR --as NAME; 'mizan-cli retention &lt;subcommand&gt; --help'.
</source>
        <translation>الاستخدام: mizan-cli retention &lt;subcommand&gt; [options]

الأوامر الفرعية:
  show       السياسة وما ستحذفه عملية الاحتفاظ الآن (تشغيل تجريبي)
  apply      حذف ما تجاوز مدة الاحتفاظ به، باستثناء ما يُبقي عليه الحفظ القانوني
             (--dry-run: عرضه فقط)
  policy     عدد أيام الاحتفاظ بكل نوع بيانات (عرضها، أو --set KEY=DAYS)

يقبل كل منها --workspace DIR --as NAME؛ وللتفاصيل: 'mizan-cli retention &lt;subcommand&gt; --help'.
</translation>
    </message>
    <message>
        <source>Usage: mizan-cli lineage show (--lead-set N | --model N) [options]

Subcommands:
  show       Where data went: data set -&gt; models -&gt; scoring runs -&gt; exports

It takes --workspace DIR --as NAME; 'mizan-cli lineage show --help'.
</source>
        <translation>الاستخدام: mizan-cli lineage show (--lead-set N | --model N) [options]

الأوامر الفرعية:
  show       مسار البيانات: مجموعة البيانات -&gt; النماذج -&gt; عمليات حساب الدرجات -&gt; عمليات التصدير

يقبل --workspace DIR --as NAME؛ وللتفاصيل: 'mizan-cli lineage show --help'.
</translation>
    </message>
    <message>
        <source>give either --lead-set or --model</source>
        <translation>حدّد إما --lead-set أو --model</translation>
    </message>
    <message>
        <source>Minutes between scheduled backups (5 to 10080).</source>
        <translation>عدد الدقائق بين النسخ الاحتياطية المجدولة (من 5 إلى 10080).</translation>
    </message>
    <message>
        <source>Recovery-point objective: warn when the newest is older.</source>
        <translation>هدف نقطة الاستعادة (RPO): يُصدَر تحذير عندما تكون أحدث نسخة احتياطية أقدم منه.</translation>
    </message>
    <message>
        <source>Recovery-time objective the drills are measured against.</source>
        <translation>هدف زمن الاستعادة (RTO) الذي تُقاس به تمارين الاستعادة.</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of this many days.</source>
        <translation>احتفظ بأحدث نسخة احتياطية من كل يوم، لهذا العدد من الأيام.</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of this many weeks.</source>
        <translation>احتفظ بأحدث نسخة احتياطية من كل أسبوع، لهذا العدد من الأسابيع.</translation>
    </message>
    <message>
        <source>The backup folder (default: the policy's).</source>
        <translation>مجلد النسخ الاحتياطية (الافتراضي: مجلد السياسة).</translation>
    </message>
    <message>
        <source>Back up the workspace (backup.create): a consistent copy of the encrypted database,
the key slots and the audit archive, with a manifest signed with the workspace key,
in a new folder under DIR. Prints the backup.</source>
        <translation>أنشئ نسخة احتياطية من مساحة العمل (backup.create): نسخة متسقة من قاعدة البيانات المشفّرة
وخانات المفاتيح وأرشيف التدقيق، مع بيان النسخة موقَّعًا بمفتاح مساحة العمل،
في مجلد جديد ضمن DIR. يطبع النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This workspace's backups in DIR, newest first, with their last verification
(backup.create).</source>
        <translation>النسخ الاحتياطية لمساحة العمل هذه في DIR، الأحدث أولًا، مع آخر تحقق من كل منها
(backup.create).</translation>
    </message>
    <message>
        <source>Verify a backup without touching the workspace (backup.create): the manifest's
signature, every file's SHA-256, the key slots, the copy's integrity check and its
audit log. The report is printed; exit code 5 when the backup fails.</source>
        <translation>تحقق من نسخة احتياطية دون المساس بمساحة العمل (backup.create): توقيع بيان النسخة،
وقيمة SHA-256 لكل ملف، وخانات المفاتيح، وفحص سلامة النسخة، وسجل
التدقيق فيها. يُطبع التقرير؛ ورمز الخروج 5 عند فشل النسخة الاحتياطية في التحقق.</translation>
    </message>
    <message>
        <source>The backup folder (required).</source>
        <translation>مجلد النسخة الاحتياطية (مطلوب).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The backup plan (backup.create); with any option below, change it: the settings not
given keep their values (audited as backup.policy).</source>
        <translation>خطة النسخ الاحتياطي (backup.create)؛ ومع أي من الخيارات أدناه، غيّرها: تحتفظ الإعدادات غير
المحددة بقيمها (يُسجَّل التغيير في سجل التدقيق باسم backup.policy).</translation>
    </message>
    <message>
        <source>Where backups are written.</source>
        <translation>مكان كتابة النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>on or off: a backup every --every-minutes while a session is unlocked.</source>
        <translation>on أو off: نسخة احتياطية كل --every-minutes ما دامت هناك جلسة غير مقفلة.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Delete the backups the policy no longer keeps (backup.create; audited).
Prints what was deleted.</source>
        <translation>احذف النسخ الاحتياطية التي لم تعد السياسة تحتفظ بها (backup.create؛ يُسجَّل في سجل التدقيق).
يطبع ما حُذف.</translation>
    </message>
    <message>
        <source>Restore a backup over --workspace DIR (which may be missing or broken) without
signing in to it: the key slot of --as USER in the backup opens it (--as recovery:
the recovery key on the password line) and that role must allow backup.restore.
The backup is verified, copied beside the workspace, erasures made since are
re-applied, the copy is verified and swapped in; the replaced workspace is kept as
&lt;name&gt;.replaced-&lt;time&gt;. Nobody may have the workspace open.
With --verify-only, only verify the backup with that credential (exit code 5 when
it fails; with --workspace, the backup must be of that workspace).</source>
        <translation>استعد نسخة احتياطية فوق مساحة العمل --workspace DIR (وقد تكون مفقودة أو تالفة) دون
تسجيل الدخول إليها: تفتح النسخةَ خانةُ مفاتيح --as USER فيها (--as recovery:
مفتاح الاسترداد في سطر كلمة المرور)، ويجب أن يسمح ذلك الدور بـ backup.restore.
يُتحقق من النسخة الاحتياطية، وتُنسخ بجوار مساحة العمل، ويُعاد تطبيق عمليات المحو التي
أُجريت بعدها، ثم يُتحقق من النسخة وتحل محل مساحة العمل؛ ويُحتفظ بمساحة العمل المستبدَلة باسم
&lt;name&gt;.replaced-&lt;time&gt;. ويجب ألا تكون مساحة العمل مفتوحة لدى أي أحد.
مع --verify-only، اكتفِ بالتحقق من النسخة الاحتياطية ببيانات الاعتماد تلك (رمز الخروج 5 عند
الفشل؛ ومع --workspace، يجب أن تكون النسخة الاحتياطية لمساحة العمل تلك).</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>Verify the backup; restore nothing.</source>
        <translation>تحقق من النسخة الاحتياطية فقط، دون استعادة أي شيء.</translation>
    </message>
    <message>
        <source>A disaster-recovery drill (backup.create and backup.restore): back up, restore into
a scratch folder with this run's password, open and verify the copy, and measure
the recovery time and point against the policy's objectives. The report is written
beside the backups (drills/) and printed; exit code 5 when the drill fails.</source>
        <translation>تمرين استعادة للتعافي من الكوارث (backup.create وbackup.restore): أنشئ نسخة احتياطية، واستعدها إلى
مجلد مؤقت بكلمة المرور المستخدمة في هذا التشغيل، وافتح النسخة المستعادة وتحقق منها، وقِس
زمن الاستعادة ونقطتها مقارنةً بأهداف السياسة. يُكتب التقرير
بجوار النسخ الاحتياطية (drills/) ويُطبع؛ ورمز الخروج 5 عند فشل تمرين الاستعادة.</translation>
    </message>
    <message>
        <source>%1: no such backup folder</source>
        <translation>%1: لا يوجد مجلد نسخ احتياطية بهذا المسار</translation>
    </message>
    <message>
        <source>give --dir, or set the backup folder with 'mizan-cli backup policy --dir DIR'</source>
        <translation>حدّد --dir، أو عيّن مجلد النسخ الاحتياطية باستخدام 'mizan-cli backup policy --dir DIR'</translation>
    </message>
    <message>
        <source>--schedule expects on or off, not '%1'</source>
        <translation>يتوقع الخيار --schedule القيمة on أو off، وليس '%1'</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not '%2'</source>
        <translation>يتوقع الخيار --%1 عددًا صحيحًا، وليس '%2'</translation>
    </message>
    <message>
        <source>%1 (--%2)</source>
        <translation>%1 (--%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>ok %1</source>
        <translation>ناجح %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>النسخ الاحتياطية في %1:</translation>
    </message>
    <message>
        <source>name|created (UTC)|kind|by|bytes|manifest|verified</source>
        <extracomment>The columns of 'backup list --format table', separated by |.</extracomment>
        <translation>الاسم|وقت الإنشاء (UTC)|النوع|المنفِّذ|البايتات|بيان النسخة|التحقق</translation>
    </message>
    <message>
        <source>the backup fails verification: %1</source>
        <translation>فشلت النسخة الاحتياطية في التحقق: %1</translation>
    </message>
    <message>
        <source>the drill failed: %1</source>
        <translation>فشل تمرين الاستعادة: %1</translation>
    </message>
    <message>
        <source>warning: the recovery took %1 s, over the %2 s objective</source>
        <translation>تحذير: استغرقت الاستعادة %1 ثانية، متجاوزةً الهدف البالغ %2 ثانية</translation>
    </message>
    <message>
        <source>warning: the newest backup was %1 min old, over the %2 min objective</source>
        <translation>تحذير: كان عمر أحدث نسخة احتياطية %1 دقيقة، متجاوزًا الهدف البالغ %2 دقيقة</translation>
    </message>
    <message>
        <source>--workspace (or MIZAN_WORKSPACE) is required: the folder to restore into</source>
        <translation>الخيار --workspace (أو MIZAN_WORKSPACE) مطلوب: المجلد المراد الاستعادة إليه</translation>
    </message>
    <message>
        <source>%1: the restored workspace fails verification: %2</source>
        <translation>%1: فشلت مساحة العمل المستعادة في التحقق: %2</translation>
    </message>
    <message>
        <source>Usage: mizan-cli backup &lt;subcommand&gt; [options]

Subcommands:
  create     Back up the workspace into a new folder under --dir (or the policy's)
  list       This workspace's backups, newest first, and their last verification
  verify     Verify a backup (--backup PATH); exit code 5 when it fails
  policy     The backup plan: folder, schedule, objectives, rotation (show or set)
  rotate     Delete the backups the policy no longer keeps

Each takes --workspace DIR --as NAME; 'mizan-cli backup &lt;subcommand&gt; --help'.
See also 'mizan-cli restore --help' and 'mizan-cli drill --help'.
</source>
        <translation>الاستخدام: mizan-cli backup &lt;subcommand&gt; [options]

الأوامر الفرعية:
  create     إنشاء نسخة احتياطية من مساحة العمل في مجلد جديد ضمن --dir (أو مجلد السياسة)
  list       النسخ الاحتياطية لمساحة العمل هذه، الأحدث أولًا، وآخر تحقق من كل منها
  verify     التحقق من نسخة احتياطية (--backup PATH)؛ رمز الخروج 5 عند الفشل
  policy     خطة النسخ الاحتياطي: المجلد، والجدول، والأهداف، والتدوير (عرضها أو ضبطها)
  rotate     حذف النسخ الاحتياطية التي لم تعد السياسة تحتفظ بها

يقبل كل منها --workspace DIR --as NAME؛ وللتفاصيل: 'mizan-cli backup &lt;subcommand&gt; --help'.
انظر أيضًا 'mizan-cli restore --help' و'mizan-cli drill --help'.
</translation>
    </message>
    <message>
        <source>Met the applicant at the investor forum; the business plan is funded.</source>
        <translation>تمت مقابلة مقدّم الطلب في منتدى المستثمرين؛ وخطة العمل حاصلة على تمويل.</translation>
    </message>
    <message>
        <source>The demo drill failed: %1</source>
        <translation>فشل تمرين الاستعادة التجريبي: %1</translation>
    </message>
    <message>
        <source>Write a demo lead set (business-setup enquiries, generated from a seed), its dataset spec
and a model bundle trained on it, into a folder. The generating process and its deliberate
group disparity are described in docs/demo-leads.md.
Also a demo workspace (DIR/workspace) with one user per role, the leads imported,
the model stored and the leads scored; its passwords are printed once;
an evidence pack of its audit log (DIR/evidence-pack), and its backup plan with a
first backup and drill (DIR/workspace-backups).</source>
        <translation>اكتب في مجلد مجموعةَ عملاء تجريبية (استفسارات تأسيس أعمال، مولَّدة من بذرة) ومواصفات بياناتها
وحزمة نموذج مدرَّب عليها. يصف الملف docs/demo-leads.md عملية التوليد والتفاوت المتعمَّد
بين الفئات فيها.
وكذلك مساحة عمل تجريبية (DIR/workspace) بمستخدم واحد لكل دور، والعملاء مستورَدون،
والنموذج محفوظ، ودرجات العملاء محسوبة؛ وتُطبع كلمات مرورها مرة واحدة؛
وحزمة أدلة لسجل تدقيقها (DIR/evidence-pack)، وخطة النسخ الاحتياطي الخاصة بها مع
أول نسخة احتياطية وأول تمرين استعادة (DIR/workspace-backups).</translation>
    </message>
    <message>
        <source>Backups of the demo workspace are in %1 (hourly while it is open).</source>
        <translation>النسخ الاحتياطية لمساحة العمل التجريبية موجودة في %1 (كل ساعة ما دامت مفتوحة).</translation>
    </message>
    <message>
        <source>expected: workspace info | rekey | idle-lock MINUTES | classification [MARKING]</source>
        <translation>المتوقع: workspace info | rekey | idle-lock MINUTES | classification [MARKING]</translation>
    </message>
    <message>
        <source>Show or set (admins) the classification marking every export and PDF
carries in its header and footer, e.g. RESTRICTED.</source>
        <translation>اعرض وسم التصنيف (مثل RESTRICTED) الذي يحمله كل ملف مُصدَّر وكل ملف PDF
في رأسه وتذييله، أو اضبطه (لمسؤولي النظام).</translation>
    </message>
    <message>
        <source>[MARKING] the new marking (admins; quote spaces)</source>
        <translation>[MARKING] وسم التصنيف الجديد (لمسؤولي النظام؛ ضعه بين علامتَي اقتباس إن تضمّن مسافات)</translation>
    </message>
    <message>
        <source>Usage: mizan-cli &lt;command&gt; [options]

Mizan's command line: model governance for lead scoring, without a window.

Commands:
  train          Train a model bundle from a lead file and its dataset spec
  model import   Import an XGBoost JSON model with its dataset spec
  score          Score a lead file with a model bundle
  explain        Why a lead got its score (SHAP, LIME, counterfactuals, what-if);
                 --global: what drives the model over a lead file
  fairness       Outcomes by group: fairlearn's disparities, AIF360's signed forms,
                 bootstrap intervals, ThresholdOptimizer, the bias policy
  demo           Write demo leads, a model and a demo workspace (a user per role)

Workspace commands (--workspace DIR --as NAME; password from MIZAN_PASSWORD
or the first line of standard input, never the command line):
  init           Create an encrypted workspace and its first administrator
  user           add | list | disable | enable | remove | passwd | role | pii
  users review   The access-review report
  workspace      info | rekey | idle-lock | classification [MARKING]
  import         Import a lead file into the workspace
  model import   With --workspace: store a model bundle (--bundle) in the workspace
  model          list | show | submit | approve | reject | deploy | rollback |
                 retire | history | card | assess | policy (the approval process)
  score          With --workspace: score a stored lead set with the deployed
                 version (or --model ID, for evaluation)
  explain        With --workspace: explain a stored lead (audited)
  fairness       With --workspace: a stored model on a stored lead set (audited;
                 failing policy rules are stored as alerts)
  outcomes       import | report | alerts: actual conversions of scored leads and
                 the deployed version's realised performance (alerts beyond policy)
  privacy        find | export | erase | hold | lift | holds | erasures | decide |
                 appeal | resolve | appeals | policy | docs: data subjects' rights
                 (access, erasure, legal holds), human review of scores (decisions,
                 appeals) and the compliance documents generated from the workspace
  retention      show | apply | policy: how long each data class is kept, what is past
                 its period (a dry run first) and what a legal hold keeps
  lineage        show: where data went (data set -&gt; models -&gt; scoring runs -&gt; exports)
  audit          show | verify | checkpoint | export | report | verify-pack
  backup         create | list | verify | policy | rotate: signed, verifiable copies of
                 the workspace, the backup plan (folder, schedule, objectives, rotation)
  restore        Restore a backup over a missing or broken workspace (--from BACKUP;
                 the backup's own key slot of --as opens it), or --verify-only
  drill          A disaster-recovery drill: back up, restore aside, verify, measure

Options:
  -h, --help     Show this help (also after a command: mizan-cli score --help)
  --version      Show the version of Mizan and its libraries

Exit codes: 0 ok, 1 failure, 2 usage, 3 permission denied,
4 authentication failed, 5 integrity failure.
</source>
        <translation>الاستخدام: mizan-cli &lt;command&gt; [options]

سطر أوامر ميزان: حوكمة نماذج حساب درجات العملاء المحتملين، دون نافذة.

الأوامر:
  train          تدريب حزمة نموذج من ملف عملاء محتملين ومواصفات بياناته
  model import   استيراد نموذج XGBoost بصيغة JSON مع مواصفات بياناته
  score          حساب درجات ملف عملاء محتملين باستخدام حزمة نموذج
  explain        لماذا حصل العميل على درجته (SHAP وLIME والتغييرات المقترحة وماذا لو)؛
                 --global: ما الذي يحرّك النموذج على ملف عملاء
  fairness       النتائج حسب الفئة: تفاوتات fairlearn، وصيغ AIF360 ذات الإشارة،
                 وفواصل الثقة بإعادة المعاينة، وThresholdOptimizer، وسياسة التحيّز
  demo           كتابة عملاء تجريبيين ونموذج ومساحة عمل تجريبية (مستخدم لكل دور)

أوامر مساحة العمل (--workspace DIR --as NAME؛ كلمة المرور من MIZAN_PASSWORD
أو من السطر الأول من المدخلات القياسية، وليس من سطر الأوامر أبدًا):
  init           إنشاء مساحة عمل مشفّرة ومسؤول النظام الأول فيها
  user           add | list | disable | enable | remove | passwd | role | pii
  users review   تقرير مراجعة صلاحيات الوصول
  workspace      info | rekey | idle-lock | classification [MARKING]
  import         استيراد ملف عملاء محتملين إلى مساحة العمل
  model import   مع --workspace: حفظ حزمة نموذج (--bundle) في مساحة العمل
  model          list | show | submit | approve | reject | deploy | rollback |
                 retire | history | card | assess | policy (إجراءات الاعتماد)
  score          مع --workspace: حساب درجات مجموعة عملاء محفوظة بالإصدار المنشور
                 (أو بـ --model ID، لأغراض الاختبار)
  explain        مع --workspace: شرح عميل محفوظ (يُسجَّل في سجل التدقيق)
  fairness       مع --workspace: نموذج محفوظ على مجموعة عملاء محفوظة (يُسجَّل في سجل التدقيق؛
                 وتُحفظ قواعد السياسة المخالفة بوصفها تنبيهات)
  outcomes       import | report | alerts: حالات التحوّل الفعلية للعملاء المحسوبة درجاتهم
                 والأداء المحقَّق للإصدار المنشور (مع تنبيهات عند تجاوز حدود السياسة)
  privacy        find | export | erase | hold | lift | holds | erasures | decide |
                 appeal | resolve | appeals | policy | docs: حقوق أصحاب البيانات
                 (الوصول، والمحو، والحفظ القانوني)، والمراجعة البشرية للدرجات (القرارات،
                 والتظلّمات)، ووثائق الامتثال المُنتَجة من مساحة العمل
  retention      show | apply | policy: مدة الاحتفاظ بكل نوع بيانات، وما تجاوز
                 مدته (بتشغيل تجريبي أولًا)، وما يُبقي عليه الحفظ القانوني
  lineage        show: مسار البيانات (مجموعة البيانات -&gt; النماذج -&gt; عمليات حساب الدرجات -&gt; عمليات التصدير)
  audit          show | verify | checkpoint | export | report | verify-pack
  backup         create | list | verify | policy | rotate: نسخ موقّعة من مساحة العمل يمكن التحقق منها،
                 وخطة النسخ الاحتياطي (المجلد، والجدول، والأهداف، والتدوير)
  restore        استعادة نسخة احتياطية فوق مساحة عمل مفقودة أو تالفة (--from BACKUP؛
                 وتفتحها خانة مفاتيح --as في النسخة الاحتياطية نفسها)، أو --verify-only
  drill          تمرين استعادة للتعافي من الكوارث: نسخ احتياطي، واستعادة جانبية، وتحقق، وقياس

الخيارات:
  -h, --help     عرض هذه المساعدة (وأيضًا بعد أمر: mizan-cli score --help)
  --version      عرض إصدار ميزان ومكتباته

رموز الخروج: 0 نجاح، 1 إخفاق، 2 خطأ في الاستخدام، 3 رفض الصلاحية،
4 فشل المصادقة، 5 فشل السلامة.
</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>صيغة المخرجات: json (الافتراضية) أو csv.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>صيغة المخرجات: table (الافتراضية) أو json.</translation>
    </message>
    <message>
        <source>The compliance report of a period (--from, --to; default the last 30 days):
actions by type and user, denials, approvals, fairness alerts, erasures,
backups, and the verification status with its signed checkpoint.
JSON or CSV (--format csv); the PDF is in the Audit tab. Written to a file, it
carries the workspace's classification marking, your name and the time.</source>
        <translation>تقرير الامتثال لفترة (--from و--to؛ الافتراضي آخر 30 يومًا):
الإجراءات حسب النوع والمستخدم، وحالات الرفض، والاعتمادات، وتنبيهات العدالة، وعمليات المحو،
والنسخ الاحتياطية، وحالة التحقق مع نقطة التحقق الموقّعة.
بصيغة JSON أو CSV (--format csv)؛ أما ملف PDF ففي علامة تبويب التدقيق. وإذا كُتب إلى ملف
حمل وسم التصنيف لمساحة العمل واسمك والوقت.</translation>
    </message>
    <message>
        <source>Write to FILE (marked) instead of standard output.</source>
        <translation>الكتابة إلى FILE (موسومًا) بدلًا من المخرجات القياسية.</translation>
    </message>
    <message>
        <source>Usage: mizan-cli audit &lt;subcommand&gt; [options]

Subcommands:
  show         Audit entries, with filters (--from, --to, --actor, --action, ...)
  verify       Verify the log: chain, Merkle tree, checkpoint signatures
               ([--trusted FILE]: no rollback, no fork since a checkpoint you kept)
  checkpoint   Co-sign a checkpoint of the log now ([--out FILE])
  export       Write a signed evidence pack of the matching entries (--out DIR)
  report       The compliance report of a period ([--from] [--to] [--format csv]
               [--out FILE])
  verify-pack  Verify an evidence pack offline (DIR; no workspace needed)

All but verify-pack take --workspace DIR --as NAME; 'mizan-cli audit &lt;subcommand&gt;
--help' describes each one. Exit code 5 when tampering is found.
</source>
        <translation>الاستخدام: mizan-cli audit &lt;subcommand&gt; [options]

الأوامر الفرعية:
  show         قيود سجل التدقيق، مع عوامل التصفية (--from و--to و--actor و--action و...)
  verify       التحقق من السجل: السلسلة وشجرة ميركل وتواقيع نقاط التحقق
               ([--trusted FILE]: لا تراجع ولا تفرّع منذ نقطة تحقق احتفظت بها)
  checkpoint   التوقيع المشترك على نقطة تحقق للسجل الآن ([--out FILE])
  export       كتابة حزمة أدلة موقّعة بالقيود المطابقة (--out DIR)
  report       تقرير الامتثال لفترة ([--from] [--to] [--format csv]
               [--out FILE])
  verify-pack  التحقق من حزمة أدلة دون اتصال (DIR؛ دون حاجة إلى مساحة عمل)

تأخذ جميعها عدا verify-pack الخيارين --workspace DIR --as NAME؛ ويصف الأمر 'mizan-cli audit &lt;subcommand&gt;
--help' كلًّا منها. رمز الخروج 5 عند اكتشاف تلاعب.
</translation>
    </message>
    <message>
        <source>expected: audit show | verify | checkpoint | export | report | verify-pack DIR</source>
        <translation>المتوقع: audit show | verify | checkpoint | export | report | verify-pack DIR</translation>
    </message>
    <message>
        <source>Write the card to FILE instead of standard output, with the classification marking first and last.</source>
        <translation>كتابة البطاقة إلى FILE بدلًا من المخرجات القياسية، مع وسم التصنيف في أولها وآخرها.</translation>
    </message>
    <message>
        <source>The outcome alerts stored when outcomes were imported (the realised performance
beyond the policy), newest first: of every version, or of one (--id N).</source>
        <translation>تنبيهات النتائج المحفوظة عند استيراد النتائج (الأداء المحقَّق
خارج حدود السياسة)، الأحدث أولًا: لكل الإصدارات، أو لإصدار واحد (--id N).</translation>
    </message>
    <message>
        <source>Only this model version (default: every version).</source>
        <translation>هذا الإصدار من النموذج فقط (الافتراضي: كل الإصدارات).</translation>
    </message>
    <message>
        <source>Everything held about a data subject (privacy.export): writes DIR/subject-access.json
and the letter that answers the request, DIR/letter-en.html and/or letter-ar.html
(readable by the owner only; the desktop application makes the PDF). Each carries
the workspace's classification marking, your name and the time.</source>
        <translation>كل ما هو محفوظ عن صاحب بيانات (privacy.export): يكتب DIR/subject-access.json
والخطاب الذي يجيب عن الطلب، DIR/letter-en.html و/أو letter-ar.html
(لا يقرؤها إلا مالكها؛ ويُنشئ تطبيق سطح المكتب ملف PDF). ويحمل كلٌّ منها
وسم التصنيف لمساحة العمل واسمك والوقت.</translation>
    </message>
    <message>
        <source>Write the compliance documents generated from the workspace (privacy.export) into
DIR: %1.
Markdown, no personal data, the classification marking as the first and last line;
all or none are written (readable by the owner only).</source>
        <translation>كتابة وثائق الامتثال المولَّدة من مساحة العمل (privacy.export) في
DIR: %1.
بصيغة Markdown، دون بيانات شخصية، ووسم التصنيف في السطر الأول والأخير؛
تُكتب كلها أو لا يُكتب شيء (لا يقرؤها إلا مالكها).</translation>
    </message>
    <message>
        <source>Usage: mizan-cli users review [options] --workspace DIR --as NAME

Subcommands:
  review   The access-review report (admins, auditors)

'mizan-cli users review --help' describes its options.
</source>
        <translation>الاستخدام: mizan-cli users review [options] --workspace DIR --as NAME

الأوامر الفرعية:
  review   تقرير مراجعة الصلاحيات (للمسؤولين والمدققين)

يصف الأمر 'mizan-cli users review --help' خياراته.
</translation>
    </message>
    <message>
        <source>Output format: table (default: the report as text) or json.</source>
        <translation>صيغة المخرجات: table (الافتراضية: التقرير نصًّا) أو json.</translation>
    </message>
    <message>
        <source>Usage: mizan-cli workspace &lt;subcommand&gt; [options] --workspace DIR --as NAME

Subcommands:
  info                       What the workspace holds and how it is protected
  rekey                      Re-key the workspace (admins)
  idle-lock MINUTES          Idle minutes before every session locks (admins)
  classification [MARKING]   Show or set (admins) the classification marking of
                             every export

'mizan-cli workspace &lt;subcommand&gt; --help' describes each one.
</source>
        <translation>الاستخدام: mizan-cli workspace &lt;subcommand&gt; [options] --workspace DIR --as NAME

الأوامر الفرعية:
  info                       ما تحويه مساحة العمل وكيف تُحمى
  rekey                      إعادة تشفير مساحة العمل بمفتاح جديد (للمسؤولين)
  idle-lock MINUTES          دقائق الخمول قبل قفل كل جلسة (للمسؤولين)
  classification [MARKING]   عرض وسم التصنيف لكل تصدير أو تعيينه (للمسؤولين)

يصف الأمر 'mizan-cli workspace &lt;subcommand&gt; --help' كلًّا منها.
</translation>
    </message>
    <message>
        <source>Marking: %1</source>
        <translation>وسم التصنيف: %1</translation>
    </message>
</context>
</TS>