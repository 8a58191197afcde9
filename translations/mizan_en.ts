<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mizan: model governance for lead scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, ar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo that &apos;mizan-cli demo --out DIR&apos; wrote: its workspace (DIR/workspace), or its files when it has none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AboutDialog</name>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed (Arabic is drawn with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not SQLCipher: workspaces cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1 (%2), Qt platform %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A model-governance workstation for lead scoring with gradient-boosted trees (XGBoost).&lt;/p&gt;&lt;p&gt;Works offline: Mizan opens no network connection and listens on no port.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components, versions and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the versions and licences as text, for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows, PDF reports, translations and right-to-left layout (Core, GUI, Widgets, SVG, Concurrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at build time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s own buttons and dialogs in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training and scoring the gradient-boosted tree models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted workspace database (AES-256, an HMAC on every page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256, Ed25519 signatures of the audit log, sealed data and random numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Debian package at build time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys from passwords (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noto fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic and Latin text on screen and in the PDF reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works offline: Mizan opens no network connection and listens on no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AccessReview</name>
    <message>
        <source>Access review of workspace %1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot locked after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may view personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sign-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING a second administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AlertModel</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ApprovalQueueModel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval has expired: the version must be approved again before it may be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revalidate by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ApprovalStyle</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ApprovalTab</name>
    <message>
        <source>Model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed history of the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead set both the candidate and the deployed version score for the assessment: drift, ROC, calibration, top features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference lead set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll ba&amp;ck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the versions&apos; own test splits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (#%2, %n rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Approval Queue waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model registry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The model registry failed its checks:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is deployed: scoring has no approved model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed: %1. Its approval expired on %2: re-approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed: %1, approved until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n version(s) wait for a decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You registered or submitted this version: someone else must approve it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have approved this version; a second officer must add theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1. This is approval %2 of %3; it will be signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is assessed on the reference lead set chosen, then waits for a risk officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, scoring uses this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval %1 of %2 recorded; version %3 needs another risk officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is deployed: scoring uses it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: version %1 is deployed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing and submitting version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was submitted; assessed as %2 risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 assessed as %2 risk (score %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV with lead_id and converted (1/0): what became of scored leads. The deployed version is judged on them; drops beyond the policy raise alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outcome alert(s): see its Outcomes page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new outcome(s), %2 of them for leads in the workspace; %3 known already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The outcomes are stored, but the deployed version could not be judged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes stored, not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;licy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval policy: gates, rule thresholds, revalidation period, outcome alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval policy could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval policy was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval policy is changed; assess the versions again to apply it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AssessmentView</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2 (revalidate by %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval %1 of %2 by %3 on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval expired on %1: approve it again before deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been assessed yet. Assess it (optionally on a reference lead set) before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed %1 by %2 against policy thresholds; score %3 (medium from %4, high from %5). %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every policy gate passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing gates: %1 (approval needs an override reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence: fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy gates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AuditCheckpointsDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each checkpoint is the root of the log at a size, signed by the workspace key (and co-signed by a person at sign-out, approvals, exports and on request). %n checkpoint(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed note of the selected checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed notes (*.note);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AuditDetailPane</name>
    <message>
        <source>%1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its details, its hashes and the proof that it is in the signed log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the inclusion proof of entry %1 does not lead to the root of the tree of %2 entries. The entry or the log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the proof leads to the root, but %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: entry %1 is in the signed checkpoint of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified against the current tree of %1 entries. No signed checkpoint covers this entry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous entry&apos;s leaf hash (prev_hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry&apos;s leaf hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf %1 (counting from 0) of the tree of %2 entries; the hashes on its path to the root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root of the tree of %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: the proof is against the root of the log as it is now, which no signature covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AuditFilterBar</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter from a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter up to a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to time (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries at or after this local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries before this local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From entry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to entry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, or a prefix: model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exact action (&quot;login&quot;), or a prefix ending in a dot (&quot;user.&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any text in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details contain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AuditLog</name>
    <message>
        <source>entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log does not verify: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s Merkle tree has no node %1 at level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields must be exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field details is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq and time must be non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prev_hash is not 64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace signing key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s Merkle tree is incomplete; run audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored checkpoint %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AuditModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the newest or the oldest entries first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AuditTab</name>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every entry, the hash chain, the Merkle tree and every signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify against a saved chec&amp;kpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify against a checkpoint kept in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checkpoint history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a checkpoint now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the log as it is now with the workspace key and your own, and saves the checkpoint to a file you keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an evidence pack of the entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the entries the filter shows, with their proofs, the checkpoints and the keys, to a folder that verifies offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by type and user, denials, approvals, fairness alerts, erasures and backups in the filter&apos;s time range, with the verification and its signed checkpoint (PDF or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the first bad entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 matching entries shown, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries shown, %2; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the log from entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint you kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed notes (*.note);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled: nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good up to checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good (no checkpoint yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First broken entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries and %2 signed checkpoints checked: hash chain, Merkle roots and signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log verifies up to the checkpoint of %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack is in %1: %2 entries, up to the signed checkpoint of %3 entries. Its VERIFY.md says how to check it without Mizan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint was signed and is kept in the workspace, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries, signed by the workspace and co-signed by you, is in %2. Keep it outside the workspace: verifying against it later proves that the log only grew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint of %1 entries signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying for the report… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the compliance report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report written to %1 (%2 entries in the period).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::AuditVerifier</name>
    <message>
        <source>checkpoint %1 belongs to another log (origin &quot;%2&quot;, expected &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace signature of %1 does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed by an unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the co-signature of %1 on %2 does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All good: %n entries verified, up to the signed checkpoint of %1 entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All good: %n entries verified (no checkpoint yet).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The log extends the trusted checkpoint of %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering found: the first bad entry is %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 no longer matches the hash entry %2 chains to (one of them was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (the log jumps from entry %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 appears again after entry %2 (entries were reordered or inserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was inserted: the entry after it was entry %1 when it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its content does not match its leaf hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries after the checkpoint of %1 entries up to entry %2 do not match the signed root of checkpoint %2 (changed, or the log was rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log does not extend the trusted checkpoint of %1 entries: its first %1 entries were rewritten, or this is another copy of the workspace (a fork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint that must follow entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint %1 co-signs at logout (entry %2) is missing or not co-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the log kept signed checkpoints: their checkpoints were signed when the log was caught up, and their sign-outs are not co-signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log holds %1 entries but the trusted checkpoint vouches for %2 (an older copy was restored, or entries were removed from the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at entry %1 but a signed checkpoint vouches for %2 entries (entries were removed from the end, or an older copy was restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted checkpoint does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries 1 to %1 were sealed into a signed archive and pruned; verify the archive on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted checkpoint of %1 entries lies in the sealed segment (entries 1 to %2): check it against the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored tree over the sealed entries 1 to %1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, the first after the sealed segment, is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Backup</name>
    <message>
        <source>%1 is not a readable backup manifest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mizan backup manifest (format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest lacks a required field or has a malformed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file entry of the manifest is malformed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1 to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory: a schedule needs a folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval_minutes: between 5 minutes and 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rpo_minutes: between 5 minutes and 31 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rto_minutes: between 1 minute and 31 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep_daily: between 1 and 366</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep_weekly: between 0 and 520</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mizan backup (it has no readable %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by the key of workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest&apos;s signature does not verify (altered after the backup was made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup belongs to another workspace (%1), not to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Mizan (%1, schema %2); this version reads schemas up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest (added after the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes; the manifest says %3 (truncated or extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest (changed after the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), SHA-256 match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) of this workspace, key generation %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to another workspace or key generation than the manifest (mismatched key slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database copy is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens with the workspace key (SQLCipher %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not open with the key its slots hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy is at schema %1; the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA integrity_check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries verify</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the audit log in the backup does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at the manifest&apos;s signed checkpoint (%1 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log in the copy (%1 entries) does not end at the manifest&apos;s signed checkpoint (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records counted, as the manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record counts differ from the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1, as the manifest says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::BackupListModel</name>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Made by %2 with Mizan %3; schema %4, key generation %5, %6 audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s signature verifies with this workspace&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify with this workspace&apos;s key: the backup was altered or belongs to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::BackupScheduler</name>
    <message>
        <source>Making the scheduled backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backup %1 made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::BackupTab</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent, encrypted, signed copy of the workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the signature, every file, the key slots, the database and its audit log, without touching the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the workspace with the backup; the current one is kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up, restores into a scratch folder, verifies and measures the recovery time against the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on another disk or a mounted share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make backups on a schedule while someone is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery-point objective: the most work you accept to lose. The tab warns when the newest backup is older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;point objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery-time objective: how long a restore may take. Drills are measured against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;time objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest of &amp;each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and of each &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Backup tab waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ There is no backup yet, and no folder for backups. Choose a folder under Schedule and make a backup: until then nothing can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ There is no backup of this workspace in %1 yet. Make one now: until then nothing can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The newest backup is %1 old, older than the recovery-point objective of %2. Make a backup now, or check the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill yet. A drill proves that a backup restores, and how long it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ meets the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ misses the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Restored and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (objective %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup before the drill (objective %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule saved: a backup every %1 while someone is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule saved: backups are made by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Backup &lt;b&gt;%1&lt;/b&gt; made: %2, %3 audit entries. Verify it to be sure it restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made under an earlier key. Your password as it was then opens it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled: nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 verified: %n check(s) passed, %2 audit entries, in %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster-recovery drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill makes a backup, restores it into a scratch folder as a real restore would, verifies the copy and measures the recovery time. The workspace is not changed. Confirm with your password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a disaster-recovery drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Drill passed: recovered in %1 (objective %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Drill failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1, made %2?

The workspace now open is REPLACED by this backup: whatever was done after it (imports, scores, decisions, users) is no longer in the workspace. The current workspace is not deleted: it is kept aside beside it as &quot;%3.replaced-…&quot;.

Erasures made after the backup are applied again. Everyone is signed out first; sign in again when the restore is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace with a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password as it was when %1 was made (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::BeeswarmChart</name>
    <message>
        <source>SHAP beeswarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sampled leads</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feature value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAP value (impact on the model&apos;s output, log-odds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Booster</name>
    <message>
        <source>XGBoost could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost returned %1 predictions for %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 15 characters; it must not contain your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Checkpoint</name>
    <message>
        <source>The checkpoint is not a valid signed note: line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not end with a newline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a control character (carriage return, tab, NUL, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text and a blank line must come before the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature line must start with &quot;— &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature line is &quot;— name signature&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not a key id and an Ed25519 signature in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a signing key (no spaces or &apos;+&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin, size and root hash must come before the blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree size is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root hash is not 32 bytes in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension line is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ComparisonView</name>
    <message>
        <source>Metric (test split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1 against the deployed version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1. No version is deployed: there is nothing to compare with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness report on the candidate yet (Fairness tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top features of the candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top features of the deployed version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the version on a reference lead set to compare top features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess on a reference lead set to draw this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference lead set has no outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration on the reference lead set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration on each test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics, candidate against deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness, candidate against deployed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::CompliancePdf</name>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed; mizan-cli audit show lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It rests on this signed checkpoint (%1 entries), which can be verified offline with mizan-cli audit verify --trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model approvals and rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ContextHelp</name>
    <message>
        <source>Scores leads with a model and sorts them into risk bands. In a workspace you choose a stored lead set and the deployed model; without one, a lead file (CSV), its specification and a model bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads (Ctrl+O) and a model (Ctrl+M), Score (Ctrl+R or F5), filter by text (Ctrl+F), band or score, Export the scores (Ctrl+E or Ctrl+S), Explain the selected lead (Ctrl+I), Cancel (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains one lead&apos;s score: the SHAP waterfall (what pushed the score up or down), LIME as a second opinion, what-if changes and suggested changes that would move the lead into another band; and, for a whole lead set, the features that matter most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row or type a lead id, Explain (Ctrl+R), switch between log-odds and probability, Suggest changes, Compute for the lead set, Export the report in English or Arabic (Ctrl+P), Copy the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares how a model treats groups of leads (by an attribute such as region or company size): selection rates, error rates and their ratios, with confidence intervals, at a threshold you can move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone can look; risk officers set the bias policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model, the lead set and the attribute, Compute (Ctrl+R), move the threshold, Export the report (Ctrl+P) or the per-group table (Ctrl+S), edit the Bias policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The life of every model version: submitted, assessed against the approval policy, approved or rejected, deployed, rolled back or retired, with its model card and the outcomes of scored leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone can look; data scientists submit; risk officers approve, reject, deploy, roll back and retire (with a written justification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version, Assess (Ctrl+R), Submit, Approve, Reject, Deploy, Roll back, Retire, Export the model card (Ctrl+S), Import outcomes, Reload (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers data subjects: finds everything held about a person, prepares the subject-access export and the letter that explains the automated decision, erases on request, places legal holds and applies the retention rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a data subject (Ctrl+F), Prepare subject access (Ctrl+R), Save the export (Ctrl+S), Erase, Place or lift a hold, review retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who may sign in to this workspace, their roles and their grants; every change is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage users (a second administrator confirms grants of privileged roles); auditors review access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user (Ctrl+N), Change role, Disable, Set password, Personal data grant, Remove, Confirm grant, Access review, Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, signed backups of the workspace: made now or on a schedule, verified without touching the workspace, restored, and rehearsed with a drill that measures the recovery time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create backup (Ctrl+N), Verify selected (Ctrl+R), Restore selected, Run drill, Save schedule, Cancel (Esc), Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The append-only audit log of everything done in the workspace, with the proofs that nothing was changed or removed: the hash chain, the Merkle tree and signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors and risk officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the entries (Ctrl+F), Verify the log (Ctrl+R), verify against a saved checkpoint, Sign a checkpoint, Export an evidence pack (Ctrl+S), write the Compliance report (Ctrl+P), Refresh (F5), Cancel (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Mizan scores leads with gradient-boosted tree models, explains every score, checks the models for fairness and keeps a signed audit log of all of it. It works offline.&lt;/p&gt;&lt;p&gt;The tabs you see depend on your role. Press F1 in a tab for its help, Shift+F1 and then click on anything for what it does.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts and data scientists score and import; risk and privacy officers read the scores others kept (Show stored scores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts and data scientists explain leads; risk officers and auditors see the model-wide view (auditors without lead values).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Counterfactual</name>
    <message>
        <source>The search for counterfactuals was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead has %1 values; the model has %2 features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision threshold must lie between 0 and 1; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterfactuals need at least one suggestion, one change per suggestion and one model evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model does not match its feature space (%1 inputs, %2 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; is not one of its categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for counterfactuals ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for counterfactuals failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::CounterfactualModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Double-click to try these values in the what-if panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Crypto</name>
    <message>
        <source>The key does not open this data (wrong password or key, or the data was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signing failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::CsvReader</name>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is longer than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has more than the limit of %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (a NUL byte) where text was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after a closing quote, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed (unbalanced quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the delimiter and the quote must be two different characters other than a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid reading options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a stored record does not read back as one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Database</name>
    <message>
        <source>bind a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace key must be 256 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged (%2 bytes is not a whole number of 4096-byte pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the database (wrong key or damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLCipher is not the SQLite library in use, so the database would be written unencrypted; refusing to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the setting %2 reads back as &quot;%3&quot;, not &quot;%4&quot;; refusing to use the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace was written by a newer Mizan (schema %2; this version knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-key the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the integrity check failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::DatasetLoader</name>
    <message>
        <source>expected %1 fields (as the %2 has), found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec&apos;s column list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not valid UTF-8 text (field %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header (fields %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 column &apos;%3&apos; is missing (the file has: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no target column &apos;%1&apos;: outcomes are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dataset spec names no target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sensitive column &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no personal-data column &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 distinct values: is this column really categorical?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; already appeared on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome (target) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target column &apos;%1&apos; holds several values other than the positive ones (%2): %3. All of them count as negative outcomes; if one of them means a conversion, list it under target.positive in the spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is too large for a model input (at most 3.4e38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::DatasetSpec</name>
    <message>
        <source>%1: cannot open the dataset spec: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a dataset spec may not exceed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a dataset spec must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a file without a header (&quot;csv&quot;: {&quot;header&quot;: false}) takes column names from the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header, so the spec must name its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column names must be distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one value that marks a positive outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from csv.strip_suffix; give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies to the target column, but the spec has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another sensitive attribute already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a numeric column can be binned by edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is personal data and cannot also be a model feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a feature; the target cannot be one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id cannot be the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a feature; the id cannot be one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by the spec and cannot be ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the columns listed in &apos;columns&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one ASCII character other than a quote or a line end (use &quot;,&quot; with &quot;trim&quot;: true for &quot;, &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;numeric&quot; or &quot;categorical&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a categorical feature can list categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty list of distinct values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edges must strictly ascend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels need edges to bin by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 labels (one more than edges), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels must be distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2; a sensitive attribute describes people or companies, not outcomes or ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is personal data and cannot also be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spec with personal-data columns must state the purpose of the processing and its legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and the feature &quot;%2&quot; would give the model inputs with the same or ambiguous names (a categorical feature&apos;s inputs are named column=value); rename one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::DecisionDialog</name>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the version is for, what changed and why it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence the decision rests on (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; recorded in the signed history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why approving despite the failing gates (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;validate by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are signed with your personal key: confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Policy gates fail:&lt;/b&gt; %1. Approving needs a written override reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::DisparityModel</name>
    <message>
        <source>AIF360&apos;s signed form needs a privileged group; none is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIF360&apos;s signed form: the other groups pooled against the privileged group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap interval: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::DocumentPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Encoder</name>
    <message>
        <source>%1: the categorical feature &apos;%2&apos; is not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the features give the model no inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the categorical feature &apos;%1&apos; lists no categories, and the model names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model names the feature &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s features do not match the dataset spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model features the spec does not have: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec features the model does not use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder has no inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a feature of the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;numeric&quot; or &quot;one_hot&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the feature column &apos;%2&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is %3 in this data, but the model expects it %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numeric feature &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &apos;%1&apos; of the feature &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 would both be the model input &apos;%3&apos;; rename a column so that no feature name holds &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s feature &apos;%1&apos; could belong to the column &apos;%2&apos; or to &apos;%3&apos;; rename a column so that no feature name holds &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ErasureDialog</name>
    <message>
        <source>Erase a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase %1&lt;/b&gt; (%2)?&lt;br&gt;Their key is destroyed, so their personal data can never be read again; their records are anonymised, their outcomes, human decisions and appeals deleted, and the erasure is written to the erasure register. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DSR-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::EvidencePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left from an export that stopped; remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no checkpoint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the pack into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys/keys.json is missing or not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys/keys.json and manifest.json name different logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys/workspace.pem is missing or not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys/keys.json lists a key without a user or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints/%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack holds no checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head in manifest.json is not the newest checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofs.json holds a malformed consistency proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two checkpoints of %1 entries have different roots (a fork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint %1 is not a prefix of checkpoint %2 (the consistency proof fails: the log was rewritten between them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries.jsonl is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofs.json holds a malformed inclusion proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries.jsonl line %1 is cut off or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries.jsonl line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries.jsonl line %1: entry %2 is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not in the signed log (its inclusion proof in the checkpoint of %2 entries fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries.jsonl does not hold the %1 entries of the head checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries.jsonl holds %1 entries, manifest.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.note is missing or not a signed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json was changed: its hash is not the one manifest.note signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.note is not co-signed by its exporter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of the pack (manifest.json does not list it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed (its SHA-256 differs from manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is missing or not a %1 manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has no valid head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofs.json is missing or not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted checkpoint does not verify with this pack&apos;s keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack ends at %1 entries but the trusted checkpoint vouches for %2 (an older copy was exported, or entries were removed from the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted checkpoint (%1 entries) is not one of this filtered pack&apos;s checkpoints; export a complete pack to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log does not extend the trusted checkpoint of %1 entries: it was rewritten, or this is another copy of the workspace (a fork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json holds a malformed marking (it must be classification, exported_by and exported_at in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ExplainTab</name>
    <message>
        <source>This &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAP: what moved the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g-odds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability view: each feature&apos;s change in probability depends on the order the features are added in; the log-odds view does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In English…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Arabic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME: a local linear model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole receipt, with full hashes, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that would cross the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the threshold from one of the model&apos;s band cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute for the lead set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance: mean |SHAP|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sampled lead: SHAP value by feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot be explained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: &lt;b&gt;%1&lt;/b&gt; (%2 rows) · model: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a lead file in the Scoring tab, then explain any of its leads here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Explain tab waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 leads, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for changes that cross %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no changes suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the what-if values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change of at most three features moves %1 %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that move %1 %2 %3, cheapest first. Double-click one to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) suggested.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot explain the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing SHAP for every lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the view below is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model explanation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean |SHAP| over %1 leads; the beeswarm shows %2 of them, sampled with seed %3. Colour: the feature&apos;s value from low (blue) to high (red) within the sample; grey for categories and missing values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model view is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (what-if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the explanation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds no model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a lead file in the Scoring tab first: its leads and model are explained here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lead set or model is not in the workspace (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining lead %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the explanation shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &lt;b&gt;%1&lt;/b&gt; (row %2 of %3): probability &lt;b&gt;%4&lt;/b&gt;, band &lt;b&gt;%5&lt;/b&gt;, log-odds %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What if&lt;/b&gt; %1 changed: originally %2 (band %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME needs the training statistics of the model, which this bundle does not carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted R² %1 · local prediction %2 (model %3) · %4 samples, seed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME describes the lead&apos;s original values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAP and LIME agree: rank correlation %1, same sign %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAP and LIME disagree for this lead (rank correlation %1, same sign %2). Read both with care before acting on either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additivity residual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was copied (full hashes, as JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a lead&apos;s id and press Enter to explain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead with the id &apos;%1&apos; in this lead set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: feature values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Explainer</name>
    <message>
        <source>%1: the model is too large to explain in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model bundle holds no parsed model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead has %1 features, the model %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ExplanationPdf</name>
    <message>
        <source>Explanation of a lead&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ExportMarking</name>
    <message>
        <source>classification: give a marking, for example RESTRICTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification: &quot;%1&quot; is not allowed (letters, digits, spaces and - / . : ( ) only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Fairness</name>
    <message>
        <source>%1: %2 is %3, within the limit %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, outside the limit %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is undefined here, so the limit %3 cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bootstrap interval [%1, %2] agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bootstrap interval [%1, %2] straddles the limit: the outcome is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small groups (%1) make this less certain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fairness metric (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &gt;=, &lt;=, &gt;, &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;pass&quot;, &quot;fail&quot; or &quot;undefined&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of bootstrap resamples must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence level must lie strictly between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread count must be 0 to 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics do not match the attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of %2 statistics (groups x metrics) would need more than 512 MB; use fewer resamples or fewer groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bootstrap was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute &apos;%1&apos; has more than %2 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has no sensitive column &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive column &apos;%1&apos; is binned by edges but does not hold numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive attribute &apos;%1&apos; needs one label more than it has edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes &apos;%1&apos; and &apos;%2&apos; have different numbers of rows (%3 and %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sensitive attribute of the spec (known: %2; an intersection is &quot;A|B&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 probabilities but %2 labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fairness report takes at most %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitive attribute was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive attribute has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive attribute &apos;%1&apos; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive attribute &apos;%1&apos; has no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive attribute &apos;%1&apos; has %2 rows, the predictions %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive attribute &apos;%1&apos; names a group twice, or names one &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of row %1 is %2, not a number in [0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of row %1 is %2, not 1, 0 or -1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has a known label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has group code %2 for &apos;%3&apos;, which has %4 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fairness report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; of &apos;%2&apos; has %3 members and %4 actual positives: fewer than %5 members or %6 positives, too few for confident numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; of &apos;%2&apos; has only one class: its ROC AUC is undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have no value for &apos;%2&apos;; they form the group &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups %1 of &apos;%2&apos; have no rows with a known label and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a single group: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged group &apos;%1&apos; of &apos;%2&apos; has no rows with a known label; AIF360&apos;s signed metrics are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the privileged group of &apos;%1&apos; has rows; AIF360&apos;s signed metrics are undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; is undefined (0 / 0: every group is at 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small-group limits must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have no known label and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attribute %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid size must be 10 to 100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid of %1 points for %2 groups is too large; use a smaller grid or fewer groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &apos;%1&apos; of &apos;%2&apos; has only one class, so no threshold can be optimised for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision threshold %1 is not a number in [0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold sweep takes at most %1 thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep of %1 thresholds over %2 groups is too large; use fewer thresholds or fewer groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::FairnessData</name>
    <message>
        <source>%1 has no outcome column (&apos;target&apos; in its spec), so there is nothing to compare the predictions with; fairness needs labelled leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows but %3 predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec of %1 names no sensitive attribute (&apos;sensitive&apos;); say which groups to compare there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privileged group is given for &apos;%1&apos;, which is not among the attributes reported (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group of &apos;%2&apos; (its groups: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ATTRIBUTE=GROUP (once per attribute), as in sex=Male,race=White.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sensitive has an empty attribute name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intersect needs exactly two attributes in --sensitive (A,B), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fairness report was asked for without data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::FairnessExport</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision threshold: %1 (a lead is selected when its probability is at or above it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: %1, of which %2 with a known outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small groups: fewer than %1 members or %2 actual positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals: %1% percentile bootstrap, %2 resamples, seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a preview computed in the Fairness tab at another threshold or privileged group than the recorded report; its verdicts are not in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace recorded this report and its verdicts in the audit log on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias policy “%1”: verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disparities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold optimizer: reported, not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions follow fairlearn; the AIF360 rows are AIF360&apos;s signed forms, the privileged group against the others pooled. Only aggregates are shown: no lead appears in this report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::FairnessStyle</name>
    <message>
        <source>Selection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False negative rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True negative rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC
AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the group the model selects (probability at or above the threshold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the group that actually converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those who converted, the share the model selects (recall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those who did not convert, the share the model selects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those who converted, the share the model misses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those who did not convert, the share the model leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those the model selects, the share who converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the group the model decides correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the probabilities rank converters above the others, whatever the threshold (0.5: chance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disparate impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistical parity difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average odds difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal opportunity difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIF360 (signed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIF360 (signed): %1; privileged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographic parity difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographic parity ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equalized odds difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equalized odds ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equalized odds difference (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equalized odds ratio (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal opportunity difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal opportunity ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, between groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographic parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equalized odds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::FairnessTab</name>
    <message>
        <source>Another job is using the workspace; the Fairness tab waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) in the Notes tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick “Threshold optimizer” and compute to see per-group thresholds that would meet demographic parity or equalized odds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported, not applied: these per-group rules are what fairlearn&apos;s ThresholdOptimizer would use on this lead set; scoring does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the recorded report at threshold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model and a labelled lead set, then Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 (SHA-256 %2…) · lead set %3 (SHA-256 %4…) · %5 leads, %6 with a known outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at threshold %1, computed here from the report&apos;s data: not recorded. Compute records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at threshold %1, computed here from the report&apos;s counts per threshold: not recorded. Compute records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals were drawn at %1 and are not shown for the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report at threshold %1, recorded in the audit log %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals: %1 bootstrap resamples, seed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias policy “%1”: %2 of %3 checks fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias policy “%1”: no check fails; %2 of %3 cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias policy “%1”: all %2 checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fairness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the per-group table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-group table written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a risk officer may change the bias policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias policy not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias policy “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no sweep of %1 at %2; compute it at this threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace needs a model and a labelled lead set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the fairness report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the report shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s data could not be ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fairness report recorded: %n check(s) of the bias policy fail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fairness report recorded: no check of the bias policy fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to preview is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also report on the groups formed by two attributes together (for example region × gender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the report through the workspace: it is recorded in the audit log with the bias policy&apos;s verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ntersection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead is selected when its probability is at or above the threshold. Moving it previews the report here at once; Compute records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same intervals; it is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold &amp;optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairlearn&apos;s ThresholdOptimizer: per-group thresholds meeting demographic parity or equalized odds. Reported, not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-group table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias po&amp;licy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the limits the verdicts check (risk officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference group of AIF360&apos;s signed metrics (the spec&apos;s by default). Changing it previews the report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vileged group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disparities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer (not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead set in the workspace has outcomes (a target column); fairness needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive attributes of the lead set&apos;s spec to compare groups by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence &amp;intervals (bootstrap, %L1 resamples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% percentile intervals from %L1 seeded bootstrap resamples of the leads; takes longer, with progress and Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics by group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::FeatureSpace</name>
    <message>
        <source>%1: the model input &apos;%2&apos; belongs to no feature of the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no row %2 (the file has %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the feature column &apos;%2&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is not of the feature&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feature number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of &apos;%2&apos; the model was trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (feature &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::FirstRunDialog</name>
    <message>
        <source>Create a Mizan workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Mizan keeps lives in one encrypted workspace folder. Choose a new (or empty) folder and the first administrator. The password must have at least 15 characters; a sentence of a few words is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Mizan workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mizan workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::GovernancePolicy</name>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s %1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s high_from must not be below medium_from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s warn_psi must not be above max_psi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::GovernancePolicyDialog</name>
    <message>
        <source>Approval policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failing gate blocks approval unless the officer writes an override reason, which is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s ROC AUC on the reference lead set (else its test split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest demographic parity ratio of its latest fairness report; 0 switches the gate off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far below the deployed version&apos;s ROC AUC the candidate may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score drift (PSI) between candidate and deployed version on the reference lead set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ROC &amp;AUC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;DP ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest AUC &amp;drop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;PSI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift worth a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature missing more often is a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single feature this predictive is a leakage suspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer positive outcomes than this is a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the top-5 SHAP features shared with the deployed version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score from which the level is medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score from which the level is high: two approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI &amp;warning from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;missing rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leakage suspect from AUC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest positive &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest top-feature &amp;overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk &amp;from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High risk from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revalidation and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an approval lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised ROC AUC this far below the approved one raises an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;validate within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome alert at AUC dro&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::GroupBarChart</name>
    <message>
        <source>Metric by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by group of %2 (overall %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a report to see the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched: small group, read with caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whiskers: bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::GroupMetricsModel</name>
    <message>
        <source>Every lead with a known outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1” of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged (reference) group of AIF360&apos;s signed metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined here: the group has only one class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap interval: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small group: %1 members and %2 actual positives (fewer than %3 members or %4 positives). Its numbers are not reliable; read them with caution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count
(positives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of the group with a known outcome, and in brackets those who converted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::HoldDialog</name>
    <message>
        <source>Place a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the hold is in force, nothing of the lead set or model version is erased or deleted by retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case or order that requires the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ImportanceChart</name>
    <message>
        <source>Feature importance (mean |SHAP|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(|SHAP value|), average impact on the log-odds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::JsonFields</name>
    <message>
        <source>%1: &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::KeySlots</name>
    <message>
        <source>%1 is damaged or was altered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 bytes in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;user&quot; or &quot;recovery&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second slot named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the key slots: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the key slots: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot&apos;s secrets have the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot&apos;s public keys do not match its private keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Lime</name>
    <message>
        <source>The model bundle&apos;s training summary has no quartile bins for &apos;%1&apos; (it was written by an older version); retrain the model to explain it with LIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model returned no probability for a LIME sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ridge fit needs rows x columns values and one target and one weight per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ridge fit needs alpha &gt;= 0 and non-negative weights that do not sum to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle carries no training summary; LIME needs the training distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead has %1 feature values; the model has %2 features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s value of &apos;%1&apos; is not one of its categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME needs 2 to %1 samples, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME needs at least one feature to explain with, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LIME kernel width must be a positive number (or 0 for the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME was given no model to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::LimeChart</name>
    <message>
        <source>LIME weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME appears here after Explain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::LockScreen</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan is locked. %1, enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan is locked. Enter the recovery key to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Lockout</name>
    <message>
        <source>The account &quot;%1&quot; is locked after %2 failed sign-in attempts; an administrator must enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts for &quot;%1&quot;; try again in %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::LoginDialog</name>
    <message>
        <source>Sign in to Mizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;recovery key instead of a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::MainWindow</name>
    <message>
        <source>Mizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Mizan is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Open a lead file and a model, or start with the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing. Create the demo with: mizan-cli demo --out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role has no tabs yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock for everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock every session after this many idle minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions now lock after %1 idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fai&amp;rness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was restored. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cancelled: the workspace is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is still open elsewhere in this window, so it cannot be replaced. Quit Mizan and restore with: mizan-cli restore --from BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running job is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help for this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+1 to Ctrl+9 go to the first to the ninth tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Manage accounts in the Users tab, and backups in the Backup tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Import leads or a model in the Scoring tab, or submit a version for approval in the Approval Queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. The Approval Queue lists the versions waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Choose a lead set and a model in the Scoring tab, then score them (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Browse and verify the audit log in the Audit tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Answer subject-access and erasure requests in the Privacy tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ModelBundle</name>
    <message>
        <source>%1: the model has %2 features but its encoder gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model&apos;s feature names differ from its encoder&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model stores no feature names, so %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: XGBoost reads %2 features, the file declares %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Mizan model bundle (JSON error at byte %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;trained&quot; or &quot;imported&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the embedded model does not match its recorded SHA-256: the bundle was altered or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 is larger than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the embedded model is not in the form Mizan writes: the bundle was not made by Mizan or was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle does not match its recorded SHA-256 (bundle_sha256): it was altered or damaged after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ModelCard</name>
    <message>
        <source># Model card: %1 (model %2)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: **%1**. Generated %2 by %3 from workspace %4.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Intended use

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks business leads of the economic-zone authority by their probability of converting (%1), to decide which leads staff contact first. It supports a person&apos;s decision and does not replace it: every score can be explained, and an analyst may record a different decision with a reason. Not for decisions about individuals outside this purpose.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification at submission (%1): %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Lineage

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Data

</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dataset spec %1 with %n feature(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive attributes (used only to measure fairness): %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Metrics

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| - | - | - | - | - | no metrics in the bundle |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Fairness

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness report has been made for this version.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
From the report of %1 by %2 on lead set %3 at threshold %4.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Explainability

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score is explained exactly with TreeSHAP (contributions that add up to the score&apos;s log-odds), with LIME as a cross-check and counterfactuals on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most influential features (mean |SHAP|): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Risk assessment

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk assessment has been made.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Limitations

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Trained on historical leads: it reflects past conversions and past outreach, including their biases.
- Scores are valid only for leads described by the same spec; categories unseen in training are treated as missing.
- Performance and fairness are monitored after deployment; the approval must be renewed by its revalidation date.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Approvals and signatures

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Approved until %1 (revalidation date).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ModelHistoryModel</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revalidate by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gates overridden: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signature by %1, verified when the registry loaded:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ModelRegistry</name>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 cannot be %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a model event (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown action %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s role (%2) does not hold %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is named as acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is registered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was never registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision names other model bytes than were registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a justification is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment giving the reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; only a submitted version (or an approved one being revalidated) can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trained, imported or submitted it; four eyes: somebody else must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has approved it already; the second approval must come from a different risk officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revalidation date must be after the approval and at most 12 months after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overriding a failing policy gate needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trained, imported or submitted it; four eyes: somebody else must decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is deployed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; only an approved version can be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its approval expired on %1; it must be approved again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version is deployed, so there is nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was never deployed; roll back only to an earlier deployed version (deploy it instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is deployed; deploy or roll back to another version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is retired already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow event %2: the registry&apos;s history was changed (an event removed, inserted or reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of model %3 by %4) does not carry a valid signature of %4: it was not made by that person, or was changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaks the approval rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::OptimizerModel</name>
    <message>
        <source>%1 with probability %2, else %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; for %2 of leads instead: selected with probability %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no result (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a common selection rate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a common true positive rate of %1 and false positive rate of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; expected accuracy %3 (one threshold %4: %5); violation %6 (one threshold: %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rule (reported, not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::OutcomeMonitor</name>
    <message>
        <source>Realised ROC AUC %1 on %2 known outcomes is %3 below the approved %4 (policy: at most %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring run %1: the demographic parity ratio of %2 on the leads with known outcomes is %3, below the policy&apos;s %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::OutcomesView</name>
    <message>
        <source>Scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest DP ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on ROC AUC %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ROC AUC to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised on %1 leads with known outcomes: ROC AUC %2, mean score %3 against an observed conversion rate of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome of a lead it scored is known yet: import outcomes when conversions are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome alerts for the risk officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved; its latest ROC AUC is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by scoring run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::PasswordKdf</name>
    <message>
        <source>the Argon2id salt must be at least 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id lanes must be from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id memory must be from %1 MiB to 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id passes must be from %1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;argon2id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters (it has %2). A sentence of a few words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common or too predictable; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::PasswordPromptDialog</name>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::PolicyDialog</name>
    <message>
        <source>Bias policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four-fifths rule (demographic parity ratio ≥ 0.8) and equalized odds difference ≤ 0.1 on every attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rule is checked on every attribute of a report, or on the one named. Saving the policy is recorded in the audit log; the report is then computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the policy a name: verdicts and the audit log cite it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::PrivacyTab</name>
    <message>
        <source>set %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead id, e-mail address, phone number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a data subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare subject access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the subject, and the letter that explains the automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold on a lead set or a model version stops erasure and retention of what it covers until it is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every erasure, in order. The register holds no personal data; restoring an older backup re-applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is using the workspace; the Privacy tab waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) and appeal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data subject(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the subject access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject access export could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), %2 prediction(s) explained, %3 human decision(s), %4 appeal(s), %5 audit entries. Prepared and recorded in the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The subject access export is ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the export and both letters in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased as erasure %1: %2 record(s) anonymised, %3 key(s) destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject was erased (erasure %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hold placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 placed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold was not lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift legal hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the hold lifted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sets (from import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions (from scoring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanations (not stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log (at least 6 years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set, model, run or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention applied: %n item(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n item(s) would be removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the dry run lists is deleted now and cannot be restored. Your password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage could not be traced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lineage of %1: %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data subjects found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: what is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the workspace if every administrator password is lost. It is shown only now: write it down or print it, and lock it away. Whoever holds it can act as an administrator; its use is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will never see this key again. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::RestoreRunner</name>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the workspace stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was restored from %1, made %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its audit log holds %1 entries; the restore is recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace it replaced is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced workspace&apos;s log held %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No erasure needed to be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) made after the backup were applied again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying took %1 ms; restoring %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::RetentionPolicy</name>
    <message>
        <source>unknown retention setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between 1 and %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is kept at least %1 days (6 years); no policy can shorten that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::RiskAssessment</name>
    <message>
        <source>%1 is not a risk assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Risk level: %1** (score %2; medium from %3, high from %4)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was validated on loading and its model and bundle hashes match the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference lead set was given: missing rates not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most often missing feature is %1 (%2%), within the policy&apos;s %3%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing more often than the policy&apos;s %1%: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leakage suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled reference lead set: single-feature separation not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single feature separates the outcomes with ROC AUC %1 or more (best: %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These features alone separate the outcomes almost perfectly; check that they are known before the decision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled reference lead set: class balance not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the reference leads converted (policy: between %2% and %3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on its own test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ROC AUC is known for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy asks for at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC at most %1 below the deployed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other version is deployed: nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC %1 against %2 for deployed model %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with deployed model %1 only on a labelled reference lead set; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance against the deployed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographic parity ratio at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy switches this gate off (limit 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest demographic parity ratio %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest fairness report has no demographic parity ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness report was made for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness report was made for this version: make one on a labelled lead set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The latest fairness report has %n failing verdict(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every verdict of the latest fairness report passed the bias policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score drift (PSI) at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other version is deployed: no drift to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI %1 between the scores of this version and deployed model %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift against deployed model %1 is measured on a reference lead set; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reference lead set to compare the top features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top features by mean |SHAP|: %1 (this version) and %2 (deployed); %3% shared, policy %4%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revalidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval expired on %1: it must be approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::RiskBands</name>
    <message>
        <source>risk bands need 1 to 9 cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk band cut-offs must ascend strictly between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk band cut-offs need %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk band labels must be distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid risk band cut-offs &apos;%1&apos;: expected numbers such as 0.2,0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ScoreExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ScoreHistogram</name>
    <message>
        <source>Probability of conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ScoreProfile</name>
    <message>
        <source>%1: the score profile has no valid distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a ROC point of the score profile is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ScoreTableModel</name>
    <message>
        <source>Probability %1 (log-odds %2), band %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-odds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Scorer</name>
    <message>
        <source>Scoring was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle holds no parsed model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ScoringTab</name>
    <message>
        <source>%1: its features differ from those of the model %2, so the model cannot score leads described by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset spec:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose s&amp;pec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lead file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.data *.test);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dataset spec of the lead file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset specs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model bundles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none chosen&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;the model&apos;s own&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring was cancelled; the table is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring failed; the table is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, test AUC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; leads scored · mean probability &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads scored with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score and keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 leads, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a lead file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its dataset spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 leads into the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 is now in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2, %3, version %4…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model registry failed its checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is deployed: scores of any version are for evaluation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployed version #%1 failed its checks at load (%2). Scoring uses the previous approved version #%3; this was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring uses the deployed version #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version #%1 is not the one approved for scoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scores are for evaluation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show stored scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores of this lead set with this model are stored yet: an analyst or a data scientist scores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored scores of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 kept %2 scores, but its lead set now holds %3 leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 holds a score for row %2, which its lead set does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored scores of run %1, kept by %2 on %3; read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Split</name>
    <message>
        <source>invalid split &apos;%1&apos;: expected mod:K:R, random:FRACTION:SEED, tail:FRACTION or none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::SweepChart</name>
    <message>
        <source>Metric by group as the threshold moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of each group of %2 for thresholds from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a report to see the threshold sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by decision threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::TabShortcuts</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::TimelineChart</name>
    <message numerus="yes">
        <source>%n deployment period(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No version has been deployed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched: redeployed by a rollback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::TrainParams</name>
    <message>
        <source>from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 0 (all cores) to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, approx or hist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 0 to the number of rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown training parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training parameter &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training parameter &apos;%1&apos; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Trainer</name>
    <message>
        <source>%1: the data has no outcomes (target column), so a model cannot be trained on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: some rows have no outcome; training needs every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation part for early stopping is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training part holds only one outcome (%1 positive, %2 negative rows); a model needs both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training would need %1 of memory for %2 rows x %3 model inputs (the limit is %4); the column &apos;%5&apos; alone gives %6 inputs: is it really categorical?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation part for early stopping holds only one outcome (%1 positive, %2 negative rows), so its AUC is undefined; use a larger validation part or no early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost gave no validation AUC for round %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::TreeShap</name>
    <message>
        <source>the rows have %1 values, the model needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::UsersModel</name>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for a second administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first password to the user in person; they can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added; a second administrator must confirm the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role of %1 waits for a second administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets new personal keys: what they signed before stays verifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses access for good, and the workspace is re-keyed so that old copies of its files open nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed and the workspace re-keyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now see personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer sees personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant of %1 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification &amp;marking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking every export and PDF of this workspace carries in its header and footer,
with the name of the person exporting and the time (for example RESTRICTED):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are now marked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and PDFs are marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::WaterfallChart</name>
    <message>
        <source>SHAP waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other features</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead and press Explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability view: contributions depend on the order shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-odds (SHAP values add up exactly)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::WhatIfDelegate</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a value this feature can take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::WhatIfModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is immutable: suggested changes never touch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training range %1 to %2, median %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit to see how the score changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::Workspace</name>
    <message>
        <source>%1 is not a Mizan workspace (it has no %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is in use by %2 (process %3 on %4); close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; a new workspace needs an empty or new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the new workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already signed in; sign out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled or waits for a second administrator to confirm its role; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recovery slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the workspace&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the slot holds no data key (damaged or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no workspace (it is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 do not belong to the same workspace (the workspace keys differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not open with the key of this slot: the file is damaged, truncated or was altered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a slot for &quot;%2&quot; but the workspace has no such account (altered key slots?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keys of &quot;%2&quot; differ from the workspace&apos;s record of them (altered key slots?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; has an unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; waits for a second administrator to confirm its role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in user has no key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked; enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not have the permission %3 needed to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key is 64 hexadecimal digits (dashes and spaces are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (&quot;recovery&quot; and &quot;init&quot; are reserved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; was removed, but re-keying the workspace failed: %2 Run &quot;workspace rekey&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password with your current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant waits for a second administrator; you requested it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm a grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant for &quot;%1&quot; waits for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second administrator must confirm this grant (not the one who requested it, nor the recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pending grant &quot;%1&quot; is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant access to personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads.view_pii can be granted to analysts only (a privacy officer has it by role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-key the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list lead sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a lead set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead set %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead set %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the workspace as model %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list scoring runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be from 1 to 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export leads and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign a checkpoint of the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export an evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited lead has %1 features, the model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report on fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the bias policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored bias policy is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s bias policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the bias policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new bias policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read fairness alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairness alert %1 of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the lead sets fairness can be reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec of lead set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a fairness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1&apos;s stored bundle does not match the hash it was registered and approved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1&apos;s embedded model does not match the hash it was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess a model&apos;s risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored risk assessment of model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the approval policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored approval policy is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s approval policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the approval policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new approval policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the deployed model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model version is deployed: a risk officer deploys an approved version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployed model %1 fails its checks (%2) and no earlier approved version passes them: scoring is stopped until a risk officer deploys one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model event %1 is stored as number %2: the registry was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 is marked &quot;%2&quot; in the database, but its signed history makes it &quot;%3&quot;: the state was changed outside Mizan. No signature supports it; restore the workspace from a verified backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1&apos;s stored hashes differ from the ones its registration signed: the model was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log records model event %1, but the registry ends at event %2: registry events were removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has events the audit log never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance decisions are signed with a person&apos;s own key; sign in as yourself, not with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the model history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the deployment timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read which model scored a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scoring run %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The revalidation date must be in the next %n month(s) (the policy&apos;s period).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 fails the policy gates: %2 Approving it anyway needs a written override reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header needs a &apos;lead_id&apos; and a &apos;converted&apos; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &apos;lead_id&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &apos;converted&apos; is &apos;%3&apos;; expected 1 or 0 (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &apos;observed&apos; is &apos;%3&apos;; expected a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: lead %3 has another outcome on line %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: lead %3 already has the outcome %4; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see realised performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see outcome alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment of model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment of %1 on lead set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version&apos;s own test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of data subject %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of row %1 of lead set %2 does not open: it was altered or its key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead set %1 has no row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries 1 to %1 were removed, but no retention run in the log sealed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead set %1 (%2) was removed by retention on %3; only its name and hash remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate the compliance documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst %1 (individual grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage is traced from &quot;leadset:N&quot; or &quot;model:N&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead set %1 (%2, %3 rows, from %4; purpose: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows removed by retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring run %1: %2 predictions by model version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions removed by retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training data %1 (not in this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision is &quot;positive&quot; or &quot;negative&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A human decision needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring run %1 has no prediction for row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s decision is already &quot;%1&quot;; a human decision records a departure from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a human decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read human decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal needs the subject&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer must be an enabled user who may record human decisions (an analyst); &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already decided on this lead; route the appeal to another reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open appeal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is routed to %2, not to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding an appeal needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was never scored, so there is no decision to overturn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prediction vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data subject &quot;%1&quot; is held in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a lead id or personal data to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference of the erasure request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: legal hold %1 on %2 (placed by %3: %4) stops erasure until it is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of lead set %2 vanished during the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject was erased, but the migration copy %1 could not be removed; remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the erasure register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure register is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold is placed on &quot;leadset:N&quot;, &quot;model:N&quot; or &quot;audit&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no legal hold %1 in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting a legal hold needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored privacy policy is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: lead set %1 was collected for &quot;%2&quot;; model %3 serves &quot;%4&quot;. Personal data is not processed for another purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored retention policy is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead set %1 (%2), %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions of scoring run %1 (lead set %2, model %3), %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 known outcomes observed more than %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entries %1 to %2, sealed into a signed archive, then pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanations are not stored: each is computed when asked for, and its receipt is an audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are files outside the workspace; their register is the audit log. Delete exported files after %1 days where you keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries 1 to %1 are sealed in archives under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entry is older than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit archive %1 exists already; move it away and run retention again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds %1 entries, not the %2 of the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a subject&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead set vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scoring run vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: your checkpoint vouches for %1 entries, but entry %2 records that %3 restored a backup of %4 entries on %5. Entries %6 to %1 of the log before the restore are not in this workspace; the replaced folder %7 keeps them.%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your checkpoint is exactly the replaced log&apos;s head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the backup plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup schedule is set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups (or set one in the backup plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups cannot go inside the workspace folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written unencrypted; the backup is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot in the backup holds no key of generation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a recovery drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the drill&apos;s backup (or set one in the backup plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored audit log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored workspace holds %1 rows of %2; the backup has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read recovery drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; held no key in this backup (disabled then?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 lies inside the workspace it would replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a Mizan workspace nor empty; choose another folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is in use; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace being replaced does not open (%1): erasures made after the backup are re-applied from newer backups only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not verify; nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure register of the workspace being replaced could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace being replaced did not open with these credentials (%1): erasures made after the backup are re-applied from newer backups only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored audit log is older than the one it replaces (%1 entries against %2): an auditor&apos;s checkpoint after entry %1 will show the rollback this restore recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored audit log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot swap the restored workspace into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced workspace is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the restored workspace to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled backup is due yet; an administrator can make one at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made under key generation %1 (the workspace is at %2): give the password you had then to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace being replaced does not open with this credential (was the password changed since the backup?), so the erasures made since could not be re-applied. Restore with the recovery key, which opens both: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not restore over the workspace %2 as it is now (no backup.restore there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was removed after this backup was made: it is disabled in the restored workspace, whose key is rotated. Remove it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the staged copy in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the classification marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::XgbModel</name>
    <message>
        <source>%1: not a usable XGBoost model: &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 entries, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorical splits are not supported; one-hot encode categories in the dataset spec instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid child indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a child index is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the split feature is not one of the model&apos;s %2 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a finite, non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 is reached twice: not a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an XGBoost JSON model (JSON error at byte %2: %3); save models with a .json file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objective is &quot;%1&quot;; Mizan scores binary:logistic models only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to %1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a probability between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-class models are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names %1 features, but the model has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature type &quot;%1&quot; is not supported (numeric features only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the booster is &quot;%1&quot;; only gbtree is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0 to %1 trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected every tree to belong to output 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node 0: the root has a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: the recorded parent is not node %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::cli</name>
    <message>
        <source>Try &apos;mizan-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an XGBoost JSON model trained elsewhere (Python, Spark) with the dataset spec
of its input. The file is validated; its feature names are matched to the spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset spec of the model&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk band cut-offs (default 0.2,0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUTOFFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the model bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default) or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a lead file with a model bundle. Columns: row_index, id, margin (log-odds),
probability, band. The file is read with the bundle&apos;s dataset spec unless --spec
gives another layout for the same features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead file (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset spec for reading this file (same features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the scores to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default), csv or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads to use (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads expects a number from 1 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its features differ from the model&apos;s spec; the model cannot score data described by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a binary:logistic XGBoost model on a lead file and write a model bundle.
Metrics are computed on the held-out test part of the split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead file (CSV) with outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset spec (mizan.dataset-spec/1 JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test part: mod:K:R, random:FRACTION:SEED, tail:FRACTION or none (default random:0.2:0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training parameter KEY=VALUE (max_depth, eta, rounds, subsample, colsample_bytree, min_child_weight, lambda, alpha, gamma, scale_pos_weight, base_score, seed, nthread, tree_method, early_stopping_rounds); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training parameters as a JSON object file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation part of the training rows for early stopping (default random:0.1:SEED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the spec&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object of training parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param expects KEY=VALUE, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mizan-cli: unknown command &apos;%1&apos;. Try &apos;mizan-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option --%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of leads (default 8000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator seed (default 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows expects a number from 200 to 2000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lead-conversion model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree evaluation: native (default) or xgboost (XGBoost&apos;s own prediction, the cross-check; both give the same margins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine expects native or xgboost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a parameter file may not exceed 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mizan-cli: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mizan-cli: internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments: %1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only the files, no demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo passwords and recovery key below are shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a lead set stored in the workspace with a stored model. The predictions are
kept with the model version, the input&apos;s hash, the time and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead set&apos;s id (see workspace info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lead-set and --model expect numeric ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder (default: $MIZAN_WORKSPACE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting user (default: $MIZAN_USER; &quot;recovery&quot; with the recovery key). The password comes from $MIZAN_PASSWORD or the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace (or MIZAN_WORKSPACE) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as (or MIZAN_USER) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: set MIZAN_PASSWORD or give it on the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training inside a workspace comes with the model registry; train to a bundle file, then store it with &apos;model import --workspace --bundle&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user. The new password is the next line of standard input (after the
acting admin&apos;s own, unless MIZAN_PASSWORD holds that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, data_scientist, risk_officer, analyst, auditor or privacy_officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new password from standard input (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users, their roles and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a user: deletes the key slot and re-keys the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable or enable a user (enable also clears a lock-out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a password. Without NAME (or with your own), your own: the new password
is the next line of standard input. An admin naming another user sets a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME the user (default: yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user&apos;s role. Granting admin or risk_officer where there are two admins
waits for a second admin, who confirms by giving the same command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME ROLE the user and the new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant (on) or revoke (off) leads.view_pii for an analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected on or off, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an encrypted workspace and its first administrator. The password comes from
MIZAN_PASSWORD or the first line of standard input. The recovery key is printed
once: print it and lock it away; it opens the workspace when every password is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace folder (empty or absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key below is shown only this once. Print it and lock it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mizan-cli user &lt;subcommand&gt; NAME [options] --workspace DIR --as ADMIN

Subcommands:
  add NAME --role ROLE   Add a user (new password: next line of standard input)
  list                   List users
  disable NAME           Disable a user
  enable NAME            Enable a user (clears a lock-out)
  remove NAME            Remove a user and re-key the workspace
  passwd [NAME]          Change your password, or set another user&apos;s
  role NAME ROLE         Change a role (admin/risk_officer may need a second admin)
  pii NAME on|off        Grant or revoke leads.view_pii for an analyst
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: users review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access-review report: users, roles, every grant and who made and
confirmed it, last sign-in, disabled and locked slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workspace holds and how it is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-key the workspace: a new data key, the database re-encrypted, every
key slot rewrapped (crash-safe). Admins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a lead file into the workspace under its dataset spec. The whole file is
checked first; on any error nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its dataset spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the lead set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how many idle minutes lock every session (1 to 240; default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES idle minutes before a session locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (--no-workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept, with the passwords printed when it was made; delete the folder to make a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new password on the next line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries at or after TIME (ISO 8601, UTC, e.g. 2026-11-01 or 2026-11-01T08:00:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries before TIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by this role (admin, analyst, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of this action; ending in &apos;.&apos; a family (&quot;user.&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, denied or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries about this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries whose details contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time (ISO 8601 in UTC, or milliseconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint you kept (from audit checkpoint): the log must extend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries, oldest first (newest first with --desc), with filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries after sequence number SEQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log: chain, Merkle tree, every checkpoint signature.
With --trusted, from a checkpoint you kept: no rollback, no fork.
Exit code 5 when tampering is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a checkpoint of the log now with your own key as well, and write it
to FILE (or standard output), to keep and verify against later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an evidence pack (a new folder) of the entries matching the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an evidence pack offline (no workspace needed).
Exit code 5 when tampering is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after takes a sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2 (it must not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s 0-based row in the file or lead set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shap (default), lime or both. SHAP is always computed: it is exact and cheap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also suggest the smallest changes to actionable features that would move the lead across the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision threshold for counterfactuals (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME&apos;s and the global sample&apos;s seed (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME&apos;s samples (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: explain the lead with this feature changed (column=value; repeatable; an empty value means missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the model over the whole lead set: mean |SHAP| per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--global: rows kept for beeswarm points in the output (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--global: threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the one-lead explanation report (HTML) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language: en (default) or ar (Arabic, right to left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method expects shap, lime or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold expects a probability between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--samples expects a number from 100 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample expects a number from 0 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language expects en or ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language is for --report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--row expects the lead&apos;s 0-based row number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1: expected COLUMN=VALUE with a feature of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E[f(x)] %1 (probability %2) -&gt; f(x) %3 (probability %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIME (seed %1, R^2 %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAP and LIME: rank correlation %1, same sign %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterfactual (probability %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a stored lead&apos;s score with a stored model (audited as explain.view), or
with --global what drives the model over a stored lead set (explain.global).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead set&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain one lead&apos;s score with a model bundle: exact TreeSHAP contributions in
log-odds (with the probability view), LIME, counterfactuals, what-if (--set).
With --global: mean |SHAP| per feature over the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead file (CSV, read with the bundle&apos;s spec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s id (the spec&apos;s id column) instead of --row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compute XGBoost&apos;s own pred_contribs for the lead and report the largest difference from the native TreeSHAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--global explains a lead set: no --row, --id, --set or --report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --row or --id, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id expects the lead&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no lead with the id &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost returned %1 contributions for %2 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive attributes of the spec to compare groups of, A or A,B (default: all of the spec&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A[,B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the intersection A|B of the two attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIF360&apos;s reference groups instead of the spec&apos;s, e.g. sex=Male,race=White.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A=GROUP[,...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision threshold: positive when probability &gt;= T (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap confidence intervals from N resamples (e.g. 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report per-group thresholds meeting a constraint, as fairlearn&apos;s ThresholdOptimizer: dp (demographic parity), eo (equalized odds) or both. Reported only, never applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSTRAINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each attribute&apos;s threshold sweep (0 to 1 by 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when a rule of the bias policy does not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold expects a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bootstrap expects a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed is the bootstrap&apos;s: give --bootstrap N too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimize expects dp, eo or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness of %1 on %2 at threshold %3 (%4 rows with a known outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(small group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIF360 signed, privileged %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mizan-cli: %n rule(s) of the bias policy did not pass.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fairness of a stored model on a stored, labelled lead set: per-group metrics,
fairlearn&apos;s disparities, AIF360&apos;s signed forms and the workspace&apos;s bias policy.
Audited as fairness.report; failing rules are stored and audited as alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness of a model bundle on a labelled lead file: per-group counts, selection
rate, TPR, FPR, FNR, TNR, precision, accuracy and ROC AUC; fairlearn&apos;s
disparities between groups and to overall; AIF360&apos;s signed forms against the
spec&apos;s privileged group; the bias policy&apos;s verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labelled lead file (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset spec for reading this file (same features; its sensitive attributes are used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bias policy (mizan.bias-policy/1 JSON) instead of the default (demographic parity ratio &gt;= 0.8, equalized odds difference &lt;= 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a model bundle in the workspace (data scientists). It becomes a draft
and you its author, who can never approve it.</source>
        <translation type="unfinished"></translation>
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

Output: --format json (default) or table. &apos;mizan-cli model SUBCOMMAND --help&apos;
describes each one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model version: its id in &apos;model list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess on this stored lead set (with outcomes: its id in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEADSET_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model version with its signed state, the risk level of its latest assessment
and its approvals (models.view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One model version with its latest risk assessment (models.view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a draft for approval (models.submit). It is assessed first; a high risk level
means two risk officers must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this version should go to production (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a submitted version, or revalidate an approved one (models.approve; the
password of this run is the fresh one it needs). Never by an author or submitter;
a failing policy gate only with --override-reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you reviewed (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a failing policy gate is accepted (signed and audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval lasts until this day, 00:00 UTC (default: the policy&apos;s revalidation period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a submitted version (models.reject). It can then only be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy an approved version whose approval has not expired (models.deploy).
The version deployed before goes back to approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy an earlier deployed version that is still approved (models.rollback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a version that is not deployed (models.retire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed governance events, oldest first, and the deployment periods:
of every version, or of one (--id). With --at: the version deployed at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this model version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version was deployed at TIME (ISO 8601, UTC unless it names a zone; or milliseconds since 1970).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model card, as Markdown (models.view; audited as model.card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess a version&apos;s risk now: rules, policy gates, score and level (models.view;
stored and audited as model.assess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval policy in force (models.view), or replace it with --set (models.gates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy file (mizan.governance-policy/1, JSON) to put in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: md (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default), table or md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &apos;md&apos; is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a numeric id, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date or time (ISO 8601 in UTC, e.g. 2027-03-31 or 2027-03-31T09:00:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id|name|state|risk|approvals|revalidate by</source>
        <extracomment>The columns of &apos;model list --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event|time (UTC)|model|action|by|comment</source>
        <extracomment>The columns of &apos;model history --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed|from|to|how|by</source>
        <extracomment>The deployment periods of &apos;model history --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a policy file is at most %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at gives the version deployed then: drop --id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model version&apos;s id (default: the deployed version, or the approved version scoring falls back to when it fails its checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mizan-cli score: warning: the deployed version %1 failed its checks (%2); version %3 is the approved fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mizan-cli score: note: version %1 is not the version approved for scoring; its scores are for evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo model, trained on the demo leads for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence reviewed for the demonstration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data only; the gates are shown, not enforced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo model needs %1 approvals; the demo has one risk officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed for the demonstration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1: approved ROC AUC %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run    scored (UTC)          rows  outcomes  converted  roc_auc  mean_score  observed  lowest_dp_ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import actual outcomes of leads (data scientists, analysts). The file is checked whole;
an outcome never changes once known. The deployed version is then judged again;
alerts beyond the policy are stored and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a model version performs on the leads whose outcome is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome file (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model version (default: the deployed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id expects a model version&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mizan-cli outcomes import: ALERT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mizan-cli outcomes import: warning: the outcomes are stored, but the deployed version could not be judged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT the data subject: a lead id, or leadset:N/row:M in a lead set without an id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find data subjects by reference, or (with leads.view_pii) by their personal data,
3 characters at least (leads.view). Shown masked without leads.view_pii;
audited as privacy.search without the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY a lead id, leadset:N/row:M, or personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write to (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s language: en or ar (default: both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a data subject (privacy.erase; sensitive: the password of this run is checked
again right before). Their key and sealed personal data are destroyed, their rows
anonymised; refused under a legal hold. Prints the erasure receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference of the erasure request (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a legal hold on a lead set or a model version (privacy.hold): it stops erasure
until lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET leadset:N or model:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a legal hold (privacy.hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD_ID the hold&apos;s id in &apos;privacy holds&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every legal hold, in force or lifted (privacy.hold or audit.view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure register, oldest first (privacy.erase or audit.view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a human decision that departs from the model&apos;s on a scored lead (leads.override).
The reason is sealed under the subject&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring run (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row in the lead set, from 0 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive or negative: the other one than the model&apos;s (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a data subject&apos;s appeal (privacy.export) and route it to a reviewer: an analyst
who has not decided on the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead set (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject&apos;s statement (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide an appeal routed to you (leads.override): uphold the decision in force, or
overturn it, which records the opposite as a human decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPEAL_ID the appeal&apos;s id in &apos;privacy appeals&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the decision in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the decision in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every appeal with its state (leads.view or privacy.export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How erasure treats predictions; with --set-predictions, change it (retention.manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymise (keep them, tied to the anonymised row) or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a number from %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref|rows|display</source>
        <extracomment>The columns of &apos;privacy find --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id|target|state|placed (UTC)|by|lifted|reason</source>
        <extracomment>The columns of &apos;privacy holds --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifted hold %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id|erased (UTC)|by|request|rows|keys|predictions|outcomes|decisions|appeals</source>
        <extracomment>The columns of &apos;privacy erasures --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id|lead|state|reviewer|received (UTC)|recorded by|resolved (UTC)</source>
        <extracomment>The columns of &apos;privacy appeals --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
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
  decide     Record a human decision departing from the model&apos;s (analysts)
  appeal     Record a subject&apos;s appeal and route it to a reviewer
  resolve    Uphold or overturn an appeal routed to you
  appeals    Every appeal with its state
  policy     How erasure treats predictions (show, or --set-predictions)
  docs       Write the compliance documents (Markdown) generated from the workspace

Each takes --workspace DIR --as NAME; &apos;mizan-cli privacy &lt;subcommand&gt; --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --format table contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a numeric id, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decision expects positive or negative, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --uphold or --overturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set-predictions expects anonymise or delete, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language expects en or ar, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; give --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy (days per data class) and what a retention run would remove now,
what a legal hold keeps and by which hold (retention.manage: a dry run, audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what is past its period, except what a legal hold keeps (retention.manage;
sensitive: the password of this run is checked again right before). Lead sets lose
their rows and subjects&apos; keys, scoring runs their predictions; their metadata and
hashes stay for lineage. Prints what was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change nothing: list what would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy; with --set, change it (retention.manage). The audit log is
kept %1 days (6 years) at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a data class DAYS days (repeatable). KEY: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data went (lineage.view; metadata only, audited): a lead set&apos;s data (hash), the
model versions trained on it, the scoring runs and the exports; or a model&apos;s.
The table is an indented tree from the lead set or model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this lead set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this model version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a number from 1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class|target|created (UTC)|rows|what</source>
        <extracomment>The columns of &apos;retention show --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (days): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by a legal hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries past retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set: unknown setting &apos;%1&apos;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set expects KEY=DAYS, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mizan-cli retention &lt;subcommand&gt; [options]

Subcommands:
  show       The policy and what a retention run would remove now (a dry run)
  apply      Remove what is past its period, except what a legal hold keeps
             (--dry-run: list it only)
  policy     The days each data class is kept (show, or --set KEY=DAYS)

Each takes --workspace DIR --as NAME; &apos;mizan-cli retention &lt;subcommand&gt; --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mizan-cli lineage show (--lead-set N | --model N) [options]

Subcommands:
  show       Where data went: data set -&gt; models -&gt; scoring runs -&gt; exports

It takes --workspace DIR --as NAME; &apos;mizan-cli lineage show --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --lead-set or --model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between scheduled backups (5 to 10080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery-point objective: warn when the newest is older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery-time objective the drills are measured against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest backup of each of this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest backup of each of this many weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder (default: the policy&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the workspace (backup.create): a consistent copy of the encrypted database,
the key slots and the audit archive, with a manifest signed with the workspace key,
in a new folder under DIR. Prints the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace&apos;s backups in DIR, newest first, with their last verification
(backup.create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup without touching the workspace (backup.create): the manifest&apos;s
signature, every file&apos;s SHA-256, the key slots, the copy&apos;s integrity check and its
audit log. The report is printed; exit code 5 when the backup fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup plan (backup.create); with any option below, change it: the settings not
given keep their values (audited as backup.policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or off: a backup every --every-minutes while a session is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backups the policy no longer keeps (backup.create; audited).
Prints what was deleted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the backup; restore nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disaster-recovery drill (backup.create and backup.restore): back up, restore into
a scratch folder with this run&apos;s password, open and verify the copy, and measure
the recovery time and point against the policy&apos;s objectives. The report is written
beside the backups (drills/) and printed; exit code 5 when the drill fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --dir, or set the backup folder with &apos;mizan-cli backup policy --dir DIR&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schedule expects on or off, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (--%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name|created (UTC)|kind|by|bytes|manifest|verified</source>
        <extracomment>The columns of &apos;backup list --format table&apos;, separated by |.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup fails verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the recovery took %1 s, over the %2 s objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the newest backup was %1 min old, over the %2 min objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace (or MIZAN_WORKSPACE) is required: the folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the restored workspace fails verification: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mizan-cli backup &lt;subcommand&gt; [options]

Subcommands:
  create     Back up the workspace into a new folder under --dir (or the policy&apos;s)
  list       This workspace&apos;s backups, newest first, and their last verification
  verify     Verify a backup (--backup PATH); exit code 5 when it fails
  policy     The backup plan: folder, schedule, objectives, rotation (show or set)
  rotate     Delete the backups the policy no longer keeps

Each takes --workspace DIR --as NAME; &apos;mizan-cli backup &lt;subcommand&gt; --help&apos;.
See also &apos;mizan-cli restore --help&apos; and &apos;mizan-cli drill --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met the applicant at the investor forum; the business plan is funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo drill failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a demo lead set (business-setup enquiries, generated from a seed), its dataset spec
and a model bundle trained on it, into a folder. The generating process and its deliberate
group disparity are described in docs/demo-leads.md.
Also a demo workspace (DIR/workspace) with one user per role, the leads imported,
the model stored and the leads scored; its passwords are printed once;
an evidence pack of its audit log (DIR/evidence-pack), and its backup plan with a
first backup and drill (DIR/workspace-backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of the demo workspace are in %1 (hourly while it is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: workspace info | rekey | idle-lock MINUTES | classification [MARKING]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set (admins) the classification marking every export and PDF
carries in its header and footer, e.g. RESTRICTED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[MARKING] the new marking (admins; quote spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mizan-cli &lt;command&gt; [options]

Mizan&apos;s command line: model governance for lead scoring, without a window.

Commands:
  train          Train a model bundle from a lead file and its dataset spec
  model import   Import an XGBoost JSON model with its dataset spec
  score          Score a lead file with a model bundle
  explain        Why a lead got its score (SHAP, LIME, counterfactuals, what-if);
                 --global: what drives the model over a lead file
  fairness       Outcomes by group: fairlearn&apos;s disparities, AIF360&apos;s signed forms,
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
                 the deployed version&apos;s realised performance (alerts beyond policy)
  privacy        find | export | erase | hold | lift | holds | erasures | decide |
                 appeal | resolve | appeals | policy | docs: data subjects&apos; rights
                 (access, erasure, legal holds), human review of scores (decisions,
                 appeals) and the compliance documents generated from the workspace
  retention      show | apply | policy: how long each data class is kept, what is past
                 its period (a dry run first) and what a legal hold keeps
  lineage        show: where data went (data set -&gt; models -&gt; scoring runs -&gt; exports)
  audit          show | verify | checkpoint | export | report | verify-pack
  backup         create | list | verify | policy | rotate: signed, verifiable copies of
                 the workspace, the backup plan (folder, schedule, objectives, rotation)
  restore        Restore a backup over a missing or broken workspace (--from BACKUP;
                 the backup&apos;s own key slot of --as opens it), or --verify-only
  drill          A disaster-recovery drill: back up, restore aside, verify, measure

Options:
  -h, --help     Show this help (also after a command: mizan-cli score --help)
  --version      Show the version of Mizan and its libraries

Exit codes: 0 ok, 1 failure, 2 usage, 3 permission denied,
4 authentication failed, 5 integrity failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliance report of a period (--from, --to; default the last 30 days):
actions by type and user, denials, approvals, fairness alerts, erasures,
backups, and the verification status with its signed checkpoint.
JSON or CSV (--format csv); the PDF is in the Audit tab. Written to a file, it
carries the workspace&apos;s classification marking, your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (marked) instead of standard output.</source>
        <translation type="unfinished"></translation>
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

All but verify-pack take --workspace DIR --as NAME; &apos;mizan-cli audit &lt;subcommand&gt;
--help&apos; describes each one. Exit code 5 when tampering is found.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: audit show | verify | checkpoint | export | report | verify-pack DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the card to FILE instead of standard output, with the classification marking first and last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome alerts stored when outcomes were imported (the realised performance
beyond the policy), newest first: of every version, or of one (--id N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this model version (default: every version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about a data subject (privacy.export): writes DIR/subject-access.json
and the letter that answers the request, DIR/letter-en.html and/or letter-ar.html
(readable by the owner only; the desktop application makes the PDF). Each carries
the workspace&apos;s classification marking, your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the compliance documents generated from the workspace (privacy.export) into
DIR: %1.
Markdown, no personal data, the classification marking as the first and last line;
all or none are written (readable by the owner only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mizan-cli users review [options] --workspace DIR --as NAME

Subcommands:
  review   The access-review report (admins, auditors)

&apos;mizan-cli users review --help&apos; describes its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default: the report as text) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mizan-cli workspace &lt;subcommand&gt; [options] --workspace DIR --as NAME

Subcommands:
  info                       What the workspace holds and how it is protected
  rekey                      Re-key the workspace (admins)
  idle-lock MINUTES          Idle minutes before every session locks (admins)
  classification [MARKING]   Show or set (admins) the classification marking of
                             every export

&apos;mizan-cli workspace &lt;subcommand&gt; --help&apos; describes each one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
