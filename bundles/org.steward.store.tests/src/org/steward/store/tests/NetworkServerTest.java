package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
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
}
