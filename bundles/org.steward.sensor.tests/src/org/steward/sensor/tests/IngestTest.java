package org.steward.sensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;
import org.steward.store.DerbyServer;
import org.steward.store.Store;
import org.steward.testing.Mosquitto;
import org.steward.testing.MqttPublisher;
import org.steward.testing.Osgi;
import org.steward.testing.TestStore;

/**
 * End to end against a real mosquitto: readings published at QoS 1 land in the real Derby store, malformed ones are
 * set aside with their reason, redelivered ones are dropped by key, and a broker restart loses nothing.
 */
class IngestTest {
    @Test
    void readingsReachTheStoreAndBadOnesAreSetAside(@TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            SensorIngest ingest = configureIngest(broker.uri());
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                for (int i = 0; i < 1000; i++) {
                    for (String sensor : new String[] {"S1", "S2", "S3"}) {
                        pub.publish("steward/testpark/" + sensor + "/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":" + (20 + i % 7) + "}");
                    }
                }
                pub.publish("steward/testpark/S1/cod", "{not json");
                pub.publish("steward/testpark/S1/cod", new byte[] {(byte) 0xFF, 0, 1, 2}, 1);
                pub.publish("steward/testpark/S1/ph", "{\"timestamp\":\"" + t0 + "\",\"value\":99}");
                pub.publish("steward/testpark/S1/cod", "{\"timestamp\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\",\"value\":1}");
                pub.publish("steward/testpark//cod", "{}"); // empty sensor level: matches the filter, refused by the parser
                Ingests.await(ingest, s -> s.stored() == 3000 && s.rejected() == 5, broker::log);
                assertEquals(3000, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'testpark/%'"));
                assertEquals(5, TestStore.count(store, "SELECT COUNT(*) FROM REJECTED_READING"));
                assertEquals(1, TestStore.count(store, "SELECT COUNT(*) FROM REJECTED_READING WHERE REASON LIKE '%outside the plausible range%'"));

                // Redelivery: the same keys again are counted as duplicates and stored once.
                pub.publishAll(500, i -> "steward/testpark/S1/cod", i -> "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":1}");
                Ingests.await(ingest, s -> s.duplicates() == 500, broker::log);
                assertEquals(3000, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'testpark/%'"));
            }

            // Broker restart: the node reconnects, resubscribes and goes on.
            broker.stop();
            broker.start();
            long until = System.nanoTime() + 30_000_000_000L;
            while (!ingest.connected() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertTrue(ingest.connected(), "the node did not reconnect within 30 s; broker log: " + broker.log());
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                pub.publishAll(1000, i -> "steward/testpark/S9/cod", i -> "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":5}");
                Ingests.await(ingest, s -> s.stored() == 4000, broker::log);
            }
            assertEquals(1000, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'testpark/S9'"));
            IngestStats s = ingest.stats();
            assertEquals(s.received(), s.acknowledged(), "every message received was acknowledged after its commit: " + s);
        }
    }

    /**
     * The store refuses batches (a lock held elsewhere, Derby's lock wait cut to 1 s) while the publisher keeps the
     * ingest's queue full: each failed batch starts a new session, and the callback blocked on the full queue must not
     * stall that restart. Once the lock goes, every reading arrives, once.
     */
    @Test
    void batchesTheStoreRefusesWhileTheQueueIsFullAreRedeliveredOnceItAcceptsThem(@TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            SensorIngest ingest = configure(SensorIngest.PID, Map.of("brokerUri", broker.uri(), "clientId", "steward-lock-" + System.nanoTime(),
                    "batchSize", 5, "maxInflight", 5), SensorIngest.class, SensorIngest::connected);
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            int readings = 2_000;
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                pub.publish("steward/lockpark/S0/cod", "{\"timestamp\":\"" + t0 + "\",\"value\":1}");
                Ingests.await(ingest, s -> s.stored() == 1, broker::log); // the table exists
                Store current = Osgi.service(Store.class, x -> x.info().location().equals(store.info().location()), Osgi.DEFAULT_WAIT);
                try (java.sql.Connection lock = current.connection(); Statement st = lock.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
                    lock.setAutoCommit(false);
                    st.execute("LOCK TABLE READING IN EXCLUSIVE MODE");
                    for (int i = 1; i <= readings; i++) {
                        pub.publish("steward/lockpark/S" + (i % 20) + "/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":2}");
                    }
                    Thread.sleep(4_000); // several batches refused, several sessions restarted
                    assertEquals(1, ingest.stats().stored(), "nothing is stored while the table is locked: " + ingest.stats());
                    lock.commit();
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', NULL)");
                    lock.commit();
                }
                Ingests.await(ingest, s -> s.stored() == readings + 1, broker::log);
            }
            assertEquals(readings + 1, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'lockpark/%'"));
            assertTrue(ingest.connected(), "still connected after the restarts");
        }
    }

    /**
     * The same redelivery on a Derby network server (the shared store of several nodes): a batch mixing new readings
     * with ones already stored fails in the client driver as a whole (XJ208 with the duplicate key chained) and is
     * redone row by row. This is what a node restarted after kill -9 receives first; with the client's error texts
     * missing in OSGi the driver threw MissingResourceException instead, the batch was never stored and ingest stalled.
     */
    @Test
    void redeliveredReadingsOnADerbyNetworkServerAreStoredOnce(@TempDir Path dir) throws Exception {
        Osgi.start("org.steward.store", "org.steward.sensor");
        DerbyServer server = Osgi.service(DerbyServer.class, x -> true, Osgi.DEFAULT_WAIT);
        DerbyServer.Address address = server.start("127.0.0.1", 0);
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            String database = dir.resolve("served").toAbsolutePath().toString();
            Store store = configure(Store.PID, Map.of("mode", "server", "host", "127.0.0.1", "port", address.port(), "database", database),
                    Store.class, x -> x.info().location().endsWith(database));
            SensorIngest ingest = configureIngest(broker.uri());
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                for (int i = 0; i < 600; i++) {
                    pub.publish("steward/serverpark/S" + (i % 3) + "/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":7}");
                }
                Ingests.await(ingest, s -> s.stored() == 600, broker::log);
                // 300 already stored (every other one), interleaved with 300 new: each batch holds both.
                for (int i = 0; i < 600; i++) {
                    int second = i % 2 == 0 ? i : 600 + i;
                    pub.publish("steward/serverpark/S" + (i % 3) + "/cod", "{\"timestamp\":\"" + t0.plusSeconds(second) + "\",\"value\":8}");
                }
                Ingests.await(ingest, s -> s.stored() == 900 && s.duplicates() == 300, broker::log);
            }
            assertEquals(900, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'serverpark/%'"));
            assertEquals(300, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'serverpark/%' AND READING_VALUE = 8"),
                    "the stored value of a duplicate is the first one");
            IngestStats s = ingest.stats();
            assertEquals(s.received(), s.acknowledged(), "every message acknowledged after its commit: " + s);
        } finally {
            server.stop();
        }
    }

    private static <T> T configure(String pid, Map<String, Object> props, Class<T> type, Predicate<T> ready) {
        Osgi.start("org.steward.store", "org.steward.sensor");
        return Osgi.configure(pid, props, type, ready);
    }

    private static SensorIngest configureIngest(String uri) throws Exception {
        return configure(SensorIngest.PID, Map.of("brokerUri", uri, "clientId", "steward-test-" + System.nanoTime(), "batchSize", 200),
                SensorIngest.class, SensorIngest::connected);
    }
}
