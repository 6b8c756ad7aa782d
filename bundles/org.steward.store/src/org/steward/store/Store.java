package org.steward.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * Steward's database for machine data (sensor readings, alerts, indexes rebuilt from workspace files):
 * Apache Derby embedded by default, or a Derby network server shared by several workbenches and nodes.
 * A DS service; configure it with the PID {@value #PID}.
 */
public interface Store {

    /** Configuration PID (ConfigAdmin). Keys: see {@link StoreConfig}. */
    String PID = "org.steward.store";

    /**
     * A pooled connection with auto-commit off; closing it returns it to the pool (rolled back if the caller
     * left a transaction open).
     *
     * @throws StoreException when the pool is exhausted for longer than its wait limit or the database is down
     */
    Connection connection() throws StoreException;

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(SqlWork<T> work) throws StoreException;

    /**
     * Starts a batched insert: rows are sent every {@code batchSize} rows and committed with them, so a crash
     * loses at most the rows of the batch in flight, never a committed one.
     */
    BatchInsert batchInsert(String insertSql, int batchSize) throws StoreException;

    /** Where the store is, how big, when last backed up. */
    StoreInfo info();

    /** Migrations applied so far, in order. */
    List<AppliedMigration> migrations() throws StoreException;

    /**
     * Online backup into {@code folder} (the database stays usable meanwhile).
     *
     * @return the folder that holds the copy
     */
    Path backup(Path folder) throws StoreException;

    /**
     * Replaces the database with a backup copy made by {@link #backup}; embedded mode only. Open connections
     * are cut; migrations newer than the copy are applied again afterwards.
     */
    void restore(Path backupCopy) throws StoreException;

    /** Migrations that could not be applied, each naming the bundle, file and statement, and the fix. */
    List<String> problems();
}
