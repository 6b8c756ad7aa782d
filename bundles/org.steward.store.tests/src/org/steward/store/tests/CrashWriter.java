package org.steward.store.tests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Runs in a separate JVM (plain classpath) and writes 500-row batches into an embedded database, printing
 * the committed total after each commit, until it is killed. Used by {@link CrashRecoveryTest}.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + args[0] + ";create=true")) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE R (ID BIGINT PRIMARY KEY, V DOUBLE)");
            }
            c.commit();
            long id = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO R VALUES (?, ?)")) {
                while (true) {
                    for (int i = 0; i < 500; i++) {
                        ps.setLong(1, id++);
                        ps.setDouble(2, Math.sqrt(id));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
        }
    }
}
