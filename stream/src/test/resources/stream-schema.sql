-- Tables of the stream sink (test DDL; the application's store owns the real schema).
CREATE TABLE IF NOT EXISTS meter_stream_rows (
  id VARCHAR(200) PRIMARY KEY,
  revision INT NOT NULL,
  row_json VARCHAR(4000) NOT NULL,
  quantity DOUBLE PRECISION NOT NULL,
  completeness DOUBLE PRECISION NOT NULL,
  estimated DOUBLE PRECISION NOT NULL,
  evidence VARCHAR(1000) NOT NULL
);
CREATE TABLE IF NOT EXISTS meter_stream_readings (
  meter VARCHAR(100) NOT NULL,
  instant_ms BIGINT NOT NULL,
  line VARCHAR(1000) NOT NULL,
  PRIMARY KEY (meter, instant_ms)
);
CREATE TABLE IF NOT EXISTS meter_stream_alarms (
  meter VARCHAR(100) NOT NULL,
  code VARCHAR(40) NOT NULL,
  time_ms BIGINT NOT NULL,
  message VARCHAR(1000) NOT NULL,
  PRIMARY KEY (meter, code, time_ms)
);
CREATE TABLE IF NOT EXISTS meter_stream_rejected (
  src VARCHAR(200) PRIMARY KEY,
  problems VARCHAR(4000) NOT NULL
);
