package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.sensor.Reading;
import org.steward.sensor.internal.PackedReadings;
import org.steward.sensor.internal.ReadingWriter;
import org.steward.store.Store;

/** The contract on Derby, embedded or through its network server, and the packed fast path's table function on both. */
abstract class AllMigrationsDerbyContractTest extends AllMigrationsContractTest {

    /** A function of that name whose class the database cannot load (a server without Steward's bundles): multi-row. */
    @Test
    void aFunctionWhoseClassCannotBeLoadedLeavesTheMultiRowPath() throws Exception {
        Store store = openWithAllMigrations("noclass");
        store.transaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("CREATE FUNCTION " + PackedReadings.FUNCTION + " (PACKED BLOB) RETURNS TABLE (SENSOR_ID VARCHAR(64), "
                        + "PARAMETER VARCHAR(32), TS TIMESTAMP, READING_VALUE DOUBLE, QUALITY SMALLINT) LANGUAGE JAVA "
                        + "PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME 'org.steward.nowhere.Rows.rows'");
            }
        });
        List<Reading> readings = stream(0, 120);
        try (Connection c = store.connection()) {
            PackedReadings.Availability a = PackedReadings.ensureFunction(c);
            assertFalse(a.packed());
            assertTrue(a.reason().contains("org.steward.nowhere.Rows"), a.reason());
            assertEquals(new ReadingWriter.Written(120, 0, 0, readings), ReadingWriter.write(c, readings, List.of()));
        }
        assertEquals(expectedRows(readings), storedRows(store));
    }

    /** Bytes the function cannot unpack are an error that says where, not rows of garbage nor a hung statement. */
    @Test
    void aMalformedPackedBatchIsAnErrorNamingTheByte() throws Exception {
        Store store = openWithAllMigrations("malformed");
        byte[] threeRowsPromisedNoneSent = {0, 0, 0, 3};
        byte[] binary = new byte[64];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = 0; // a row count that is not absurd, then noise
        binary[1] = 0;
        try (Connection c = store.connection()) {
            assertTrue(PackedReadings.ensureFunction(c).packed());
            for (byte[] bad : List.of(threeRowsPromisedNoneSent, binary, new byte[0])) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM TABLE(" + PackedReadings.FUNCTION + "(?)) R")) {
                    ps.setBytes(1, bad);
                    SQLException e = assertThrows(SQLException.class, () -> {
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    });
                    String all = messages(e);
                    assertTrue(all.contains("packed batch of readings"), all);
                    assertTrue(all.contains("byte") || all.contains("bytes"), all);
                }
                c.rollback();
            }
        }
        assertEquals(0, count(store, "SELECT COUNT(*) FROM READING"));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : t instanceof SQLException s ? s.getNextException() : null) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
