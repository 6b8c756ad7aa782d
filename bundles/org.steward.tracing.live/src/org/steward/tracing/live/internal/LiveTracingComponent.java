package org.steward.tracing.live.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.steward.sensor.Reading;
import org.steward.sensor.ReadingListener;
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;
import org.steward.store.StoreException;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.live.LiveTracing;
import org.steward.tracing.live.LiveTracingConfig;
import org.steward.tracing.network.NetworkFormatException;

/**
 * Wires one park's live tracing: the broker (configured, or the embedded one), the sensor ingest of
 * org.steward.sensor (configured here through ConfigAdmin unless an ingest configuration of someone else exists),
 * the {@link Tracker} fed with every committed batch, alerts published and stored, and optionally the simulator.
 */
@Component(service = {LiveTracing.class, ReadingListener.class}, configurationPid = LiveTracing.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
public class LiveTracingComponent implements LiveTracing, ReadingListener {
    /** Marks the ingest configuration this component wrote (so it never overwrites one of the user's). */
    static final String OWNER_KEY = "steward.owner";
    private static final int RECENT = 100;
    private static final String INSERT = "INSERT INTO TRACING_ALERT (ALERT_ID, PARK, ISSUED, FINAL_ALERT, TOP_NODE, CONFIDENCE, PAYLOAD)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    @Reference
    private Store store;

    @Reference
    private ConfigurationAdmin configAdmin;

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private final ArrayDeque<String> recent = new ArrayDeque<>();
    private ParkModel park;
    private String brokerUri;
    private EmbeddedBroker broker;
    private Tracker tracker;
    private Mqtt alerts;
    private SimulatorPublisher simulator;
    private String owner;

    @Activate
    void activate(LiveTracingConfig cfg, org.osgi.framework.BundleContext context) throws IOException, NetworkFormatException, MqttException {
        String parkId = cfg.park().strip();
        if (parkId.isEmpty() || parkId.contains("/") || parkId.contains("+") || parkId.contains("#")) {
            throw new IllegalArgumentException(LiveTracing.PID + ": 'park' must be a non-empty topic level without / + #, got '"
                    + cfg.park() + "'");
        }
        if (cfg.network().isBlank()) {
            throw new IllegalArgumentException(LiveTracing.PID + ": 'network' (the park's .inp file) is missing");
        }
        DetectorSettings detectorSettings = settings(cfg.closeAfterQuietSeconds());
        Path file = Path.of(cfg.network().strip());
        String base = cfg.base().isBlank() ? Objects.requireNonNullElse(context.getProperty("steward.workspace"), "") : cfg.base();
        if (!file.isAbsolute() && !base.isBlank()) {
            file = Path.of(base).resolve(file);
        }
        park = ParkModel.load(parkId, file.toAbsolutePath().normalize());
        owner = "org.steward.tracing.live/" + parkId;
        try {
            if (cfg.brokerUri().isBlank()) {
                broker = EmbeddedBroker.start(cfg.embeddedPort());
                brokerUri = broker.uri();
                info("embedded MQTT broker (Moquette) listening on " + brokerUri);
            } else {
                brokerUri = cfg.brokerUri().strip();
            }
            tracker = new Tracker(park, detectorSettings, this::alert, this::warn);
            String clientId = cfg.clientId().isBlank() ? "steward-live-" + parkId : cfg.clientId().strip();
            if (cfg.publishAlerts()) {
                alerts = new Mqtt(brokerUri, clientId + "-alerts", cfg.username(), cfg.passwordEnv(), 100);
            }
            configureIngest(cfg, clientId);
            if (cfg.simulator()) {
                simulator = SimulatorPublisher.start(park, brokerUri, clientId + "-simulator", cfg, detectorSettings.quietPeriod(), this::warn);
                info("simulator publishing park " + parkId + " at " + cfg.simulator_speed() + "x, a discharge every "
                        + cfg.simulator_everySeconds() + " s");
            }
            info("live tracing of park " + parkId + " (" + park.sensors().size() + " sensors, network " + park.file() + ") via " + brokerUri);
        } catch (IOException | MqttException | RuntimeException e) {
            deactivate();
            throw e;
        }
    }

    /**
     * The detector's defaults with the quiet period {@code closeAfterQuietSeconds}.
     *
     * @throws IllegalArgumentException naming the key when it is not 60 to 86,400 seconds
     */
    public static DetectorSettings settings(int quiet) {
        if (quiet < 60 || quiet > 86_400) {
            throw new IllegalArgumentException(LiveTracing.PID + ": 'closeAfterQuietSeconds' must be 60 to 86400 seconds, got "
                    + quiet);
        }
        return DetectorSettings.defaults().withQuietPeriod(java.time.Duration.ofSeconds(quiet));
    }

    private void configureIngest(LiveTracingConfig cfg, String clientId) throws IOException {
        Configuration c = configAdmin.getConfiguration(SensorIngest.PID, "?");
        Dictionary<String, Object> existing = c.getProperties();
        if (existing != null && !owner.equals(existing.get(OWNER_KEY))) {
            info("a sensor ingest configuration exists (" + existing.get("brokerUri") + ", " + existing.get("topicFilter")
                    + "); live tracing uses it as it is");
            return;
        }
        String filter = "steward/" + park.park() + "/+/+";
        if (!cfg.shareGroup().isBlank()) {
            filter = "$share/" + cfg.shareGroup().strip() + "/" + filter;
        }
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("brokerUri", brokerUri);
        p.put("clientId", clientId);
        p.put("topicFilter", filter);
        p.put("username", cfg.username());
        p.put("passwordEnv", cfg.passwordEnv());
        p.put(OWNER_KEY, owner);
        if (existing != null && same(existing, p)) {
            return;
        }
        c.update(p);
    }

    private static boolean same(Dictionary<String, Object> a, Hashtable<String, Object> b) {
        for (var e : b.entrySet()) {
            if (!Objects.equals(String.valueOf(a.get(e.getKey())), String.valueOf(e.getValue()))) {
                return false;
            }
        }
        return true;
    }

    @Deactivate
    void deactivate() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        try {
            Configuration c = configAdmin.getConfiguration(SensorIngest.PID, "?");
            if (c.getProperties() != null && Objects.equals(owner, c.getProperties().get(OWNER_KEY))) {
                c.delete();
            }
        } catch (IOException | IllegalStateException e) {
            warn("removing the ingest configuration: " + e);
        }
        if (alerts != null) {
            alerts.close();
            alerts = null;
        }
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public void committed(List<Reading> readings) {
        Tracker t = tracker;
        if (t != null) {
            t.offer(readings);
        }
    }

    private void alert(Tracker.Alert a) {
        try {
            store.transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    ps.setString(1, a.id());
                    ps.setString(2, park.park());
                    ps.setTimestamp(3, Timestamp.from(a.issued()));
                    ps.setBoolean(4, a.fin());
                    ps.setString(5, a.topNode());
                    ps.setDouble(6, a.confidence());
                    ps.setString(7, a.json().length() > 32000 ? a.json().substring(0, 32000) : a.json());
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (StoreException e) {
            warn("alert " + a.id() + " could not be stored: " + e.getMessage());
        }
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeFirst();
            }
            recent.addLast(a.json());
        }
        Mqtt m = alerts;
        if (m != null) {
            try {
                m.publish("steward/" + park.park() + "/alerts", a.json().getBytes(StandardCharsets.UTF_8), false);
            } catch (MqttException e) {
                warn("alert " + a.id() + " could not be published: " + e.getMessage());
            }
        }
        info("alert " + a.id() + (a.fin() ? " (final)" : "") + ": top candidate " + a.topNode() + ", confidence "
                + String.format(java.util.Locale.ROOT, "%.2f", a.confidence()));
    }

    @Override
    public String park() {
        return park.park();
    }

    @Override
    public Path network() {
        return park.file();
    }

    @Override
    public String brokerUri() {
        return brokerUri;
    }

    @Override
    public List<String> recentAlerts() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** The simulator, when {@code simulator=true}. */
    public Optional<SimulatorPublisher> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** Readings waiting for the detector (for tests and the benchmark). */
    public Optional<Integer> backlog() {
        Tracker t = tracker;
        return t == null ? Optional.empty() : Optional.of(t.backlog());
    }

    private void info(String message) {
        Logger l = logger;
        if (l != null) {
            l.info(message);
        }
    }

    private void warn(String message) {
        Logger l = logger;
        if (l != null) {
            l.warn(message);
        } else {
            System.getLogger(LiveTracing.PID).log(System.Logger.Level.WARNING, message);
        }
    }
}
