-- Index of the records of Git workspaces, rebuilt from the files at any time (never the source of truth).
-- One row per record file; PROJECT is the workspace folder (absolute path), PATH is <type>/<id>.md inside it.
CREATE TABLE WS_RECORD (
  PROJECT VARCHAR(1000) NOT NULL,
  PATH VARCHAR(500) NOT NULL,
  RECORD_TYPE VARCHAR(64) NOT NULL,
  RECORD_ID VARCHAR(200) NOT NULL,
  TITLE VARCHAR(500) NOT NULL,
  LAST_COMMIT CHAR(40),
  LAST_COMMIT_TIME TIMESTAMP,
  PRIMARY KEY (PROJECT, PATH)
);
CREATE INDEX WS_RECORD_TYPE ON WS_RECORD (PROJECT, RECORD_TYPE);
