-- A test schema contributed by the tests bundle through its Steward-Migrations header.
CREATE TABLE TANK (
  ID INT NOT NULL PRIMARY KEY,
  NAME VARCHAR(64) NOT NULL
);
