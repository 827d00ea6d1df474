-- Witness cosignatures on the checkpoints this computer verified (docs/audit-log.md): what the
-- server held for a checkpoint when this computer last asked, and its own. An export carries
-- them all, so it verifies offline against the witnesses a verifier requires.
CREATE TABLE audit_tree_cosignatures (
    tree_size INTEGER NOT NULL,
    witness_fingerprint TEXT NOT NULL,
    public_key TEXT NOT NULL,
    cosignature TEXT NOT NULL,
    PRIMARY KEY (tree_size, witness_fingerprint)
);
