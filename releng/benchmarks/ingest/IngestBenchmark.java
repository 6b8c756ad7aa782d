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
 * Three modes. {@code live}: the subscriber (baseline, then the node) is connected while the publisher sends, so on a
 * small machine the publisher competes with it for CPU. {@code backlog}: the broker queues the N readings while the
 * subscriber is away (persistent session, clean session off, QoS 1; mosquitto with max_queued_messages 0 = unlimited),
 * then the subscriber comes back and drains them: the publisher no longer runs during the measurement, so this measures
 * what the subscriber sustains. The node stays up and warm: it first drains max(N, 300,000) warm-up readings the same way (so that its
 * code is compiled for a drain, as in a node that has been running; the baseline drains N first), then its ingest is paused by removing its configuration file from
 * {@code deploy/} (the component disconnects, the broker keeps the session) and resumed by putting the file back.
 * {@code restart}: as backlog, but the node is stopped (SIGTERM) and started again on the same store: what a node
 * catching up after a restart does, with a cold JVM whose JIT compiler competes for the CPU during the drain.
 * Both subscribers are measured the same way in the same run.
 * Args: brokerUri jdbcUrl readings sensors [nodePid] [live|backlog|restart]
 *       [backlog: the ingest .cfg in the node's deploy/ folder, mosquitto's log | restart: the node start script]
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
        if (mode.equals("restart")) {
            if (args.length < 7) {
                throw new IllegalArgumentException("restart mode needs the node's start script as 7th argument");
            }
            baseline = baselineBacklog(broker, n, sensors, t0);
            node = nodeRestart(broker, jdbc, n, sensors, t0, nodePid, Path.of(args[6]));
        } else if (mode.equals("backlog")) {
            if (args.length < 8) {
                throw new IllegalArgumentException("backlog mode needs the node's deploy/ ingest .cfg and mosquitto's log");
            }
            baselineBacklog(broker, n, sensors, t0.minus(1, ChronoUnit.DAYS)); // warm-up, as the node gets one
            baseline = baselineBacklog(broker, n, sensors, t0);
            node = nodeBacklog(broker, jdbc, n, sensors, t0, nodePid, Path.of(args[6]), Path.of(args[7]));
        } else {
            baseline = baselineLive(broker, n, sensors, t0);
            node = nodeLive(broker, jdbc, n, sensors, t0, nodePid);
        }
        System.out.printf("mode %s: %s%n", mode, switch (mode) {
            case "backlog" -> "the broker queues the readings while the subscriber is away, then the subscriber drains them"
                    + " (the node warm: its ingest paused and resumed)";
            case "restart" -> "the broker queues the readings while the subscriber is away, then the subscriber drains them"
                    + " (the node restarted: a cold JVM)";
            default -> "the subscriber is connected while the publisher sends";
        });
        System.out.printf("readings %d from %d sensors at QoS 1%n", n, sensors);
        System.out.printf("baseline (plain Paho subscriber, counts only): %.0f readings/s%n", baseline.rate());
        System.out.printf("steward-node ingest into the store:            %.0f readings/s (%d stored)%n", node.rate(), node.count());
        System.out.printf("ratio node/baseline: %.2f (target >= 0.5; target rate >= 30000/s)%n", node.rate() / baseline.rate());
        if (node.cpuTicks() >= 0 && node.count() > 0) {
            System.out.printf("node CPU (user+system) per reading: %.1f us%n", node.cpuTicks() * 10_000.0 / node.count()); // 100 ticks/s
        }
        if (!node.threadTicks().isEmpty()) {
            StringBuilder by = new StringBuilder("node CPU per reading by thread:");
            node.threadTicks().entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(e -> by.append(String.format(" %s %.1f us,", e.getKey(), e.getValue() * 10_000.0 / node.count())));
            System.out.println(by.substring(0, by.length() - 1));
        }
    }

    /** Readings over seconds; {@code count} readings measured, {@code cpuTicks} of the node over them (-1: unknown). */
    private record Result(double rate, long count, long cpuTicks, java.util.Map<String, Long> threadTicks) {
        Result(double rate, long count, long cpuTicks) {
            this(rate, count, cpuTicks, java.util.Map.of());
        }
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
        publish(broker, "bench", "bench", n, sensors, t0);
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
        publish(broker, "bench", "bench", n, sensors, t0);
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
            publish(broker, "steward", "bench", n, sensors, t0);
            long end = waitForLast(c, "bench", n, sensors, t0, start + 600_000_000_000L);
            long cpu = nodePid > 0 ? cpuTicks(nodePid) - cpuBefore : -1;
            long stored = count(c) - before;
            return new Result(stored / ((end - start) / 1e9), stored, cpu);
        }
    }

    /**
     * Restart: the node is stopped (SIGTERM: its ingest disconnects, the broker keeps its persistent session), the
     * publisher sends N readings, which the broker queues, and the node is started again (same store). The rate is
     * over the time from the first rows seen stored to the last (polled every 10 ms until the first rows appear, so
     * the node's start-up is not counted), and so is the node's CPU time.
     */
    private static Result nodeRestart(String broker, String jdbc, int n, int sensors, Instant t0, long nodePid, Path startScript)
            throws Exception {
        long before;
        try (Connection c = DriverManager.getConnection(jdbc)) {
            before = countPark(c, "bench");
        }
        ProcessHandle old = ProcessHandle.of(nodePid).orElseThrow(() -> new IllegalStateException("no node process " + nodePid));
        old.destroy();
        old.onExit().get(60, TimeUnit.SECONDS);
        publish(broker, "steward", "bench", n, sensors, t0);
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
                long first = countPark(cc, "bench") - before; // the first batch (or few): a key range, a cheap count
                long end = waitForLast(cc, "bench", n, sensors, t0, deadline);
                long cpu = cpuTicks(pid) - cpuStart;
                long stored = countPark(cc, "bench") - before;
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

    /**
     * Backlog with a warm node: max(N, 300,000) warm-up readings (system property {@code warmup}; a day earlier, so other keys) are
     * queued while the node's ingest is paused and drained first — fewer, or published live, leave code still being
     * compiled by the JIT during the measurement; then the node's ingest is paused by moving its {@code deploy/} configuration file away (File Install deletes the
     * configuration, the component disconnects and the broker keeps its session), the N readings are published and
     * queued, and the file is put back. The rate is over the time from the first of these readings seen stored to the
     * last, and so is the node's CPU time.
     */
    private static Result nodeBacklog(String broker, String jdbc, int n, int sensors, Instant t0, long nodePid, Path ingestCfg,
            Path brokerLog) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc)) {
            long deadline = System.nanoTime() + 600_000_000_000L;
            Instant warmT0 = t0.minus(1, ChronoUnit.DAYS);
            int warmUp = Integer.getInteger("warmup", Math.max(n, 300_000));
            // The warm-up is a drain too: warmed up on live traffic (small batches, the publisher sharing the CPU) the
            // JIT compiled other paths and recompiled during the measured drain (5-15 us of compiler CPU per reading).
            queueWhilePaused(broker, warmUp, sensors, warmT0, "warm", ingestCfg, brokerLog, deadline);
            waitForLast(c, "warm", warmUp, sensors, warmT0, deadline);
            queueWhilePaused(broker, n, sensors, t0, "bench", ingestCfg, brokerLog, deadline);
            waitForKey(c, "bench", 0, sensors, t0, deadline);
            long start = System.nanoTime();
            long cpuStart = cpuTicks(nodePid);
            long dbPid = Long.getLong("dbpid", -1); // the Derby network server's process (--store server)
            long dbCpuStart = dbPid > 0 ? cpuTicks(dbPid) : 0;
            java.util.Map<String, Long> threadsStart = threadTicks(nodePid);
            long first = countPark(c, "bench"); // this run's rows so far: a key range of the first batch or two
            long end = waitForLast(c, "bench", n, sensors, t0, deadline);
            long cpu = cpuTicks(nodePid) - cpuStart;
            long dbCpu = dbPid > 0 ? cpuTicks(dbPid) - dbCpuStart : 0;
            java.util.Map<String, Long> threads = threadTicks(nodePid);
            threadsStart.forEach((name, ticks) -> threads.computeIfPresent(name, (k, v) -> v - ticks));
            long stored = countPark(c, "bench");
            if (stored < n) {
                throw new IllegalStateException("the node stored " + stored + " of " + n + " queued readings");
            }
            if (dbPid > 0) {
                System.out.printf("Derby network server CPU (user+system) per reading: %.1f us%n", dbCpu * 10_000.0 / (stored - first));
            }
            return new Result((stored - first) / ((end - start) / 1e9), stored - first, cpu, threads);
        }
    }

    /**
     * Pauses the node's ingest (its configuration file moved out of {@code deploy/}; the broker keeps its session),
     * publishes {@code n} readings of {@code park}, which the broker queues, and resumes the ingest.
     */
    private static void queueWhilePaused(String broker, int n, int sensors, Instant t0, String park, Path ingestCfg,
            Path brokerLog, long deadline) throws Exception {
        Path paused = ingestCfg.resolveSibling(ingestCfg.getFileName() + ".paused");
        long disconnects = brokerLogLines(brokerLog, "bench-node disconnected");
        java.nio.file.Files.move(ingestCfg, paused);
        waitForBrokerLog(brokerLog, "bench-node disconnected", disconnects + 1, deadline);
        publish(broker, "steward", park, n, sensors, t0);
        java.nio.file.Files.move(paused, ingestCfg);
    }

    /** Lines of mosquitto's log that contain {@code text}. */
    private static long brokerLogLines(Path log, String text) throws java.io.IOException {
        try (var lines = java.nio.file.Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    private static void waitForBrokerLog(Path log, String text, long lines, long deadline) throws Exception {
        while (brokerLogLines(log, text) < lines) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("mosquitto's log never said '" + text + "'");
            }
            Thread.sleep(20);
        }
    }

    /**
     * utime + stime of each thread of a process in clock ticks, summed by thread name with digits dropped (so the JIT's
     * compiler threads, the GC's workers or several writers count as one).
     */
    private static java.util.Map<String, Long> threadTicks(long pid) {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    ticks.merge(name, ticksOf(stat), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return new java.util.HashMap<>();
        }
        return ticks;
    }

    /** utime + stime of a process in clock ticks (Linux: 100 per second), or 0. */
    private static long cpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            return ticksOf(stat);
        } catch (Exception e) {
            return 0;
        }
    }

    /** utime + stime from a /proc/…/stat line: fields 14 and 15, counted after the command name in parentheses. */
    private static long ticksOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /**
     * Waits until the last reading published is stored and returns when that was seen (polled every 10 ms): first the
     * very last reading, then the last reading of every sensor not seen yet. A sensor's readings are committed in the
     * order they were published (one writer per sensor, batches in arrival order), so its last row means all of its
     * rows; with several writers one may still be committing when another stored the very last reading. Key look-ups
     * cost the node next to nothing, unlike a COUNT(*) that scans the growing key index.
     */
    private static long waitForLast(Connection c, String park, int n, int sensors, Instant t0, long deadline) throws Exception {
        long seen = waitForKey(c, park, n - 1, sensors, t0, deadline);
        java.util.List<Integer> missing = new java.util.ArrayList<>();
        for (int i = Math.max(0, n - sensors); i < n - 1; i++) {
            missing.add(i);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM READING WHERE SENSOR_ID = ? AND PARAMETER = 'cod' AND TS = ?")) {
            while (!missing.isEmpty()) {
                for (java.util.Iterator<Integer> it = missing.iterator(); it.hasNext();) {
                    int i = it.next();
                    ps.setString(1, park + "/S" + i % sensors);
                    ps.setTimestamp(2, Timestamp.from(t0.plusSeconds(i / sensors)));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            it.remove();
                            seen = System.nanoTime();
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(missing.size() + " sensors' last readings were not stored within 10 minutes");
                    }
                    Thread.sleep(10);
                }
            }
        }
        return seen;
    }

    /** Waits until reading number {@code i} of a run published from {@code t0} is stored; returns when it was seen. */
    private static long waitForKey(Connection c, String park, int i, int sensors, Instant t0, long deadline) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM READING WHERE SENSOR_ID = ? AND PARAMETER = 'cod' AND TS = ?")) {
            ps.setString(1, park + "/S" + i % sensors);
            ps.setTimestamp(2, Timestamp.from(t0.plusSeconds(i / sensors)));
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return System.nanoTime();
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + i + " was not stored within 10 minutes");
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

    /**
     * Rows of one park's sensors: a range of the key index (sensor ids start with the park), not the whole table. Read
     * uncommitted ({@code WITH UR}): at committed isolation the scan would wait for each writer's uncommitted rows in the
     * range, again and again while they insert, and come back late with a count of much more than the moment's. A
     * batch still being committed is counted as done, so the rate measured after this count errs low, not high.
     */
    private static long countPark(Connection c, String park) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM READING WHERE SENSOR_ID >= ? AND SENSOR_ID < ? WITH UR")) {
            ps.setString(1, park + "/");
            ps.setString(2, park + "0"); // '0' follows '/'
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM READING")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void publish(String broker, String root, String park, int n, int sensors, Instant t0) throws Exception {
        MqttAsyncClient pub = new MqttAsyncClient(broker, "bench-pub-" + root + "-" + park, new MemoryPersistence());
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
                    pub.publish(root + "/" + park + "/S" + s + "/cod", m);
                    break;
                } catch (MqttException e) {
                    // 32001: every message id is taken by a publish whose completion Paho's callback thread has not
                    // handled yet (it lags on a busy machine); the id is only taken once the publish goes out
                    if (e.getReasonCode() == MqttException.REASON_CODE_NO_MESSAGE_IDS_AVAILABLE) {
                        Thread.sleep(1);
                    } else if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
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
