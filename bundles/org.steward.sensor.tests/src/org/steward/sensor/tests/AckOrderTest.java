package org.steward.sensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;
import org.steward.testing.Mosquitto;
import org.steward.testing.MqttPublisher;
import org.steward.testing.Osgi;
import org.steward.testing.TestStore;

/**
 * Two writers commit their sensors' batches independently, yet the broker receives the PUBACKs in the order it sent
 * the PUBLISHes (MQTT [MQTT-4.6.0-2]) — read from mosquitto's own log of every packet.
 */
class AckOrderTest {
    private static final Pattern SENT = Pattern.compile("Sending PUBLISH to (\\S+) \\(d\\d, q1, r\\d, m(\\d+),");
    private static final Pattern ACKED = Pattern.compile("Received PUBACK from (\\S+) \\(Mid: (\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"3.1.1", "5"})
    void twoWritersAcknowledgeInTheOrderTheBrokerSent(String mqttVersion, @TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            String clientId = "steward-acks-" + System.nanoTime();
            Osgi.start("org.steward.store", "org.steward.sensor");
            SensorIngest ingest = Osgi.configure(SensorIngest.PID, Map.of("brokerUri", broker.uri(), "clientId", clientId,
                    "batchSize", 50, "writers", 2, "mqttVersion", mqttVersion), SensorIngest.class, SensorIngest::connected);
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            int readings = 4000;
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                pub.publishAll(readings, i -> "steward/ackpark/S" + (i % 40) + "/cod",
                        i -> "{\"timestamp\":\"" + t0.plusSeconds(i / 40) + "\",\"value\":" + (10 + i % 9) + "}");
                Ingests.await(ingest, s -> s.stored() == readings && s.acknowledged() == readings, broker::log);
            }
            assertEquals(readings, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'ackpark/%'"));
            long[] busyWriters = Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                    .filter(t -> t.getThreadName().startsWith("steward-sensor-writer-")).mapToLong(ThreadInfo::getThreadId)
                    .map(id -> ManagementFactory.getThreadMXBean().getThreadCpuTime(id)).filter(cpu -> cpu > 0).toArray();
            assertTrue(busyWriters.length >= 2, "both writers took part: " + busyWriters.length);

            List<String> published = packets(broker, SENT, clientId);
            List<String> acknowledged = packets(broker, ACKED, clientId);
            assertEquals(readings, published.size(), "PUBLISHes the broker sent to the node");
            assertEquals(published, acknowledged, "PUBACKs in the order of the PUBLISHes");
            IngestStats s = ingest.stats();
            assertEquals(s.received(), s.acknowledged(), s.toString());
        }
    }

    /** The message ids of one client's packets of one kind, in the broker's log order. */
    private static List<String> packets(Mosquitto broker, Pattern kind, String clientId) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : broker.logLines()) {
            Matcher m = kind.matcher(line);
            if (m.find() && m.group(1).equals(clientId)) {
                ids.add(m.group(2));
            }
        }
        return ids;
    }
}
