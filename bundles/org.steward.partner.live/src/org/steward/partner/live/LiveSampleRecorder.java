package org.steward.partner.live;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.steward.partner.sampletest.Phase;
import org.steward.partner.sampletest.Reading;
import org.steward.sensor.ReadingParser;
import org.steward.sensor.Units;

/**
 * Reads one sample sensor live over MQTT during a sample test and pairs each reading with the reference value the test
 * engineer has entered (the standard solution or laboratory value in use at that moment). Topics and payloads are those
 * of the sensor bundle ({@code steward/<park>/<sensor>/<parameter>}, JSON, docs/sensor.md); every message is
 * validated and converted to the parameter's canonical unit by {@link ReadingParser}, so the reference must be entered
 * in that unit ({@link #unit()}). The pairs are written in the {@code partner.sampletest} CSV format.
 *
 * <p>Thread-safe: messages arrive on the MQTT client's thread, references are set from the UI thread.
 */
public final class LiveSampleRecorder implements AutoCloseable {
    /** A reading paired with the reference in force when it arrived. */
    public record Pair(Instant time, double reference, double sensor, Phase phase, String condition) {
    }

    private record Current(double reference, Phase phase, String condition) {
    }

    private final String brokerUri;
    private final String topic;
    private final String parameter;
    private final Clock clock;
    private final List<Pair> pairs = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private int unpaired;
    private Current current;
    private MqttClient client;

    /**
     * @param brokerUri e.g. {@code tcp://127.0.0.1:1883}
     * @param topic     the sensor's topic, {@code steward/<park>/<sensor>/<parameter>} (no wildcards)
     * @param clock     the clock readings are checked against (sensor clock skew, {@link ReadingParser})
     * @throws IllegalArgumentException when the topic is not one sensor's topic, with the reason
     */
    public LiveSampleRecorder(String brokerUri, String topic, Clock clock) {
        this.brokerUri = Objects.requireNonNull(brokerUri, "brokerUri");
        this.clock = Objects.requireNonNull(clock, "clock");
        String[] parts = topic.split("/", -1);
        if (parts.length != 4 || !parts[0].equals("steward") || topic.contains("+") || topic.contains("#")
                || parts[1].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("topic '" + topic + "' is not one sensor's topic steward/<park>/<sensor>/<parameter> (no wildcards)");
        }
        if (Units.canonical(parts[3]).isEmpty()) {
            throw new IllegalArgumentException("topic '" + topic + "': unknown parameter '" + parts[3] + "'; see docs/sensor.md for the parameters");
        }
        this.topic = topic;
        this.parameter = parts[3].toLowerCase(java.util.Locale.ROOT);
    }

    /** The unit readings are recorded in (and references must be entered in). */
    public String unit() {
        return Units.canonical(parameter).orElseThrow();
    }

    public String topic() {
        return topic;
    }

    /** Connects and subscribes (QoS 1, clean session). */
    public synchronized void start() throws MqttException {
        if (client != null) {
            return;
        }
        MqttClient c = new MqttClient(brokerUri, "steward-sample-" + UUID.randomUUID().toString().substring(0, 8), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setConnectionTimeout(10);
        c.connect(options);
        c.subscribe(topic, 1, (t, message) -> accept(t, message.getPayload()));
        client = c;
    }

    /** The reference now applied to the sensor, with the test phase and conditions; readings from now on are paired with it. */
    public synchronized void setReference(double reference, Phase phase, String condition) {
        if (!Double.isFinite(reference)) {
            throw new IllegalArgumentException("the reference must be a finite number, not " + reference);
        }
        current = new Current(reference, Objects.requireNonNull(phase, "phase"), condition == null ? "" : condition.strip());
    }

    /** No reference in force (e.g. while changing solutions): readings are counted but not recorded. */
    public synchronized void clearReference() {
        current = null;
    }

    /** Handles one message (also called directly for messages received elsewhere). */
    public void accept(String messageTopic, byte[] payload) {
        ReadingParser.Outcome o = ReadingParser.parse(messageTopic, payload, clock.instant());
        synchronized (this) {
            if (o instanceof ReadingParser.Rejected r) {
                rejected.add(r.reason());
            } else if (o instanceof ReadingParser.Accepted a) {
                if (current == null) {
                    unpaired++;
                } else {
                    pairs.add(new Pair(a.reading().time(), current.reference(), a.reading().value(), current.phase(), current.condition()));
                }
                notifyAll();
            }
        }
    }

    public synchronized List<Pair> pairs() {
        return List.copyOf(pairs);
    }

    /** Why messages were refused (unit, range, payload …), in arrival order. */
    public synchronized List<String> rejected() {
        return List.copyOf(rejected);
    }

    /** Valid readings that arrived while no reference was set. */
    public synchronized int unpaired() {
        return unpaired;
    }

    /** Waits until at least {@code n} pairs are recorded or the time is up; returns whether they are. */
    public synchronized boolean awaitPairs(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (pairs.size() < n) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** The pairs as sample-test readings, in arrival order; line numbers are those of {@link #writeCsv(Path)}. */
    public synchronized List<Reading> readings() {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            out.add(new Reading(i + 3, p.time(), p.reference(), OptionalDouble.of(p.sensor()), p.phase(), p.condition()));
        }
        return out;
    }

    /** Writes the pairs in the {@code partner.sampletest} CSV format (a comment line, a header, one line per pair). */
    public void writeCsv(Path file) throws IOException {
        List<Pair> copy = pairs();
        DateTimeFormatter f = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# live readings of " + topic + " (" + unit() + "), references entered during the test\n");
            w.write("timestamp,reference,sensor,phase,condition\n");
            for (Pair p : copy) {
                w.write(f.format(p.time()) + "," + p.reference() + "," + p.sensor() + "," + p.phase().csvName() + "," + csv(p.condition()) + "\n");
            }
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Whether the client is connected. */
    public synchronized boolean connected() {
        return client != null && client.isConnected();
    }

    /** The broker this recorder talks to. */
    public Optional<String> broker() {
        return Optional.of(brokerUri);
    }

    @Override
    public synchronized void close() throws MqttException {
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect(2000);
                }
            } finally {
                client.close();
                client = null;
            }
        }
    }
}
