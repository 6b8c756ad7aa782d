package org.steward.store.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.steward.store.Store;

/** Every bundle's migrations and writers on embedded Derby. */
class AllMigrationsEmbeddedTest extends AllMigrationsDerbyContractTest {

    @TempDir
    Path dir;

    @Override
    Store open(String name) throws Exception {
        return StoreFixture.embedded(dir.resolve(name), 4);
    }

    @Override
    boolean takesPackedBatches() {
        return false;
    }
}
