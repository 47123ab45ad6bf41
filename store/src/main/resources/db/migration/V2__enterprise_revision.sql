-- A counter bumped by every change to an enterprise's document (header, sites, rows), so that
-- results computed from it can be cached and invalidated cheaply.
ALTER TABLE enterprise ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
