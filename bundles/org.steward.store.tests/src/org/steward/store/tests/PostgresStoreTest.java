package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.store.Store;
import org.steward.store.StoreException;
import org.steward.store.internal.PostgresDb;
import org.steward.testing.PostgresServer;

/** The store contract on a real PostgreSQL 15 started by the test; each test gets fresh databases. */
class PostgresStoreTest extends StoreContractTest {
    private static final AtomicInteger TESTS = new AtomicInteger();
    private static PostgresServer server;
    private final String prefix = "t" + TESTS.incrementAndGet() + "_";
    private final Set<String> created = new HashSet<>();

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
    Store open(String name, int poolSize) throws Exception {
        String database = prefix + name;
        if (created.add(database)) {
            server.createDatabase(database);
        }
        String location = "127.0.0.1:" + server.port() + "/" + database;
        return StoreFixture.configure(Map.of("mode", "postgresql", "host", "127.0.0.1", "port", server.port(), "database", database,
                "user", PostgresServer.USER, "poolSize", poolSize, "poolWaitMillis", 300L), s -> s.info().location().equals(location));
    }

    @Override
    String mode() {
        return "postgresql";
    }

    @Test
    void backupAndRestoreSayToUsePgDump() throws Exception {
        Store store = open("db", 2);
        assertEquals(-1, store.info().sizeBytes(), "the files are on the server");
        StoreException backup = assertThrows(StoreException.class, () -> store.backup(Path.of("/tmp/never")));
        assertTrue(backup.getMessage().contains("pg_dump"), backup.getMessage());
        StoreException restore = assertThrows(StoreException.class, () -> store.restore(Path.of("/tmp/never")));
        assertTrue(restore.getMessage().startsWith("restore works on Derby only"), restore.getMessage());
    }

    @Test
    void thePasswordComesFromTheNamedEnvironmentVariable() throws Exception {
        assertEquals(Optional.empty(), PostgresDb.password("", Map.of()));
        assertEquals(Optional.of("s3cret"), PostgresDb.password("STEWARD_DB_PASSWORD", Map.of("STEWARD_DB_PASSWORD", "s3cret")));
        SQLException e = assertThrows(SQLException.class, () -> PostgresDb.password("STEWARD_DB_PASSWORD", Map.of()));
        assertTrue(e.getMessage().contains("environment variable STEWARD_DB_PASSWORD (key passwordEnv) is not set"), e.getMessage());
    }
}
