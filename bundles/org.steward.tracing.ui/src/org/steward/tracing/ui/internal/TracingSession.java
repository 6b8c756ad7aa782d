package org.steward.tracing.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.ui.internal.live.LiveState;
import org.steward.tracing.ui.internal.live.LiveSubscriber;
import org.steward.tracing.ui.internal.map.MapData;
import org.steward.tracing.ui.internal.run.LocateOutcome;
import org.steward.tracing.ui.internal.run.PlacementOutcome;

/**
 * What the tracing views share in one workbench: the network shown, the live park's state, the selected alert
 * and sensor, the last locate and placement runs. Setters are called on the UI thread and tell the listeners;
 * the live state is filled from the MQTT thread and polled by the views through its version.
 */
public final class TracingSession {
    private static final TracingSession INSTANCE = new TracingSession();

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final LiveState live = new LiveState();
    private Optional<MapData> network = Optional.empty();
    private Optional<String> selectedAlert = Optional.empty();
    private Optional<String> selectedSensor = Optional.empty();
    private Optional<LocateOutcome> located = Optional.empty();
    private Optional<PlacementOutcome> placement = Optional.empty();
    private Optional<LiveSubscriber> subscriber = Optional.empty();
    private volatile String park = "";
    private volatile String liveStatus = Messages.Live_none;

    private TracingSession() {
    }

    public static TracingSession get() {
        return INSTANCE;
    }

    /**
     * Reads a network and its attachments sidecar (if any): off the UI thread for big files. A sidecar that cannot
     * be read does not hide the network: it is shown without enterprises and sensors, and the map says why.
     */
    public static MapData load(Path inp) throws NetworkFormatException {
        SewerNetwork network = InpReader.read(inp);
        Optional<Path> sidecar = Attachments.besides(inp);
        if (sidecar.isEmpty()) {
            return new MapData(network, Attachments.none(), Optional.of(inp));
        }
        try {
            return new MapData(network, Attachments.read(sidecar.get(), network), Optional.of(inp));
        } catch (NetworkFormatException e) {
            return new MapData(network, Attachments.none(), Optional.of(inp)).withProblem(e.getMessage());
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    public LiveState live() {
        return live;
    }

    public Optional<MapData> network() {
        return network;
    }

    public void setNetwork(Optional<MapData> data) {
        network = data;
        located = Optional.empty();
        placement = Optional.empty();
        changed();
    }

    public Optional<String> selectedAlert() {
        return selectedAlert;
    }

    /** Shows that alert's candidates on the map (instead of the last locate run). */
    public void selectAlert(Optional<String> id) {
        selectedAlert = id;
        if (id.isPresent()) {
            located = Optional.empty();
        }
        changed();
    }

    public Optional<String> selectedSensor() {
        return selectedSensor;
    }

    public void selectSensor(Optional<String> sensor) {
        selectedSensor = sensor;
        changed();
    }

    public Optional<LocateOutcome> located() {
        return located;
    }

    public void setLocated(Optional<LocateOutcome> outcome) {
        located = outcome;
        changed();
    }

    public Optional<PlacementOutcome> placement() {
        return placement;
    }

    public void setPlacement(Optional<PlacementOutcome> outcome) {
        placement = outcome;
        changed();
    }

    public String park() {
        return park;
    }

    public String liveStatus() {
        return liveStatus;
    }

    public void setLiveStatus(String status) {
        liveStatus = status;
    }

    /** Watches a park on a broker, replacing any earlier connection; what was received before is forgotten. */
    public synchronized void connect(String brokerUri, String parkName) throws MqttException {
        disconnect();
        live.clear();
        park = parkName;
        subscriber = Optional.of(LiveSubscriber.connect(brokerUri, parkName, live,
                s -> liveStatus = org.eclipse.osgi.util.NLS.bind(Messages.Live_event, brokerUri, s)));
        liveStatus = org.eclipse.osgi.util.NLS.bind(Messages.Live_connected, parkName, brokerUri);
    }

    public synchronized void disconnect() {
        subscriber.ifPresent(LiveSubscriber::close);
        subscriber = Optional.empty();
        liveStatus = Messages.Live_none;
    }

    public synchronized boolean connected() {
        return subscriber.map(LiveSubscriber::connected).orElse(false);
    }
}
