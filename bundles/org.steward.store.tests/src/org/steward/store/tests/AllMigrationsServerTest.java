package org.steward.store.tests;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.steward.store.DerbyServer;
import org.steward.store.Store;

/**
 * Every bundle's migrations and writers through the Derby client driver: a real Derby network server on loopback (the
 * store's own {@link DerbyServer}) and the store in {@code mode=server}, a fresh database per test. (This test found
 * the writer's duplicate path failing on the client in OSGi — the client's message texts and unreleased savepoints;
 * both fixed, see docs/sensor.md.)
 */
class AllMigrationsServerTest extends AllMigrationsDerbyContractTest {
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

    @Override
    Store open(String name) throws Exception {
        String database = dir.resolve(name).toString();
        return StoreFixture.configure(Map.of("mode", "server", "host", "127.0.0.1", "port", address.port(), "database", database,
                "poolSize", 4, "poolWaitMillis", 2000L), s -> s.info().location().endsWith(database));
    }

    @Override
    boolean takesPackedBatches() {
        return true;
    }
}
