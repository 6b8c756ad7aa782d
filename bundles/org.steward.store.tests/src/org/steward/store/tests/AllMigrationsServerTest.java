package org.steward.store.tests;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.steward.store.DerbyServer;
import org.steward.store.Store;

/**
 * Every bundle's migrations and writers through the Derby client driver: a real Derby network server on loopback (the
 * store's own {@link DerbyServer}) and the store in {@code mode=server}, a fresh database per test.
 */
class AllMigrationsServerTest extends AllMigrationsContractTest {
    private static DerbyServer server;
    private static DerbyServer.Address address;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        StoreFixture.start("org.apache.felix.scr", "org.steward.store");
        server = StoreFixture.service(DerbyServer.class);
        address = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Known problem (found by this test, 2026-11-24): through the Derby client inside OSGi the writer's row-by-row
     * duplicate path fails. {@code Connection.setSavepoint()} makes the client build an internal SqlException, whose
     * message bundle ({@code org.apache.derby.loc.client.clientmessages}, in the derbyclient bundle, which exports only
     * {@code org.apache.derby.jdbc}) Derby's shared MessageService (derby + derbyshared fragment) cannot see:
     * {@code MissingResourceException}. A redelivered batch is then never stored nor acknowledged, and the ingest
     * restarts its session again and again. Fix belongs to the duplicate path / the Derby wrapping.
     */
    @Override
    void assumeDuplicatePathWorks() {
        Assumptions.abort("Derby client in OSGi: the row-by-row duplicate path fails (MissingResourceException for "
                + "org.apache.derby.loc.client.clientmessages from setSavepoint()); see this class");
    }

    @Override
    Store open(String name) throws Exception {
        String database = dir.resolve(name).toString();
        return StoreFixture.configure(Map.of("mode", "server", "host", "127.0.0.1", "port", address.port(), "database", database,
                "poolSize", 4, "poolWaitMillis", 2000L), s -> s.info().location().endsWith(database));
    }
}
