package org.steward.tracing.live.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.steward.store.Store;
import org.steward.testing.Osgi;
import org.steward.testing.TestStore;

/** Shared helpers of the live tracing tests: store, configurations, the demo park. */
final class Fixtures {
    /** The demo park of the demo workspace (the tests run in this bundle's folder). */
    static final Path DEMO = Path.of("../../releng/demo-workspace/tracing").toAbsolutePath().normalize();

    private Fixtures() {
    }

    static Store store(Path db) {
        return TestStore.embedded(db, "org.steward.sensor", "org.steward.tracing.live");
    }

    static long count(Path db, String sql) throws Exception {
        return TestStore.count(db, sql);
    }

    static List<String> strings(Path db, String sql) throws Exception {
        String location = db.toAbsolutePath().toString();
        Store store = Osgi.service(Store.class, s -> s.info().location().equals(location), Osgi.DEFAULT_WAIT);
        return store.transaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Deletes a configuration and waits until what its component owned is gone too. Live tracing removes the ingest
     * configuration it wrote when it is deactivated — asynchronously, after the deletion's event reaches SCR; a
     * next test that configured the ingest meanwhile could have it removed under it (a stalled ingest).
     */
    static void delete(String pid) throws IOException, InterruptedException {
        ConfigurationAdmin admin = Osgi.service(ConfigurationAdmin.class);
        Configuration c = admin.getConfiguration(pid, "?");
        if (c.getProperties() != null) {
            c.delete();
        }
        await("configurations owned by live tracing removed", () -> {
            try {
                return admin.listConfigurations("(" + LIVE_TRACING_OWNER_KEY + "=*)") == null;
            } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }, 30);
    }

    /** The key live tracing marks its ingest configuration with (LiveTracingComponent.OWNER_KEY). */
    private static final String LIVE_TRACING_OWNER_KEY = "steward.owner";

    /** Copies the demo park (network + sidecar) into {@code dir}; returns the .inp. */
    static Path demoPark(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(DEMO.resolve("demo-park.inp"), dir.resolve("demo-park.inp"));
        Files.copy(DEMO.resolve("demo-park.attachments.csv"), dir.resolve("demo-park.attachments.csv"));
        return dir.resolve("demo-park.inp");
    }

    static void await(String what, BooleanSupplier done, long seconds) throws InterruptedException {
        await(() -> what, done, seconds);
    }

    static void await(java.util.function.Supplier<String> what, BooleanSupplier done, long seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(what.get() + " did not happen within " + seconds + " s");
    }
}
