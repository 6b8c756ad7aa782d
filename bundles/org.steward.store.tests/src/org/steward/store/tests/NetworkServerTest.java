package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.store.DerbyServer;
import org.steward.store.Store;
import org.steward.store.internal.ClientDerby;

/** A real Derby network server on loopback, shared by the Store service and a second, independent client. */
class NetworkServerTest {
    private DerbyServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void storeInServerModeSharesItsDataWithOtherClients(@TempDir Path dir) throws Exception {
        StoreFixture.start("org.apache.felix.scr", "org.steward.store");
        server = StoreFixture.service(DerbyServer.class);
        DerbyServer.Address address = server.start("127.0.0.1", 0);
        assertTrue(server.running().isPresent());
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.port()), 2000);
        }
                Store store = StoreFixture.configure(Map.of("mode", "server", "host", "127.0.0.1", "port", address.port(),
                "database", dir.resolve("shared").toString()), s -> s.info().location().endsWith(dir.resolve("shared").toString()));
        assertEquals("server", store.info().mode());
        store.transaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO TANK (ID, NAME) VALUES (7, 'shared tank')");
            }
        });
        // A second workbench or node: its own driver and connection to the same server.
        ClientDerby other = new ClientDerby(ClientDerby.findDriver(StoreFixture.context()), "127.0.0.1", address.port(),
                dir.resolve("shared").toString());
        try (Connection c = other.open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT NAME FROM TANK WHERE ID = 7")) {
            assertTrue(rs.next());
            assertEquals("shared tank", rs.getString(1));
        }
        assertTrue(dir.resolve("shared").resolve("service.properties").toFile().isFile(), "the server created the database where named");
    }

    /**
     * Errors the client driver itself reports (here Derby's XJ208, "non-atomic batch failure", raised client-side when a
     * batch member breaks a primary key) need the client's message texts. In OSGi the message service lives in the derby
     * bundle and cannot see derbyclient's message package unless org.steward.derbyclient.messages exports it: without it
     * the driver throws MissingResourceException instead of the SQLException, in the middle of reading the server's
     * reply — the node's sensor writer then died and ingest stalled after a kill -9 (redelivered duplicates).
     */
    @Test
    void clientSideErrorsAreSqlExceptionsWithTheirText(@TempDir Path dir) throws Exception {
        StoreFixture.start("org.apache.felix.scr", "org.steward.store");
        server = StoreFixture.service(DerbyServer.class);
        DerbyServer.Address address = server.start("127.0.0.1", 0);
        ClientDerby client = new ClientDerby(ClientDerby.findDriver(StoreFixture.context()), "127.0.0.1", address.port(),
                dir.resolve("errors").toString());
        try (Connection c = client.open(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE KEYED (ID INT PRIMARY KEY)");
            st.executeUpdate("INSERT INTO KEYED VALUES (1)");
            c.setAutoCommit(false);
            BatchUpdateException e;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO KEYED VALUES (?)")) {
                for (int id : new int[] {2, 1, 3}) {
                    ps.setInt(1, id);
                    ps.addBatch();
                }
                e = assertThrows(BatchUpdateException.class, ps::executeBatch);
            }
            assertEquals("XJ208", e.getSQLState(), "the client's own batch failure");
            assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("batch"), e.getMessage());
            SQLException member = e.getNextException();
            assertEquals("23505", member == null ? null : member.getSQLState(), "the member's duplicate key is chained");
            c.rollback(); // the connection still speaks the protocol after the error
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM KEYED")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
            c.rollback();
        }
    }
}
