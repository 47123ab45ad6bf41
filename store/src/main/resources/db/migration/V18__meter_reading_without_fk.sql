-- Meter ingestion toward 100 k readings/s (issue 15, session 7). Portable SQL (H2 2.x and
-- PostgreSQL). meter_reading loses its foreign key to enterprise: PostgreSQL checks a foreign key
-- once per inserted row (a trigger and a lookup of the enterprise per reading), which made COPY
-- into meter_reading about twice as slow as COPY into the same table without it. What the key
-- guaranteed is kept by the store: MeterRepository.write locks the enterprise row and refuses a
-- batch when it does not exist (one check per batch, held until commit), and
-- InventoryRepository.deleteEnterprise locks the enterprise, then deletes its readings (no orphan
-- can be inserted meanwhile). The table is recreated (the constraint's name differs between H2 and
-- PostgreSQL); every stored reading is copied.
CREATE TABLE meter_reading_v18 (
  enterprise_id  BIGINT        NOT NULL,
  meter_id       VARCHAR(100)  NOT NULL,
  at_ms          BIGINT        NOT NULL,
  reading_value  DOUBLE PRECISION,
  flow           DOUBLE PRECISION,
  concentration  DOUBLE PRECISION,
  status         VARCHAR(16)   NOT NULL,
  temperature    DOUBLE PRECISION,
  pressure       DOUBLE PRECISION,
  CONSTRAINT pk_meter_reading PRIMARY KEY (enterprise_id, meter_id, at_ms)
);
INSERT INTO meter_reading_v18 (enterprise_id, meter_id, at_ms, reading_value, flow, concentration,
    status, temperature, pressure)
  SELECT enterprise_id, meter_id, at_ms, reading_value, flow, concentration, status, temperature,
    pressure
  FROM meter_reading;
DROP TABLE meter_reading;
ALTER TABLE meter_reading_v18 RENAME TO meter_reading;
