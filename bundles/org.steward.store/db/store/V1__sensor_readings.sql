-- The store's own schema: a table of sensor readings that the sensor and tracing bundles write to.
-- (sensor id, time, parameter, value, quality) is the natural key: redelivered readings are dropped by it.
CREATE TABLE READING (
  SENSOR_ID VARCHAR(64) NOT NULL,
  PARAMETER VARCHAR(32) NOT NULL,
  TS TIMESTAMP NOT NULL,
  READING_VALUE DOUBLE PRECISION NOT NULL,
  QUALITY SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (SENSOR_ID, PARAMETER, TS)
);
