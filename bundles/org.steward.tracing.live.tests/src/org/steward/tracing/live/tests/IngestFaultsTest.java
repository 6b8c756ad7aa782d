package org.steward.tracing.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;
import org.steward.testing.Mosquitto;
import org.steward.testing.Osgi;
import org.steward.testing.MqttPublisher;

/**
 * Faults of issue 7 against a real mosquitto and the real Derby store: a burst of malformed payloads and a flooding
 * sensor are set aside with reasons while the node stays connected and goes on storing the other sensors.
 */
class IngestFaultsTest {
    @AfterEach
    void unconfigure() throws Exception {
        Fixtures.delete(SensorIngest.PID);
    }

    private static SensorIngest ingest(String uri) {
        return Osgi.configure(SensorIngest.PID, Map.of("brokerUri", uri, "clientId", "faults-" + System.nanoTime(),
                "topicFilter", "steward/faults/+/+", "batchSize", 500), SensorIngest.class, SensorIngest::connected);
    }

    private static void await(SensorIngest ingest, Predicate<IngestStats> done) throws InterruptedException {
        Fixtures.await("ingest " + ingest.stats(), () -> done.test(ingest.stats()), 60);
    }

    @Test
    void aBurstOfMalformedPayloadsIsSetAsideWithReasonsAndTheNodeGoesOn(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Fixtures.store(db);
            SensorIngest ingest = ingest(broker.uri());
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                for (int i = 0; i < 2000; i++) {
                    switch (i % 4) {
                        case 0 -> pub.publish("steward/faults/S1/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":\"high\"}");
                        case 1 -> pub.publish("steward/faults/S1/cod", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) i}, 1);
                        case 2 -> pub.publish("steward/faults/S1/nonsense", "{\"timestamp\":\"" + t0 + "\",\"value\":1}");
                        default -> pub.publish("steward/faults/S1/cod", "[" + i);
                    }
                    if (i % 4 == 0) {
                        pub.publish("steward/faults/S2/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":42}");
                    }
                }
                await(ingest, s -> s.stored() == 500 && s.rejected() == 2000);
            }
            assertTrue(ingest.connected(), "the node stays connected");
            assertEquals(500, Fixtures.count(db, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'faults/S2'"));
            assertEquals(2000, Fixtures.count(db, "SELECT COUNT(*) FROM REJECTED_READING"));
            assertEquals(500, Fixtures.count(db, "SELECT COUNT(*) FROM REJECTED_READING WHERE REASON LIKE 'field ''value'' must be a number%'"));
            assertEquals(500, Fixtures.count(db, "SELECT COUNT(*) FROM REJECTED_READING WHERE REASON LIKE 'payload is not UTF-8%'"));
            assertEquals(500, Fixtures.count(db, "SELECT COUNT(*) FROM REJECTED_READING WHERE REASON LIKE 'unknown parameter%'"));
            assertEquals(500, Fixtures.count(db, "SELECT COUNT(*) FROM REJECTED_READING WHERE REASON LIKE 'payload is not a JSON object%'"));
            IngestStats s = ingest.stats();
            assertEquals(s.received(), s.acknowledged(), "everything received was acknowledged after its commit: " + s);
        }
    }

    @Test
    void aFloodingSensorIsBoundedAndTheOthersAreStillIngested(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Fixtures.store(db);
            SensorIngest ingest = ingest(broker.uri());
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher flood = new MqttPublisher(broker.uri()); MqttPublisher others = new MqttPublisher(broker.uri())) {
                Thread flooder = new Thread(() -> {
                    try {
                        // 10,000 readings stamped within two seconds (a sensor stuck in a loop)
                        for (int i = 0; i < 10_000; i++) {
                            flood.publish("steward/faults/F1/cod", "{\"timestamp\":\"" + t0.plusNanos(i * 200_000L) + "\",\"value\":7}");
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                flooder.start();
                for (int i = 0; i < 300; i++) {
                    for (String s : new String[] {"S1", "S2", "S3"}) {
                        others.publish("steward/faults/" + s + "/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":30}");
                    }
                }
                flooder.join();
                // default bound: 50 per sensor and second → 2 s × 50 = 100 of F1 kept, 9,900 set aside
                await(ingest, s -> s.stored() == 900 + 100 && s.rejected() == 9_900);
            }
            assertTrue(ingest.connected(), "the node stays connected");
            assertEquals(900, Fixtures.count(db, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID IN ('faults/S1','faults/S2','faults/S3')"));
            assertEquals(100, Fixtures.count(db, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'faults/F1'"));
            // bounded bookkeeping: one row per flooding sensor and second, not one per dropped reading
            assertEquals(2, Fixtures.count(db, "SELECT COUNT(*) FROM REJECTED_READING WHERE REASON LIKE 'sensor faults/F1 floods%'"));
        }
    }
}
