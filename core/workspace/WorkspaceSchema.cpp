#include "workspace/WorkspacePrivate.h"

namespace mizan {

const std::vector<Migration> &workspaceMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE workspace_key(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    public_key BLOB NOT NULL,
    private_seed BLOB NOT NULL);
CREATE TABLE users(
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    view_pii INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    last_login_ms INTEGER NOT NULL DEFAULT 0,
    signing_public_key BLOB NOT NULL,
    box_public_key BLOB NOT NULL);
CREATE TABLE user_keys(
    user TEXT NOT NULL,
    signing_public_key BLOB NOT NULL,
    valid_from_ms INTEGER NOT NULL,
    valid_to_ms INTEGER);
CREATE TABLE grants(
    id INTEGER PRIMARY KEY,
    user TEXT NOT NULL,
    grant TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_ms INTEGER NOT NULL,
    confirmed_by TEXT NOT NULL DEFAULT '',
    confirmed_ms INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL);
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY,
    time_ms INTEGER NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    outcome TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    leaf_hash BLOB NOT NULL);
CREATE TABLE lead_sets(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    source_file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    spec_json TEXT NOT NULL,
    header TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    imported_ms INTEGER NOT NULL,
    imported_by TEXT NOT NULL);
CREATE TABLE leads(
    lead_set_id INTEGER NOT NULL REFERENCES lead_sets(id),
    row_index INTEGER NOT NULL,
    lead_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (lead_set_id, row_index)) WITHOUT ROWID;
CREATE TABLE models(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    model_sha256 TEXT NOT NULL,
    bundle_sha256 TEXT NOT NULL UNIQUE,
    bundle BLOB NOT NULL,
    source TEXT NOT NULL,
    imported_ms INTEGER NOT NULL,
    imported_by TEXT NOT NULL);
CREATE TABLE scoring_runs(
    id INTEGER PRIMARY KEY,
    lead_set_id INTEGER NOT NULL REFERENCES lead_sets(id),
    model_id INTEGER NOT NULL REFERENCES models(id),
    model_sha256 TEXT NOT NULL,
    input_sha256 TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    scored_ms INTEGER NOT NULL,
    scored_by TEXT NOT NULL);
CREATE TABLE predictions(
    run_id INTEGER NOT NULL REFERENCES scoring_runs(id),
    row_index INTEGER NOT NULL,
    margin REAL NOT NULL,
    probability REAL NOT NULL,
    band TEXT NOT NULL,
    PRIMARY KEY (run_id, row_index)) WITHOUT ROWID;
)sql"},
        // The audit log's Merkle tree and signed checkpoints (ARCHITECTURE.md "Audit log").
        // A log written under schema 1 gets its nodes and checkpoints at the next sign-in
        // (AuditLog::catchUp), flagged here because SQL alone cannot hash.
        {2, R"sql(
CREATE TABLE audit_nodes(
    level INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (level, idx)) WITHOUT ROWID;
CREATE TABLE audit_checkpoints(
    id INTEGER PRIMARY KEY,
    tree_size INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    reason TEXT NOT NULL,
    cosigner TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL);
CREATE INDEX audit_checkpoints_size ON audit_checkpoints(tree_size);
CREATE INDEX audit_time ON audit(time_ms);
CREATE INDEX audit_actor ON audit(actor, seq);
CREATE INDEX audit_action ON audit(action, seq);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_nodes_no_update BEFORE UPDATE ON audit_nodes
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_nodes_no_delete BEFORE DELETE ON audit_nodes
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
INSERT INTO meta(key, value) SELECT 'audit_tree_pending', '1' WHERE EXISTS (SELECT 1 FROM audit);
)sql"},
        // Fairness verdicts (ARCHITECTURE.md "Fairness"): every rule of the bias policy on every
        // report, kept for the model risk assessment. The policy itself is meta 'bias_policy'.
        {3, R"sql(
CREATE TABLE fairness_alerts(
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id),
    lead_set_id INTEGER NOT NULL REFERENCES lead_sets(id),
    created_ms INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    threshold REAL NOT NULL,
    attribute TEXT NOT NULL,
    metric TEXT NOT NULL,
    status TEXT NOT NULL,
    alert TEXT NOT NULL);
CREATE INDEX fairness_alerts_model ON fairness_alerts(model_id, id);
)sql"},
        // Model governance (ARCHITECTURE.md "Models"): the registry is its signed events; the
        // state column is a cache the registry checks against them at every load.
        {4, R"sql(
ALTER TABLE models ADD COLUMN state TEXT NOT NULL DEFAULT 'draft';
CREATE TABLE model_events(
    number INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id),
    payload BLOB NOT NULL,
    signature BLOB NOT NULL);
CREATE INDEX model_events_model ON model_events(model_id, number);
CREATE TABLE model_assessments(
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id),
    created_ms INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    level TEXT NOT NULL,
    score INTEGER NOT NULL,
    assessment TEXT NOT NULL);
CREATE INDEX model_assessments_model ON model_assessments(model_id, id);
)sql"},
        // Outcome monitoring: what became of scored leads, and the alerts it raised.
        {5, R"sql(
CREATE TABLE outcome_batches(
    id INTEGER PRIMARY KEY,
    source_file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    imported_ms INTEGER NOT NULL,
    imported_by TEXT NOT NULL);
CREATE TABLE outcomes(
    lead_id TEXT PRIMARY KEY,
    converted INTEGER NOT NULL CHECK (converted IN (0, 1)),
    observed_ms INTEGER NOT NULL,
    batch INTEGER NOT NULL REFERENCES outcome_batches(id)) WITHOUT ROWID;
CREATE TABLE outcome_alerts(
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id),
    batch INTEGER NOT NULL REFERENCES outcome_batches(id),
    created_ms INTEGER NOT NULL,
    alert TEXT NOT NULL);
CREATE INDEX outcome_alerts_model ON outcome_alerts(model_id, id);
CREATE INDEX leads_lead_id ON leads(lead_id);
)sql"},
        // Privacy (ARCHITECTURE.md "Privacy"): personal data sealed per subject, the erasure
        // register, legal holds, human decisions and appeals; each lead set's purpose and legal
        // basis as columns (older sets keep them in spec_json and are read from there).
        {6, R"sql(
ALTER TABLE lead_sets ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE lead_sets ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '';
CREATE TABLE subjects(
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    subject_key BLOB NOT NULL,
    created_ms INTEGER NOT NULL);
CREATE TABLE lead_pii(
    lead_set_id INTEGER NOT NULL REFERENCES lead_sets(id),
    row_index INTEGER NOT NULL,
    subject INTEGER NOT NULL REFERENCES subjects(id),
    sealed BLOB NOT NULL,
    PRIMARY KEY (lead_set_id, row_index)) WITHOUT ROWID;
CREATE INDEX lead_pii_subject ON lead_pii(subject);
CREATE TABLE erasures(
    id INTEGER PRIMARY KEY,
    erased_ms INTEGER NOT NULL,
    erased_by TEXT NOT NULL,
    request TEXT NOT NULL,
    rows TEXT NOT NULL,
    receipt TEXT NOT NULL);
CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
    BEGIN SELECT RAISE(ABORT, 'the erasure register is append-only'); END;
CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
    BEGIN SELECT RAISE(ABORT, 'the erasure register is append-only'); END;
CREATE TABLE legal_holds(
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    reason TEXT NOT NULL,
    placed_ms INTEGER NOT NULL,
    placed_by TEXT NOT NULL,
    lifted_ms INTEGER NOT NULL DEFAULT 0,
    lifted_by TEXT NOT NULL DEFAULT '',
    lift_reason TEXT NOT NULL DEFAULT '');
CREATE TABLE human_decisions(
    id INTEGER PRIMARY KEY,
    lead_set_id INTEGER NOT NULL REFERENCES lead_sets(id),
    row_index INTEGER NOT NULL,
    run_id INTEGER NOT NULL REFERENCES scoring_runs(id),
    probability REAL NOT NULL,
    model_decision TEXT NOT NULL,
    decision TEXT NOT NULL,
    reason BLOB NOT NULL,
    decided_ms INTEGER NOT NULL,
    decided_by TEXT NOT NULL,
    appeal INTEGER NOT NULL DEFAULT 0);
CREATE INDEX human_decisions_lead ON human_decisions(lead_set_id, row_index);
CREATE TABLE appeals(
    id INTEGER PRIMARY KEY,
    lead_set_id INTEGER NOT NULL REFERENCES lead_sets(id),
    row_index INTEGER NOT NULL,
    statement BLOB NOT NULL,
    received_ms INTEGER NOT NULL,
    recorded_by TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    resolved_ms INTEGER NOT NULL DEFAULT 0,
    resolved_by TEXT NOT NULL DEFAULT '',
    resolution BLOB NOT NULL DEFAULT x'');
CREATE INDEX appeals_lead ON appeals(lead_set_id, row_index);
)sql"},
        // Retention: a lead set or scoring run past its period keeps its metadata (name, hashes,
        // counts: lineage) and loses its rows; purged_ms says when.
        {7, R"sql(
ALTER TABLE lead_sets ADD COLUMN purged_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scoring_runs ADD COLUMN purged_ms INTEGER NOT NULL DEFAULT 0;
CREATE INDEX human_decisions_run ON human_decisions(run_id);
CREATE INDEX outcomes_observed ON outcomes(observed_ms);
)sql"},
        // Audit retention: a segment past the audit log's period is sealed into a signed archive
        // (an evidence pack) and pruned; only entries a seal covers can ever be deleted.
        {8, R"sql(
CREATE TABLE audit_seals(
    id INTEGER PRIMARY KEY,
    upto_seq INTEGER NOT NULL,
    archive TEXT NOT NULL,
    archive_sha256 TEXT NOT NULL,
    sealed_ms INTEGER NOT NULL,
    sealed_by TEXT NOT NULL);
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
DROP TRIGGER audit_no_delete;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    WHEN OLD.seq > (SELECT coalesce(max(upto_seq), 0) FROM audit_seals)
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
        // Backups and drills: what was made where, the last verification of each, and every
        // disaster-recovery drill with its measured recovery time and recovery point.
        {9, R"sql(
CREATE TABLE backups(
    name TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    verified_ms INTEGER NOT NULL DEFAULT 0,
    verified_ok INTEGER NOT NULL DEFAULT 0,
    verify_problem TEXT NOT NULL DEFAULT '',
    removed_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE drills(
    id INTEGER PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    run_by TEXT NOT NULL,
    ok INTEGER NOT NULL,
    backup TEXT NOT NULL,
    recovery_ms INTEGER NOT NULL,
    recovery_point_ms INTEGER NOT NULL,
    report TEXT NOT NULL);
)sql"},
    };
    return migrations;
}

} // namespace mizan
