-- The Kafka → Flink job writing into the enterprise's inventory (issue 15, session 7). Portable SQL
-- (H2 2.x and PostgreSQL).
-- meter_stream_event: what the stream sink refused or could not take (a row or reading of a locked
-- year: PERIOD_LOCKED; a row the inventory refused; a topic record that did not parse; a
-- conflicting reading), once per key, so a replay records nothing twice.
CREATE TABLE meter_stream_event (
  enterprise_id  BIGINT         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  event_key      VARCHAR(600)   NOT NULL,
  code           VARCHAR(40)    NOT NULL,
  message        VARCHAR(4000)  NOT NULL,
  recorded_at    TIMESTAMP      NOT NULL,
  PRIMARY KEY (enterprise_id, event_key)
);
