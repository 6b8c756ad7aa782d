package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.store.AppliedMigration;
import org.steward.store.BatchInsert;
import org.steward.store.Store;
import org.steward.store.StoreException;

/**
 * What the real Store component does on every database it supports: the same migrations and queries, run by
 * {@link EmbeddedStoreTest} on embedded Derby and by {@link PostgresStoreTest} on a real PostgreSQL.
 */
abstract class StoreContractTest {

    /** Opens (creating on first use) the database called {@code name} for this test, through ConfigAdmin. */
    abstract Store open(String name, int poolSize) throws Exception;

    /** The mode the store reports. */
    abstract String mode();

    static long count(Store store, String table) throws StoreException {
        return store.transaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void migrationsOfEveryBundleAreAppliedOnceWithChecksums() throws Exception {
        Store store = open("db", 4);
        List<AppliedMigration> history = store.migrations();
        assertTrue(history.stream().anyMatch(m -> m.schema().equals("steward.store") && m.version() == 1), history.toString());
        List<AppliedMigration> mine = history.stream().filter(m -> m.schema().equals("storetest")).toList();
        assertEquals(List.of(1, 2), mine.stream().map(AppliedMigration::version).toList());
        assertTrue(mine.get(0).checksum().matches("[0-9a-f]{64}"), mine.get(0).checksum()); // value: MigrationScriptTest
        assertEquals("add volume", mine.get(1).description());
        double volume = store.transaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT VOLUME_M3, NAME FROM TANK WHERE ID = 1")) {
                rs.next();
                assertEquals("调节池", rs.getString(2));
                return rs.getDouble(1);
            }
        });
        assertEquals(1200.5, volume, 0.0); // the value V2__add_volume.sql inserts
        assertTrue(store.problems().isEmpty(), store.problems().toString());
        assertEquals(mode(), store.info().mode());

        // Re-opening the same database applies nothing again.
        Store other = open("db2", 4);
        assertTrue(other.migrations().size() >= 3);
        Store again = open("db", 4);
        assertEquals(history.size(), again.migrations().size());
        assertTrue(again.problems().isEmpty(), again.problems().toString());
    }

    @Test
    void anEditedAppliedMigrationIsReportedNotReapplied() throws Exception {
        Store store = open("db", 4);
        store.transaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE STEWARD_SCHEMA_HISTORY SET CHECKSUM = '" + "0".repeat(64)
                        + "' WHERE SCHEMA_NAME = 'storetest' AND VERSION = 1");
            }
        });
        open("elsewhere", 4);
        Store reopened = open("db", 4);
        String problem = String.join("\n", reopened.problems());
        assertTrue(problem.contains("org.steward.store.tests, db/test/V1__create_tank.sql was changed after it was applied"), problem);
        assertTrue(problem.contains("V3__"), "the fix names the next free version: " + problem);
        assertEquals(1, count(reopened, "TANK"), "nothing re-applied, nothing lost");
    }

    @Test
    void batchedInsertsCommitPerBatchAndAFailedBatchLosesNothingBefore() throws Exception {
        Store store = open("db", 4);
        Instant t0 = Instant.parse("2026-11-23T00:00:00Z");
        try (BatchInsert insert = store.batchInsert("INSERT INTO READING (SENSOR_ID, PARAMETER, TS, READING_VALUE, QUALITY) "
                + "VALUES (?, ?, ?, ?, ?)", 1000)) {
            for (int i = 0; i < 10_500; i++) {
                insert.add("S" + (i % 7), "cod", t0.plusSeconds(i), 20.0 + i % 13, 0);
            }
        }
        assertEquals(10_500, count(store, "READING"));
        BatchInsert dup = store.batchInsert("INSERT INTO READING (SENSOR_ID, PARAMETER, TS, READING_VALUE, QUALITY) "
                + "VALUES (?, ?, ?, ?, ?)", 10);
        for (int i = 0; i < 10; i++) {
            dup.add("NEW", "ph", t0.plusSeconds(i), 7.0, 0);
        }
        for (int i = 0; i < 5; i++) {
            dup.add("S0", "cod", t0, 1.0, 0); // duplicates of a stored key
        }
        StoreException e = assertThrows(StoreException.class, dup::close);
        assertTrue(e.getMessage().contains("a batch of 5 rows was rolled back"), e.getMessage());
        assertTrue(e.getMessage().contains("23505"), "duplicate key is SQLState 23505 on Derby and PostgreSQL: " + e.getMessage());
        assertTrue(e.getMessage().contains("the 10 rows before it are committed"), e.getMessage());
        assertEquals(10_510, count(store, "READING"));
    }

    @Test
    void aTransactionCommitsWhenItReturnsAndRollsBackWhenItThrows() throws Exception {
        Store store = open("db", 4);
        store.transaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO TANK (ID, NAME) VALUES (2, 'committed')");
            }
        });
        StoreException e = assertThrows(StoreException.class, () -> store.transaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO TANK (ID, NAME) VALUES (3, 'rolled back')");
                return st.executeUpdate("INSERT INTO TANK (ID, NAME) VALUES (1, 'duplicate key')");
            }
        }));
        assertTrue(e.getMessage().startsWith("transaction rolled back: 23505"), e.getMessage());
        assertEquals(2, count(store, "TANK"), "row 3 went with the failed transaction");
    }

    @Test
    void thePoolIsBoundedAndSaysWhatToDo() throws Exception {
        Store store = open("db", 2);
        List<Connection> held = new ArrayList<>();
        try {
            held.add(store.connection());
            held.add(store.connection());
            StoreException e = assertThrows(StoreException.class, store::connection);
            assertTrue(e.getMessage().contains("all 2 connections"), e.getMessage());
            assertTrue(e.getMessage().contains("raise poolSize"), e.getMessage());
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        try (Connection c = store.connection()) {
            assertTrue(c.isValid(1));
        }
        Connection returned = store.connection();
        returned.close();
        assertThrows(SQLException.class, returned::createStatement);
    }
}
