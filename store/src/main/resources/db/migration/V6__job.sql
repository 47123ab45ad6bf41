-- Long-running jobs (uncertainty analyses now; planning, footprints and bulk imports next), kept so
-- that a restart does not lose finished results. Portable SQL (H2 2.x and PostgreSQL).
-- state: running | done | failed | cancelled. A job found running at start-up was interrupted by a
-- restart and is marked failed. scope_key ties a job to the scope that started it (a site-limited
-- user's result is its own). params/result/issues are JSON text.
CREATE TABLE job (
  id             VARCHAR(36)   PRIMARY KEY,
  kind           VARCHAR(40)   NOT NULL,
  group_id       BIGINT,
  enterprise_id  BIGINT        REFERENCES enterprise (id) ON DELETE CASCADE,
  scope_key      VARCHAR(1000) NOT NULL,
  state          VARCHAR(16)   NOT NULL,
  progress       DOUBLE PRECISION NOT NULL DEFAULT 0,
  params_json    TEXT          NOT NULL,
  result_json    TEXT,
  issues_json    TEXT,
  started_by     VARCHAR(100)  NOT NULL,
  created_at     TIMESTAMP     NOT NULL,
  finished_at    TIMESTAMP
);
CREATE INDEX ix_job_enterprise ON job (enterprise_id, kind);
