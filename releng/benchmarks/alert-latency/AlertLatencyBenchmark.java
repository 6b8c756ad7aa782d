import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.steward.tracing.analysis.NetworkGenerator;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;

/**
 * Alert latency of live tracing: from an event's decisive reading to its alert, measured outside the node.
 * <p>
 * {@code prepare <dir> <nodes>}: a generated network ({@link NetworkGenerator}, seed 42, a tree) with a sensor
 * measuring cod at every node: {@code park.inp} + {@code park.attachments.csv}.
 * <p>
 * {@code run <brokerUri> <jdbcUrl> <park> <dir> <warmupSeconds> <measureSeconds> <stepSeconds> <quietSeconds> <out>}:
 * publishes every sensor's simulated dry-weather reading once per wall second (readings {@code stepSeconds} apart
 * in data time: time compression = stepSeconds), injects discharges after the warm-up, subscribes to
 * {@code steward/<park>/alerts}. An alert version caused by a reading carries it as {@code trigger}
 * (docs/models/tracing.md, "Alerts"): latency = the alert's receive time − the publish time of that reading.
 * The same publisher and subscriber clients also carry a probe every 200 ms on {@code bench/<park>/rtt}: the plain
 * MQTT round trip on the same broker under the same load, the baseline. One result line is appended to {@code out}.
 * <p>
 * {@code table <out>}: prints the table of the result lines.
 */
public class AlertLatencyBenchmark {
    private static final Pattern ISSUED = Pattern.compile("\"issued\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern TRIGGER = Pattern.compile("\"trigger\":\\{\"sensor\":\"([^\"]+)\",\"parameter\":\"([^\"]+)\",\"time\":\"([^\"]+)\"\\}");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(Path.of(args[1]), Integer.parseInt(args[2]));
            case "run" -> run(args);
            case "table" -> table(Path.of(args[1]));
            default -> throw new IllegalArgumentException("prepare | run | table, got " + args[0]);
        }
    }

    static void prepare(Path dir, int nodes) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("park.inp"), NetworkGenerator.generate(nodes, 42, 0));
        SewerNetwork net = InpReader.read(dir.resolve("park.inp"));
        StringBuilder csv = new StringBuilder("type,id,node,name,parameters\n");
        for (int i = 0; i < net.nodeCount(); i++) {
            csv.append("sensor,S").append(i).append(',').append(net.node(i).id()).append(",,cod\n");
        }
        Files.writeString(dir.resolve("park.attachments.csv"), csv);
    }

    static void run(String[] a) throws Exception {
        String broker = a[1];
        String jdbc = a[2];
        String park = a[3];
        Path dir = Path.of(a[4]);
        int warmup = Integer.parseInt(a[5]);
        int measure = Integer.parseInt(a[6]);
        Duration step = Duration.ofSeconds(Integer.parseInt(a[7]));
        Duration quiet = Duration.ofSeconds(Integer.parseInt(a[8]));
        Path out = Path.of(a[9]);

        SewerNetwork net = InpReader.read(dir.resolve("park.inp"));
        Attachments att = Attachments.read(dir.resolve("park.attachments.csv"), net);
        List<Attachment> sensors = att.of(Attachment.Type.SENSOR);
        DischargeSimulator sim = DischargeSimulator.of(net, att, 7);
        Instant t0 = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> probeAt = new ConcurrentHashMap<>();
        List<Double> firstLatency = new ArrayList<>();
        List<Double> allLatency = new ArrayList<>();
        List<Double> rtt = new ArrayList<>();
        List<Double> firstTail = new ArrayList<>();
        List<String> firstLog = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        AtomicLong untriggered = new AtomicLong();
        AtomicLong unmatched = new AtomicLong();
        AtomicLong finals = new AtomicLong();
        long[] window = new long[2];

        MqttClient sub = new MqttClient(broker, "latency-sub-" + park, new MemoryPersistence());
        MqttConnectOptions so = new MqttConnectOptions();
        so.setMaxInflight(1000);
        sub.connect(so);
        sub.subscribe(new String[] {"steward/" + park + "/alerts", "bench/" + park + "/rtt"}, new int[] {1, 1}, null);
        sub.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage m) {
                long now = System.nanoTime();
                Instant wallNow = Instant.now();
                String text = new String(m.getPayload(), StandardCharsets.UTF_8);
                synchronized (rtt) {
                    if (topic.endsWith("/rtt")) {
                        Long sent = probeAt.remove(text);
                        if (sent != null && window[0] != 0) {
                            rtt.add((now - sent) / 1e6);
                        }
                        return;
                    }
                    if (text.contains("\"final\":true")) {
                        finals.incrementAndGet();
                    }
                    Matcher id = ID.matcher(text);
                    boolean first = id.find() && ids.add(id.group(1));
                    Matcher t = TRIGGER.matcher(text);
                    if (!t.find()) {
                        untriggered.incrementAndGet();
                        return;
                    }
                    Long sent = sentAt.get(t.group(1) + '|' + t.group(2) + '|' + Instant.parse(t.group(3)));
                    if (sent == null) {
                        unmatched.incrementAndGet();
                        return;
                    }
                    if (sent < window[0]) {
                        return; // caused by a warm-up reading
                    }
                    double ms = (now - sent) / 1e6;
                    allLatency.add(ms);
                    if (first) {
                        firstLatency.add(ms);
                        Matcher issued = ISSUED.matcher(text);
                        if (issued.find()) {
                            firstTail.add(Duration.between(Instant.parse(issued.group(1)), wallNow).toNanos() / 1e6);
                        }
                        firstLog.add(String.format(Locale.ROOT, "%s by %s at %s: %.1f ms", id.group(1), t.group(1), t.group(3), ms));
                    }
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                System.err.println("alert subscriber lost its connection: " + cause);
            }

            @Override
            public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
            }
        });

        MqttAsyncClient pub = new MqttAsyncClient(broker, "latency-pub-" + park, new MemoryPersistence());
        MqttConnectOptions po = new MqttConnectOptions();
        po.setMaxInflight(10_000);
        pub.connect(po).waitForCompletion();

        Random random = new Random(11);
        int injections = 0;
        long nextInjection = warmup;
        long published = 0;
        long publishedInWindow = 0;
        long storedBefore = 0;
        double loadBefore = load();
        long start = System.nanoTime();
        long nextProbe = start;
        int probe = 0;
        try (Connection db = DriverManager.getConnection(jdbc)) {
            for (int k = 0; k < warmup + measure; k++) {
                long due = start + k * 1_000_000_000L;
                while (System.nanoTime() < due) {
                    if (window[0] != 0 && System.nanoTime() >= nextProbe) {
                        String p = Integer.toString(probe++);
                        probeAt.put(p, System.nanoTime());
                        publish(pub, "bench/" + park + "/rtt", p.getBytes(StandardCharsets.UTF_8));
                        nextProbe += 200_000_000L;
                    }
                    Thread.sleep(1);
                }
                if (k == warmup) {
                    storedBefore = count(db, park);
                    window[0] = System.nanoTime();
                    nextProbe = window[0];
                }
                Instant t = t0.plus(step.multipliedBy(k));
                if (k >= nextInjection) {
                    sim.clearInjections();
                    String node = net.node(random.nextInt(net.nodeCount())).id();
                    Injection i = new Injection(node, "cod", t, step.multipliedBy(3), sim.profileOf("cod").mean() * 40);
                    sim.inject(i);
                    injections++;
                    Instant last = t;
                    for (Attachment s : sensors) {
                        Instant arrival = sim.arrival(s.id(), i).orElse(t);
                        if (arrival.isAfter(last)) {
                            last = arrival;
                        }
                    }
                    // the next discharge once this event has closed: last arrival + plume + quiet + 3 steps
                    Duration life = Duration.between(t, last).plus(step.multipliedBy(6)).plus(quiet);
                    nextInjection = k + (life.toSeconds() + step.toSeconds() - 1) / step.toSeconds();
                }
                for (Observation o : sim.readings(t, t.plus(step), step)) {
                    byte[] payload = ("{\"timestamp\":\"" + o.time() + "\",\"value\":" + Math.round(o.value() * 1000) / 1000.0 + "}")
                            .getBytes(StandardCharsets.UTF_8);
                    sentAt.put(o.sensor() + '|' + o.parameter() + '|' + o.time(), System.nanoTime());
                    publish(pub, "steward/" + park + "/" + o.sensor() + "/" + o.parameter(), payload);
                    published++;
                    if (k >= warmup) {
                        publishedInWindow++;
                    }
                }
            }
            window[1] = System.nanoTime();
            long stored = count(db, park) - storedBefore;
            double seconds = (window[1] - window[0]) / 1e9;
            Thread.sleep(5_000); // alerts still on their way
            double loadAfter = load();
            sub.disconnect();
            pub.disconnect().waitForCompletion();
            synchronized (rtt) {
                String line = String.format(Locale.ROOT,
                        "%d %d %.0f %.0f %d %d %s %s %s %d %d %d %.1f %.1f %s%n",
                        sensors.size(), net.nodeCount(), publishedInWindow / seconds, stored / seconds, injections, ids.size(),
                        stats(firstLatency), stats(allLatency), stats(rtt), untriggered.get(), unmatched.get(), finals.get(),
                        loadBefore, loadAfter, stats(firstTail));
                Files.writeString(out, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                System.out.printf("%s: %d readings published (%d in the %.0f s window), %d stored in the window, %d discharges,"
                                + " %d events alerted, %d alert versions with a trigger, %d without, %d unmatched, %d final%n",
                        park, published, publishedInWindow, seconds, stored, injections, ids.size(), allLatency.size(),
                        untriggered.get(), unmatched.get(), finals.get());
                System.out.println("first alerts in order (event, decisive sensor, reading time, latency):");
                firstLog.forEach(l -> System.out.println("  " + l));
            }
        }
    }

    private static void publish(MqttAsyncClient pub, String topic, byte[] payload) throws MqttException, InterruptedException {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(1);
        while (true) {
            try {
                pub.publish(topic, m);
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
                    throw e;
                }
                Thread.sleep(1);
            }
        }
    }

    private static long count(Connection c, String park) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE '" + park + "/%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** "count:median:p95:max" in milliseconds (nearest-rank percentiles). */
    private static String stats(List<Double> values) {
        if (values.isEmpty()) {
            return "0:NaN:NaN:NaN";
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return String.format(Locale.ROOT, "%d:%.1f:%.1f:%.1f", v.length, rank(v, 0.5), rank(v, 0.95), v[v.length - 1]);
    }

    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static void table(Path out) throws IOException {
        List<String[]> rows = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).map(l -> l.trim().split(" ")).toList();
        System.out.println();
        System.out.println("Alert latency: decisive reading published -> alert received (ms); 1 reading/s per sensor;");
        System.out.println("baseline = plain MQTT round trip publish -> subscribe on the same broker, same clients, same run");
        System.out.printf("%8s %9s %9s %6s %6s | %-28s | %-28s | %-24s | %8s %8s%n", "sensors", "publ/s", "stored/s", "disch",
                "events", "first alert n/med/p95/max", "all triggered n/med/p95/max", "MQTT rtt n/med/p95/max", "x rtt", "load");
        double smallMedian = Double.NaN;
        for (String[] r : rows) {
            String[] first = r[6].split(":");
            String[] all = r[7].split(":");
            String[] rt = r[8].split(":");
            double ratio = Double.parseDouble(first[1]) / Double.parseDouble(rt[1]);
            if (Double.isNaN(smallMedian)) {
                smallMedian = Double.parseDouble(first[1]);
            }
            System.out.printf(Locale.ROOT, "%8s %9s %9s %6s %6s | %-28s | %-28s | %-24s | %8.1f %8s%n", r[0], r[2], r[3], r[4], r[5],
                    String.join(" / ", first), String.join(" / ", all), String.join(" / ", rt), ratio, r[12] + "-" + r[13]);
        }
        if (rows.size() > 1) {
            String[] last = rows.get(rows.size() - 1)[6].split(":");
            System.out.printf(Locale.ROOT, "median first-alert latency, %s sensors / %s sensors: %.2f%n", rows.get(rows.size() - 1)[0],
                    rows.get(0)[0], Double.parseDouble(last[1]) / smallMedian);
        }
        for (String[] r : rows) {
            String[] tail = r[14].split(":");
            System.out.printf(Locale.ROOT, "%s sensors: of the first-alert latency, alert issued by the node -> received: median %s ms,"
                    + " p95 %s ms (the rest is ingest, store commit, detection and ranking)%n", r[0], tail[1], tail[2]);
        }
        System.out.println("(x rtt = median first-alert latency / median MQTT round trip; load = 1-min load average before-after)");
    }
}
