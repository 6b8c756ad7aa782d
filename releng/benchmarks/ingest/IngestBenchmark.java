import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * End-to-end ingest mosquitto → steward-node (sensor ingest) → store at QoS 1, against a plain Paho subscriber that
 * only counts, in the same run: the same publisher sends N readings to each in turn; a rate is readings over the
 * time from the first publish to the last reading received (baseline) or stored (node: the row of the last reading
 * published, looked up by its key over JDBC every 10 ms, which costs the node next to nothing).
 * The node's CPU time per reading (user + system, from /proc/&lt;pid&gt;/stat, over the node's phase) is printed too: on a
 * machine shared with other work the rates move with the load, the CPU cost of a reading much less.
 * Two modes. {@code live}: the subscriber (baseline, then the node) is connected while the publisher sends, so on a small
 * machine the publisher competes with it for CPU. {@code backlog}: the broker queues the N readings while the subscriber
 * is away (persistent session, clean session off, QoS 1; mosquitto with max_queued_messages 0 = unlimited), then the
 * subscriber comes back and drains them: the publisher no longer runs during the measurement, so this measures what the
 * subscriber sustains. Both subscribers are measured the same way in the same run.
 * Args: brokerUri jdbcUrl readings sensors [nodePid] [live|backlog] [node start script (backlog)]
 */
public class IngestBenchmark {
    /** Most QoS 1 publishes the publisher keeps unacknowledged. */
    private static final int WINDOW = 5000;

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
        long nodePid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        String mode = args.length > 5 ? args[5] : "live";
        Instant t0 = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Result baseline;
        Result node;
        if (mode.equals("backlog")) {
            if (args.length < 7) {
                throw new IllegalArgumentException("backlog mode needs the node's start script as 7th argument");
            }
            baseline = baselineBacklog(broker, n, sensors, t0);
            node = nodeBacklog(broker, jdbc, n, sensors, t0, nodePid, Path.of(args[6]));
        } else {
            baseline = baselineLive(broker, n, sensors, t0);
            node = nodeLive(broker, jdbc, n, sensors, t0, nodePid);
        }
        System.out.printf("mode %s: %s%n", mode, mode.equals("backlog")
                ? "the broker queues the readings while the subscriber is away, then the subscriber drains them"
                : "the subscriber is connected while the publisher sends");
        System.out.printf("readings %d from %d sensors at QoS 1%n", n, sensors);
        System.out.printf("baseline (plain Paho subscriber, counts only): %.0f readings/s%n", baseline.rate());
        System.out.printf("steward-node ingest into the store:            %.0f readings/s (%d stored)%n", node.rate(), node.count());
        System.out.printf("ratio node/baseline: %.2f (target >= 0.5; target rate >= 30000/s)%n", node.rate() / baseline.rate());
        if (node.cpuTicks() >= 0 && node.count() > 0) {
            System.out.printf("node CPU (user+system) per reading: %.1f us%n", node.cpuTicks() * 10_000.0 / node.count()); // 100 ticks/s
        }
    }

    /** Readings over seconds; {@code count} readings measured, {@code cpuTicks} of the node over them (-1: unknown). */
    private record Result(double rate, long count, long cpuTicks) {
    }

    /** Live: a plain subscriber that only counts, from the first publish to the last reading received. */
    private static Result baselineLive(String broker, int n, int sensors, Instant t0) throws Exception {
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
        sub.disconnect();
        sub.close();
        return new Result(n / ((lastNanos.get() - start) / 1e9), n, -1);
    }

    /**
     * Backlog: the subscriber subscribes with a persistent session (clean session off) and goes away; the publisher
     * sends N readings, which the broker queues; the subscriber comes back and drains them. The rate is over the
     * time from the first reading received to the last (the same measure as the node's).
     */
    private static Result baselineBacklog(String broker, int n, int sensors, Instant t0) throws Exception {
        MqttConnectOptions so = new MqttConnectOptions();
        so.setCleanSession(false);
        so.setMaxInflight(5000);
        MqttClient sub = new MqttClient(broker, "bench-baseline-backlog", new MemoryPersistence());
        sub.connect(so);
        sub.subscribe("bench/+/+/+", 1);
        sub.disconnect();
        publish(broker, "bench", n, sensors, t0);
        AtomicLong count = new AtomicLong();
        AtomicLong firstNanos = new AtomicLong();
        AtomicLong lastNanos = new AtomicLong();
        sub.setCallback(new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                long now = System.nanoTime();
                if (count.incrementAndGet() == 1) {
                    firstNanos.set(now);
                }
                lastNanos.set(now);
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }

            @Override
            public void connectionLost(Throwable cause) {
            }
        });
        sub.connect(so);
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (count.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        sub.disconnect();
        sub.close();
        if (count.get() < n) {
            throw new IllegalStateException("the baseline received " + count.get() + " of " + n + " queued readings");
        }
        return new Result((n - 1) / ((lastNanos.get() - firstNanos.get()) / 1e9), n, -1);
    }

    /** Live: from the first publish to the last reading stored (rows counted over JDBC). */
    private static Result nodeLive(String broker, String jdbc, int n, int sensors, Instant t0, long nodePid) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc)) {
            long before = count(c);
            long cpuBefore = cpuTicks(nodePid);
            long start = System.nanoTime();
            publish(broker, "steward", n, sensors, t0);
            long end = waitForLast(c, n, sensors, t0, start + 600_000_000_000L);
            long cpu = nodePid > 0 ? cpuTicks(nodePid) - cpuBefore : -1;
            long stored = count(c) - before;
            return new Result(stored / ((end - start) / 1e9), stored, cpu);
        }
    }

    /**
     * Backlog: the node is stopped (SIGTERM: its ingest disconnects, the broker keeps its persistent session), the
     * publisher sends N readings, which the broker queues, and the node is started again (same store). The rate is
     * over the time from the first rows seen stored to the last (polled every 10 ms until the first rows appear, so
     * the node's start-up is not counted), and so is the node's CPU time.
     */
    private static Result nodeBacklog(String broker, String jdbc, int n, int sensors, Instant t0, long nodePid, Path startScript)
            throws Exception {
        long before;
        try (Connection c = DriverManager.getConnection(jdbc)) {
            before = count(c);
        }
        ProcessHandle old = ProcessHandle.of(nodePid).orElseThrow(() -> new IllegalStateException("no node process " + nodePid));
        old.destroy();
        old.onExit().get(60, TimeUnit.SECONDS);
        publish(broker, "steward", n, sensors, t0);
        Process node = new ProcessBuilder("bash", startScript.toString()).inheritIO().start();
        try {
            long deadline = System.nanoTime() + 600_000_000_000L;
            Connection c = null;
            while (c == null) {
                try {
                    c = DriverManager.getConnection(jdbc);
                } catch (java.sql.SQLException e) {
                    if (System.nanoTime() > deadline || !node.isAlive()) {
                        throw e;
                    }
                    Thread.sleep(10);
                }
            }
            try (Connection cc = c) {
                long pid = node.pid();
                while (!anyRow(cc) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                long start = System.nanoTime();
                long cpuStart = cpuTicks(pid);
                long first = count(cc) - before; // the first batch (or few): a small table still, a cheap count
                long end = waitForLast(cc, n, sensors, t0, deadline);
                long cpu = cpuTicks(pid) - cpuStart;
                long stored = count(cc) - before;
                if (stored < n) {
                    throw new IllegalStateException("the node stored " + stored + " of " + n + " queued readings");
                }
                return new Result((stored - first) / ((end - start) / 1e9), stored - first, cpu);
            }
        } finally {
            node.destroy();
            node.onExit().get(60, TimeUnit.SECONDS);
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

    /**
     * Waits until the last reading published is stored and returns when it was seen (polled every 10 ms). The node
     * commits in arrival order and the broker delivers in publishing order, so the last reading's row means all are
     * stored; the look-up by key costs the node next to nothing, unlike a COUNT(*) that scans the growing index.
     */
    private static long waitForLast(Connection c, int n, int sensors, Instant t0, long deadline) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM READING WHERE SENSOR_ID = ? AND PARAMETER = 'cod' AND TS = ?")) {
            ps.setString(1, "bench/S" + (n - 1) % sensors);
            ps.setTimestamp(2, Timestamp.from(t0.plusSeconds((n - 1) / sensors)));
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return System.nanoTime();
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the last reading was not stored within 10 minutes");
                }
                Thread.sleep(10);
            }
        }
    }

    private static boolean anyRow(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM READING FETCH FIRST 1 ROWS ONLY")) {
            return rs.next();
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
        o.setMaxInflight(WINDOW + 100);
        pub.connect(o).waitForCompletion();
        for (int i = 0; i < n; i++) {
            int s = i % sensors;
            Instant t = t0.plusSeconds(i / sensors);
            byte[] payload = ("{\"timestamp\":\"" + t + "\",\"value\":" + (100 + i % 50) + "}").getBytes(StandardCharsets.UTF_8);
            MqttMessage m = new MqttMessage(payload);
            m.setQos(1);
            // Wait for room in the window rather than retrying on "max inflight": Paho 1.2.5 takes a message id for
            // each refused publish and does not give it back, so retries ran out of ids (32001) under load.
            while (pub.getInFlightMessageCount() >= WINDOW) {
                Thread.onSpinWait();
            }
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
