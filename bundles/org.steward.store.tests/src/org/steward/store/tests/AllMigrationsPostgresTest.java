package org.steward.store.tests;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.steward.store.Store;
import org.steward.testing.PostgresServer;

/** Every bundle's migrations and writers on a real PostgreSQL 15 started by the test; a fresh database per test. */
class AllMigrationsPostgresTest extends AllMigrationsContractTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer server;

    @BeforeAll
    static void startPostgres() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    Store open(String name) throws Exception {
        String database = "all" + DATABASES.incrementAndGet() + "_" + name;
        server.createDatabase(database);
        String location = "127.0.0.1:" + server.port() + "/" + database;
        return StoreFixture.configure(Map.of("mode", "postgresql", "host", "127.0.0.1", "port", server.port(), "database", database,
                "user", PostgresServer.USER, "poolSize", 4, "poolWaitMillis", 2000L), s -> s.info().location().equals(location));
    }

    @Override
    boolean takesPackedBatches() {
        return false;
    }
}
