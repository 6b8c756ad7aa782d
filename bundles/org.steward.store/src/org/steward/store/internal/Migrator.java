package org.steward.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.steward.store.AppliedMigration;
import org.steward.store.StoreException;

/**
 * Applies the migrations of one schema in version order, each in its own transaction together with its
 * history row, so a failed script leaves nothing half-applied. Scripts already applied are checked against
 * their recorded checksums: an edited script stops that schema with a message instead of drifting silently.
 */
public final class Migrator {
    static final String HISTORY = "STEWARD_SCHEMA_HISTORY";
    /**
     * "Table exists" when another node created the history table first: Derby X0Y32, PostgreSQL 42P07 (duplicate_table),
     * and 23505 when PostgreSQL's concurrent CREATE TABLE collides on its catalog's unique index.
     */
    private static final java.util.Set<String> TABLE_EXISTS = java.util.Set.of("X0Y32", "42P07", "23505");

    private Migrator() {
    }

    /** @return the migrations applied now (not those applied before) */
    public static List<AppliedMigration> migrate(Connection c, List<MigrationScript> scripts) throws StoreException {
        List<MigrationScript> sorted = new ArrayList<>(scripts);
        sorted.sort(Comparator.comparingInt(MigrationScript::version));
        checkDistinctVersions(sorted);
        List<AppliedMigration> appliedNow = new ArrayList<>();
        try {
            ensureHistoryTable(c);
            for (MigrationScript script : sorted) {
                try (Statement lock = c.createStatement()) {
                    // Serialises nodes that share one server and start together.
                    lock.execute("LOCK TABLE " + HISTORY + " IN EXCLUSIVE MODE");
                }
                Map<Integer, String> recorded = recorded(c, script.schema());
                String known = recorded.get(script.version());
                if (known != null) {
                    c.commit();
                    if (!known.equals(script.checksum())) {
                        throw new StoreException(script.origin() + " was changed after it was applied (checksum " + known.substring(0, 12)
                                + "… recorded, " + script.checksum().substring(0, 12) + "… now). Applied migrations must not be edited: "
                                + "restore the original file and put the change into a new migration V" + (maxVersion(recorded) + 1) + "__….sql");
                    }
                    continue;
                }
                appliedNow.add(apply(c, script));
            }
            return appliedNow;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw new StoreException("cannot read or write the migration history: " + e.getMessage(), e);
        }
    }

    private static AppliedMigration apply(Connection c, MigrationScript script) throws StoreException, SQLException {
        List<String> statements = script.statements();
        for (int i = 0; i < statements.size(); i++) {
            try (Statement st = c.createStatement()) {
                st.execute(statements.get(i));
            } catch (SQLException e) {
                rollbackQuietly(c);
                throw new StoreException(script.origin() + ": statement " + (i + 1) + " of " + statements.size() + " failed ("
                        + e.getSQLState() + " " + e.getMessage() + "); nothing of this migration was applied", e);
            }
        }
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                + " (SCHEMA_NAME, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, script.schema());
            ps.setInt(2, script.version());
            ps.setString(3, script.description());
            ps.setString(4, script.checksum());
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
        }
        c.commit();
        return new AppliedMigration(script.schema(), script.version(), script.description(), script.checksum(), now);
    }

    public static List<AppliedMigration> history(Connection c) throws SQLException {
        ensureHistoryTable(c);
        List<AppliedMigration> list = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SCHEMA_NAME, VERSION, DESCRIPTION, CHECKSUM, "
                + "APPLIED_AT FROM " + HISTORY + " ORDER BY APPLIED_AT, SCHEMA_NAME, VERSION")) {
            while (rs.next()) {
                list.add(new AppliedMigration(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
            }
        }
        c.commit();
        return list;
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        // Derby keeps unquoted names in upper case, PostgreSQL in lower case.
        String stored = md.storesLowerCaseIdentifiers() ? HISTORY.toLowerCase(java.util.Locale.ROOT) : HISTORY;
        try (ResultSet rs = md.getTables(null, null, stored, new String[] {"TABLE"})) {
            if (rs.next()) {
                c.commit();
                return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + HISTORY + " (SCHEMA_NAME VARCHAR(128) NOT NULL, VERSION INT NOT NULL, "
                    + "DESCRIPTION VARCHAR(256) NOT NULL, CHECKSUM CHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (SCHEMA_NAME, VERSION))");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!TABLE_EXISTS.contains(e.getSQLState())) { // another node created it first
                throw e;
            }
        }
    }

    private static Map<Integer, String> recorded(Connection c, String schema) throws SQLException {
        Map<Integer, String> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT VERSION, CHECKSUM FROM " + HISTORY + " WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return map;
    }

    private static int maxVersion(Map<Integer, String> recorded) {
        return recorded.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static void checkDistinctVersions(List<MigrationScript> sorted) throws StoreException {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new StoreException(sorted.get(i).origin() + " and " + sorted.get(i - 1).origin() + " have the same version "
                        + sorted.get(i).version() + "; give each migration its own number");
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original error is the one to report
        }
    }
}
