-- Receipt files are sealed, each under a key of its own; the key is kept here, itself sealed
-- under the organisation's data key (a sealed column). Files stored before this are sealed
-- at the next start (crypto/LegacyReceipts).
ALTER TABLE receipts ADD COLUMN file_key TEXT;
