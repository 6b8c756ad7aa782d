package org.steward.sensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;
import org.steward.testing.Mosquitto;
import org.steward.testing.MqttPublisher;
import org.steward.testing.Osgi;
import org.steward.testing.TestStore;

/**
 * Two ingest components in one framework, as two nodes would be: different client ids, one shared subscription
 * {@code $share/g/steward/+/+/+} over MQTT 5 on a real mosquitto 2, one store. The broker hands each message to one
 * member of the group (MQTT 5.0, section 4.8.2 "Shared Subscriptions"), so every reading is received once, stored once,
 * and both components take part.
 */
class SharedSubscriptionTest {
    private static final int READINGS = 4_000;

    @Test
    void twoIngestsSharingTheSubscriptionOverMqtt5StoreEveryReadingOnce(@TempDir Path dir) throws Exception {
        Osgi.start("org.apache.felix.configadmin", "org.apache.felix.scr", "org.steward.store", "org.steward.sensor");
        ConfigurationAdmin admin = Osgi.service(ConfigurationAdmin.class);
        stopSingleIngest(admin); // another test's ingest would take its own copy of every reading
        List<Configuration> nodes = new ArrayList<>();
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            String run = Long.toString(System.nanoTime());
            for (String node : List.of("a", "b")) {
                // a factory configuration per node: SCR makes one component configuration of the ingest for each
                Configuration c = admin.getFactoryConfiguration(SensorIngest.PID, "share-" + node + "-" + run, "?");
                c.update(new Hashtable<>(Map.of("brokerUri", broker.uri(), "clientId", "share-" + node + "-" + run,
                        "topicFilter", "$share/g/steward/+/+/+", "mqttVersion", "5", "batchSize", 200)));
                nodes.add(c);
            }
            SensorIngest a = connected("share-a-" + run);
            SensorIngest b = connected("share-b-" + run);
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                pub.publishAll(READINGS, i -> "steward/sharepark/S" + (i % 40) + "/cod",
                        i -> "{\"timestamp\":\"" + t0.plusSeconds(i / 40) + "\",\"value\":" + (i % 90 + 5) + "}");
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (a.stats().acknowledged() + b.stats().acknowledged() < READINGS && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            Thread.sleep(1_000); // a reading delivered twice would arrive now
            IngestStats sa = a.stats();
            IngestStats sb = b.stats();
            String both = "a: " + sa + ", b: " + sb + "; broker log: " + broker.log();
            assertEquals(READINGS, sa.received() + sb.received(), "each message went to one member of the group: " + both);
            assertEquals(READINGS, sa.stored() + sb.stored(), both);
            assertEquals(0, sa.duplicates() + sb.duplicates() + sa.rejected() + sb.rejected(), both);
            assertEquals(READINGS, sa.acknowledged() + sb.acknowledged(), both);
            assertTrue(sa.stored() > 0 && sb.stored() > 0, "both ingests took part: " + both);
            assertEquals(READINGS, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'sharepark/%'"));
            // mosquitto logs each client's protocol version: p5 = MQTT 5
            for (String node : List.of("a", "b")) {
                String connects = broker.log(" as share-" + node + "-" + run + " ");
                assertTrue(connects.contains("(p5,"), "ingest " + node + " connected with MQTT 5: " + connects);
            }
        } finally {
            for (Configuration c : nodes) {
                c.delete();
            }
            awaitNoIngest();
        }
    }

    /** The running ingest whose configuration has this client id, once it is connected and subscribed. */
    private static SensorIngest connected(String clientId) throws Exception {
        long end = System.nanoTime() + Osgi.DEFAULT_WAIT.toNanos();
        while (System.nanoTime() < end) {
            for (ServiceReference<SensorIngest> r : Osgi.context().getServiceReferences(SensorIngest.class, "(clientId=" + clientId + ")")) {
                SensorIngest ingest = Osgi.context().getService(r);
                if (ingest != null && ingest.connected()) {
                    return ingest;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no connected ingest with client id " + clientId + " within " + Osgi.DEFAULT_WAIT.toSeconds() + " s");
    }

    private static void stopSingleIngest(ConfigurationAdmin admin) throws Exception {
        Configuration single = admin.getConfiguration(SensorIngest.PID, "?");
        if (single.getProperties() != null) {
            single.delete();
        }
        awaitNoIngest();
    }

    private static void awaitNoIngest() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Osgi.context().getServiceReferences(SensorIngest.class, null).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(Osgi.context().getServiceReferences(SensorIngest.class, null).isEmpty(), "an ingest did not stop");
    }
}
