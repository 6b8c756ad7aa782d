package org.steward.sensor.tests;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;
import org.steward.testing.Osgi;

/** What the ingest tests share: an embedded store of their own, counting rows in it, waiting for the ingest's counters. */
final class Ingests {

    private Ingests() {
    }

    /** Configures the store as embedded Derby in {@code db} and returns it once it runs there. */
    static Store store(Path db) {
        String location = db.toAbsolutePath().toString();
        Osgi.start("org.steward.store", "org.steward.sensor");
        return Osgi.configure(Store.PID, Map.of("mode", "embedded", "path", location), Store.class, s -> s.info().location().equals(location));
    }

    /** Asks the store that runs with this test's configuration now (a reconfigured component is a new object). */
    static long count(Store configured, String sql) throws Exception {
        String location = configured.info().location();
        Store store = Osgi.service(Store.class, s -> s.info().location().equals(location), Osgi.DEFAULT_WAIT);
        return store.transaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Waits up to 60 s until the ingest's counters satisfy {@code done}; the failure shows them and the broker's log. */
    static void await(SensorIngest ingest, Predicate<IngestStats> done, Supplier<String> brokerLog) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (done.test(ingest.stats())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ingestion did not get there within 60 s: " + ingest.stats() + "; broker log: " + brokerLog.get());
    }
}
