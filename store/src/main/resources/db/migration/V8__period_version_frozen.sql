-- What a verified version's reports compare with, frozen at verification (issue 11): the group's
-- benchmarks and user factor sets as they were, as JSON; its SHA-256 is recorded in the audit entry
-- of the verification, like the snapshot's. Versions verified before this migration have none and
-- keep reading the live values (said in docs/security.md).
ALTER TABLE period_version ADD COLUMN frozen_json TEXT;
