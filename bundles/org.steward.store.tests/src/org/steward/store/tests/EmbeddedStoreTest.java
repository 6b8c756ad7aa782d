package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.store.Store;
import org.steward.store.StoreException;

/** The store contract on embedded Derby in a temporary folder, plus what only Derby does (size, backup, restore). */
class EmbeddedStoreTest extends StoreContractTest {

    @TempDir
    Path dir;

    @Override
    Store open(String name, int poolSize) throws Exception {
        return StoreFixture.embedded(dir.resolve(name), poolSize);
    }

    @Override
    String mode() {
        return "embedded";
    }

    @Test
    void theSizeOfTheDatabaseFolderIsReported() throws Exception {
        assertTrue(open("db", 4).info().sizeBytes() > 0);
    }

    @Test
    void onlineBackupAndRestore() throws Exception {
        Store store = open("db", 4);
        store.transaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO TANK (ID, NAME) VALUES (2, 'before backup')");
            }
        });
        Path copy = store.backup(dir.resolve("backups"));
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), copy.toString());
        assertTrue(store.info().lastBackup().isPresent());
        store.transaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO TANK (ID, NAME) VALUES (3, 'after backup')");
            }
        });
        assertEquals(3, count(store, "TANK"));
        store.restore(copy);
        assertEquals(2, count(store, "TANK"));
        StoreException bad = assertThrows(StoreException.class, () -> store.restore(dir));
        assertTrue(bad.getMessage().contains("not a Derby backup copy"), bad.getMessage());
        assertEquals(2, count(store, "TANK"), "a refused restore changes nothing");
    }
}
