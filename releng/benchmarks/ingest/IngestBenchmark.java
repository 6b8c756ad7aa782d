import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * End-to-end ingest mosquitto → steward-node (sensor ingest) → store at QoS 1, against a plain Paho subscriber that
 * only counts, in the same run: the same publisher sends N readings to each in turn; a rate is readings over the
 * time from the first publish to the last reading received (baseline) or stored (node, polled over JDBC: every 200 ms
 * up to 90 % of the readings, then every 10 ms, so the polling itself costs the node little).
 * The node's CPU time per reading (user + system, from /proc/&lt;pid&gt;/stat, over the node's phase) is printed too: on a
 * machine shared with other work the rates move with the load, the CPU cost of a reading much less.
 * Args: brokerUri jdbcUrl readings sensors [nodePid]
 */
public class IngestBenchmark {
    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace(); // and exit: Paho's client threads would keep the JVM alive
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String broker = args[0];
        String jdbc = args[1];
        int n = Integer.parseInt(args[2]);
        int sensors = Integer.parseInt(args[3]);
        Instant t0 = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        // baseline: a plain subscriber that only counts
        AtomicLong count = new AtomicLong();
        AtomicLong lastNanos = new AtomicLong();
        MqttClient sub = new MqttClient(broker, "bench-baseline", new MemoryPersistence());
        MqttConnectOptions so = new MqttConnectOptions();
        so.setMaxInflight(5000);
        sub.connect(so);
        sub.subscribe("bench/+/+/+", 1, (t, m) -> {
            count.incrementAndGet();
            lastNanos.set(System.nanoTime());
        });
        long start = System.nanoTime();
        publish(broker, "bench", n, sensors, t0);
        while (count.get() < n) {
            Thread.sleep(5);
        }
        double baseline = n / ((lastNanos.get() - start) / 1e9);
        sub.disconnect();
        sub.close();

        // the node: count the stored rows
        long nodePid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        try (Connection c = DriverManager.getConnection(jdbc)) {
            long before = count(c);
            long cpuBefore = cpuTicks(nodePid);
            start = System.nanoTime();
            publish(broker, "steward", n, sensors, t0);
            long stored = 0;
            long end;
            do {
                // COUNT(*) scans the key index: poll rarely while far from the end, often near it
                Thread.sleep(stored < n * 9L / 10 ? 200 : 10);
                stored = count(c) - before;
                end = System.nanoTime();
            } while (stored < n && (end - start) < 600_000_000_000L);
            double node = stored / ((end - start) / 1e9);
            System.out.printf("readings %d from %d sensors at QoS 1%n", n, sensors);
            System.out.printf("baseline (plain Paho subscriber, counts only): %.0f readings/s%n", baseline);
            System.out.printf("steward-node ingest into the store:            %.0f readings/s (%d stored)%n", node, stored);
            System.out.printf("ratio node/baseline: %.2f (target >= 0.5; target rate >= 30000/s)%n", node / baseline);
            long cpu = cpuTicks(nodePid) - cpuBefore;
            if (nodePid > 0 && stored > 0) {
                System.out.printf("node CPU (user+system) per reading: %.1f us%n", cpu * 10_000.0 / stored); // 100 ticks/s
            }
        }
    }

    /** utime + stime of a process in clock ticks (Linux: 100 per second), or 0. */
    private static long cpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of the line
        } catch (Exception e) {
            return 0;
        }
    }

    private static long count(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM READING")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void publish(String broker, String root, int n, int sensors, Instant t0) throws Exception {
        MqttAsyncClient pub = new MqttAsyncClient(broker, "bench-pub-" + root, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMaxInflight(5000);
        pub.connect(o).waitForCompletion();
        for (int i = 0; i < n; i++) {
            int s = i % sensors;
            Instant t = t0.plusSeconds(i / sensors);
            byte[] payload = ("{\"timestamp\":\"" + t + "\",\"value\":" + (100 + i % 50) + "}").getBytes(StandardCharsets.UTF_8);
            MqttMessage m = new MqttMessage(payload);
            m.setQos(1);
            while (true) {
                try {
                    pub.publish(root + "/bench/S" + s + "/cod", m);
                    break;
                } catch (MqttException e) {
                    if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
                        throw e;
                    }
                    Thread.onSpinWait();
                }
            }
        }
        while (pub.getPendingDeliveryTokens().length > 0) {
            Thread.sleep(5);
        }
        pub.disconnect().waitForCompletion();
        pub.close();
    }
}
