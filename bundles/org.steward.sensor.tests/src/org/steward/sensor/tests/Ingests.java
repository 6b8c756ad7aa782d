package org.steward.sensor.tests;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;

/** What the ingest tests share besides {@code org.steward.testing}: waiting for the ingest's counters. */
final class Ingests {

    private Ingests() {
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
