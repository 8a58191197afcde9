<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <translation>ميزان: حوكمة نماذج تقييم العملاء المحتملين</translation>
    </message>
    <message>
        <source>Interface language (en, ar).</source>
        <translation>لغة الواجهة (en أو ar).</translation>
    </message>
    <message>
        <source>Open and score the demo that 'mizan-cli demo --out DIR' wrote.</source>
        <translation>افتح العرض التجريبي الذي كتبه 'mizan-cli demo --out DIR' وقيّمه.</translation>
    </message>
</context>
<context>
    <name>mizan::Booster</name>
    <message>
        <source>XGBoost could not %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XGBoost returned %1 predictions for %2 rows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::CsvReader</name>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field is longer than the limit of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record is longer than the limit of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record has more than the limit of %1 fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>binary data (a NUL byte) where text was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a delimiter or the end of the line after a closing quote, found '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted field that starts here is never closed (unbalanced quotes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the delimiter and the quote must be two different characters other than a line end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: invalid reading options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading ran out of memory.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::DatasetLoader</name>
    <message>
        <source>expected %1 fields (as the %2 has), found %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec's column list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file holds no %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file holds no data rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2, column '%3': %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header is not valid UTF-8 text (field %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1' appears twice in the header (fields %2 and %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the %2 column '%3' is missing (the file has: %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no target column '%1': outcomes are unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the dataset spec names no target column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no sensitive column '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no personal-data column '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number, found '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value is not valid UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 distinct values: is this column really categorical?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id '%1' already appeared on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the outcome (target) is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' (%2 rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target column '%1' holds several values other than the positive ones (%2): %3. All of them count as negative outcomes; if one of them means a conversion, list it under target.positive in the spec.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number %1 is too large for a model input (at most 3.4e38)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: reading ran out of memory</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::DatasetSpec</name>
    <message>
        <source>%1: cannot open the dataset spec: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a dataset spec may not exceed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a dataset spec must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "%1", found "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a file without a header ("csv": {"header": false}) takes column names from the spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no header, so the spec must name its columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column names must be distinct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name at least one value that marks a positive outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs from csv.strip_suffix; give it once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applies to the target column, but the spec has no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name at least one feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is already a feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" names another sensitive attribute already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a numeric column can be binned by edges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is personal data and cannot also be a model feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is a feature; the target cannot be one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id cannot be the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is a feature; the id cannot be one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is used by the spec and cannot be ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of the columns listed in 'columns'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected one ASCII character other than a quote or a line end (use "," with "trim": true for ", ")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "numeric" or "categorical", found "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a categorical feature can list categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a non-empty list of distinct values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edges must strictly ascend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>labels need edges to bin by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 labels (one more than edges), found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>labels must be distinct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of the labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is the %2; a sensitive attribute describes people or companies, not outcomes or ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is personal data and cannot also be %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::Encoder</name>
    <message>
        <source>%1: the categorical feature '%2' is not in the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the features give the model no inputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the categorical feature '%1' lists no categories, and the model names none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model names the feature '%1' twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model's features do not match the dataset spec.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model features the spec does not have: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spec features the model does not use: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the encoder has no inputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a feature of the spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not match the spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "numeric" or "one_hot"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the feature column '%2' is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the column '%2' is %3 in this data, but the model expects it %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numeric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>categorical</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::JsonFields</name>
    <message>
        <source>%1: '%2': %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
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
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation>&amp;حول ميزان</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;حول Qt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A model-governance workstation for lead scoring with gradient-boosted trees.&lt;/p&gt;&lt;p&gt;XGBoost %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Works offline: Mizan opens no network connection and listens on no port.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ميزان %1&lt;/h2&gt;&lt;p&gt;محطة عمل لحوكمة نماذج تقييم العملاء المحتملين المبنية على أشجار التعزيز المتدرج.&lt;/p&gt;&lt;p&gt;XGBoost %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;يعمل دون اتصال: لا يفتح ميزان أي اتصال بالشبكة ولا يستمع على أي منفذ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Mizan</source>
        <translation>حول ميزان</translation>
    </message>
    <message>
        <source>The language changes when Mizan is started again.</source>
        <translation>تتغير اللغة عند تشغيل ميزان من جديد.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;التقييم</translation>
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
</context>
<context>
    <name>mizan::ModelBundle</name>
    <message>
        <source>%1: the model has %2 features but its encoder gives %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the model's feature names differ from its encoder's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the model stores no feature names, so %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: XGBoost reads %2 features, the file declares %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a Mizan model bundle (JSON error at byte %2: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "%1", found "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "trained" or "imported"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an ISO 8601 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the embedded model does not match its recorded SHA-256: the bundle was altered or damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished">%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the %2 is larger than the limit of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the embedded model is not in the form Mizan writes: the bundle was not made by Mizan or was altered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the bundle does not match its recorded SHA-256 (bundle_sha256): it was altered or damaged after it was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string or null</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::RiskBands</name>
    <message>
        <source>risk bands need 1 to 9 cut-offs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk band cut-offs must ascend strictly between 0 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 risk band cut-offs need %2 labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk band labels must be distinct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid risk band cut-offs '%1': expected numbers such as 0.2,0.5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected numbers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::ScoreExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished">%1: تتعذّر الكتابة: %2</translation>
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
    <name>mizan::ScoreTableModel</name>
    <message>
        <source>Probability %1 (log-odds %2), band %3</source>
        <translation>الاحتمال %1 (لوغاريتم الأرجحية %2)، الفئة %3</translation>
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
        <translation>الفئة</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model bundle holds no parsed model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring ran out of memory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::ScoringTab</name>
    <message>
        <source>%1: its features differ from those of the model %2, so the model cannot score leads described by it</source>
        <translation>%1: تختلف خصائصه عن خصائص النموذج %2، لذلك لا يستطيع النموذج تقييم العملاء الموصوفين به</translation>
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
        <translation>&amp;اختيار المواصفات…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Choose &amp;model…</source>
        <translation>&amp;اختيار النموذج…</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;تقييم</translation>
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
        <translation>كل الفئات</translation>
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
        <translation>&amp;الفئة:</translation>
    </message>
    <message>
        <source>Probability fro&amp;m</source>
        <translation>&amp;الاحتمال من</translation>
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
        <translation>جارٍ تقييم %1…</translation>
    </message>
    <message>
        <source>Scoring was cancelled; the table is unchanged.</source>
        <translation>أُلغي التقييم؛ لم يتغير الجدول.</translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation>تعذّر التقييم</translation>
    </message>
    <message>
        <source>Scoring failed; the table is unchanged.</source>
        <translation>تعذّر التقييم؛ لم يتغير الجدول.</translation>
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
</context>
<context>
    <name>mizan::Split</name>
    <message>
        <source>invalid split '%1': expected mod:K:R, random:FRACTION:SEED, tail:FRACTION or none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::TrainParams</name>
    <message>
        <source>from 1 to 32</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>above 0 and at most 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from 1 to 100000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>above 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from 0 (all cores) to 1024</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exact, approx or hist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from 0 to the number of rounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown training parameter '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training parameter '%1': '%2' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training parameter '%1' must be %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::Trainer</name>
    <message>
        <source>%1: the data has no outcomes (target column), so a model cannot be trained on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: some rows have no outcome; training needs every outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the validation part for early stopping is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the training part holds only one outcome (%1 positive, %2 negative rows); a model needs both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the trained model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training would need %1 of memory for %2 rows x %3 model inputs (the limit is %4); the column '%5' alone gives %6 inputs: is it really categorical?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training ran out of memory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the validation part for early stopping holds only one outcome (%1 positive, %2 negative rows), so its AUC is undefined; use a larger validation part or no early stopping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XGBoost gave no validation AUC for round %1 ("%2")</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::XgbModel</name>
    <message>
        <source>%1: not a usable XGBoost model: '%2': %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 entries, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 1 to %1 nodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>categorical splits are not supported; one-hot encode categories in the dataset spec instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: invalid child indices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a child index is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the split feature is not one of the model's %2 features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a finite number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a finite, non-negative number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected 0 or 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tree is deeper than %1 levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 is reached twice: not a tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>larger than the limit of %1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not an XGBoost JSON model (JSON error at byte %2: %3); save models with a .json file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the objective is "%1"; Mizan scores binary:logistic models only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 1 to %1 features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a probability between 0 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>multi-class models are not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names %1 features, but the model has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feature type "%1" is not supported (numeric features only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the booster is "%1"; only gbtree is supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 0 to %1 trees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected every tree to belong to output 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node 0: the root has a parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1: the recorded parent is not node %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mizan::cli</name>
    <message>
        <source>Try 'mizan-cli %1 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format '%1' is not available here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import an XGBoost JSON model trained elsewhere (Python, Spark) with the dataset spec
of its input. The file is validated; its feature names are matched to the spec.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The XGBoost model file (JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MODEL.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dataset spec of the model's input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk band cut-offs (default 0.2,0.5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CUTOFFS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's name (default: the file's name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write the model bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: json (default) or table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mizan-cli model &lt;subcommand&gt; [options]

Subcommands:
  import   Import an XGBoost JSON model with its dataset spec
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score a lead file with a model bundle. Columns: row_index, id, margin (log-odds),
probability, band. The file is read with the bundle's dataset spec unless --spec
gives another layout for the same features.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead file (CSV).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dataset spec for reading this file (same features).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the scores to this file instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: json (default), csv or table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threads to use (default: all cores).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--threads expects a number from 1 to 1024</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its features differ from the model's spec; the model cannot score data described by it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished">%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train a binary:logistic XGBoost model on a lead file and write a model bundle.
Metrics are computed on the held-out test part of the split.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead file (CSV) with outcomes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dataset spec (mizan.dataset-spec/1 JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test part: mod:K:R, random:FRACTION:SEED, tail:FRACTION or none (default random:0.2:0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPLIT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A training parameter KEY=VALUE (max_depth, eta, rounds, subsample, colsample_bytree, min_child_weight, lambda, alpha, gamma, scale_pos_weight, base_score, seed, nthread, tree_method, early_stopping_rounds); repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training parameters as a JSON object file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation part of the training rows for early stopping (default random:0.1:SEED).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's name (default: the spec's name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected a JSON object of training parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--param expects KEY=VALUE, found '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mizan-cli: unknown command '%1'. Try 'mizan-cli --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the option --%1 is given twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a demo lead set (business-setup enquiries, generated from a seed), its dataset spec
and a model bundle trained on it, into a folder. The generating process and its deliberate
group disparity are described in docs/demo-leads.md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder to write into (created if needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of leads (default 8000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generator seed (default 2026).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SEED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rows expects a number from 200 to 2000000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed expects a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo lead-conversion model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tree evaluation: native (default) or xgboost (XGBoost's own prediction, the cross-check; both give the same margins).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ENGINE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--engine expects native or xgboost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a parameter file may not exceed 1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mizan-cli &lt;command&gt; [options]

Mizan's command line: model governance for lead scoring, without a window.

Commands:
  train          Train a model bundle from a lead file and its dataset spec
  model import   Import an XGBoost JSON model with its dataset spec
  score          Score a lead file with a model bundle
  demo           Write demo leads, their spec and a model trained on them

Options:
  -h, --help     Show this help (also after a command: mizan-cli score --help)
  --version      Show the version of Mizan and its libraries

Exit codes: 0 ok, 1 failure, 2 usage, 3 permission denied,
4 authentication failed, 5 integrity failure.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mizan-cli: this version has no workspaces yet (--workspace, MIZAN_WORKSPACE); unset MIZAN_WORKSPACE to work on plain files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mizan-cli: out of memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mizan-cli: internal error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>