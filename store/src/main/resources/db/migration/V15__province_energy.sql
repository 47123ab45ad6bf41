-- Provinces' energy data per group (issue 13, seed 004 zoning): energy production and consumption
-- in 10^4 tce and the new-energy share of consumption (fraction 0..1), entered or imported by the
-- user. One row per (group, province, year); an import replaces the rows it names. Portable SQL
-- (H2 2.x and PostgreSQL).
CREATE TABLE province_energy (
  group_id          BIGINT           NOT NULL REFERENCES tenant_group (id) ON DELETE CASCADE,
  province          VARCHAR(50)      NOT NULL,
  data_year         INT              NOT NULL,
  production        DOUBLE PRECISION NOT NULL,
  consumption       DOUBLE PRECISION NOT NULL,
  new_energy_share  DOUBLE PRECISION NOT NULL,
  source            VARCHAR(500)     NOT NULL,
  updated_by        VARCHAR(100)     NOT NULL,
  updated_at        TIMESTAMP        NOT NULL,
  PRIMARY KEY (group_id, province, data_year)
);
