package org.steward.tracing.live.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.network.SewerNetwork;

/** A park's network, its sensors and enterprises (from the sidecar), and the travel times between its nodes. */
public final class ParkModel {
    /** A sensor of the sidecar with its node index. */
    public record Sensor(String id, String node, int index, List<String> parameters) {
    }

    private final String park;
    private final Path file;
    private final SewerNetwork network;
    private final TravelTimes travel;
    private final Map<String, Sensor> sensors = new LinkedHashMap<>();
    private final Map<String, List<Attachment>> enterprises;
    private final Attachments attachments;

    private ParkModel(String park, Path file, SewerNetwork network, Attachments attachments) {
        this.park = park;
        this.file = file;
        this.network = network;
        this.travel = TravelTimes.of(network);
        for (Attachment a : attachments.of(Attachment.Type.SENSOR)) {
            sensors.put(a.id(), new Sensor(a.id(), a.node(), network.indexOf(a.node()).getAsInt(), a.parameters()));
        }
        this.enterprises = attachments.enterprisesByNode();
        this.attachments = attachments;
    }

    public Attachments attachments() {
        return attachments;
    }

    /** A new incremental ranker of this park's events (not thread-safe: one per tracker). */
    public org.steward.tracing.detect.EventTracer tracer() {
        Map<String, String> nodes = new LinkedHashMap<>();
        sensors.values().forEach(s -> nodes.put(s.id(), s.node()));
        return new org.steward.tracing.detect.EventTracer(network, travel, nodes);
    }

    /** A new grouping of this park's firing sensors into events (not thread-safe: one per detector). */
    public org.steward.tracing.detect.SourceGrouping grouping() {
        Map<String, String> nodes = new LinkedHashMap<>();
        sensors.values().forEach(s -> nodes.put(s.id(), s.node()));
        return new org.steward.tracing.detect.SourceGrouping(network, travel, nodes);
    }

    /**
     * Reads the network and its sidecar {@code <name>.attachments.csv}.
     *
     * @throws NetworkFormatException with file and line when either cannot be read, the network has errors, or the
     *                                sidecar lists no sensor
     */
    public static ParkModel load(String park, Path file) throws NetworkFormatException {
        SewerNetwork net = InpReader.read(file);
        if (net.hasErrors()) {
            var first = net.errors().get(0);
            throw new NetworkFormatException(net.fileName(), first.line(), net.errors().size() + " error(s), first: " + first);
        }
        Optional<Path> sidecar = Attachments.besides(file);
        if (sidecar.isEmpty()) {
            throw new NetworkFormatException(net.fileName(), 0, "live tracing needs the sensors of the park: create "
                    + file.resolveSibling(baseName(file) + ".attachments.csv") + " with lines sensor,<id>,<node>,<name>,<parameters>");
        }
        Attachments att = Attachments.read(sidecar.get(), net);
        if (att.of(Attachment.Type.SENSOR).isEmpty()) {
            throw new NetworkFormatException(sidecar.get().getFileName().toString(), 0, "lists no sensor; add lines sensor,<id>,<node>");
        }
        return new ParkModel(park, file, net, att);
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    public String park() {
        return park;
    }

    public Path file() {
        return file;
    }

    public SewerNetwork network() {
        return network;
    }

    public TravelTimes travel() {
        return travel;
    }

    public Map<String, Sensor> sensors() {
        return sensors;
    }

    public Optional<Sensor> sensor(String id) {
        return Optional.ofNullable(sensors.get(id));
    }

    /** Enterprises discharging at a node, in sidecar order. */
    public List<Attachment> enterprisesAt(String node) {
        return enterprises.getOrDefault(node, List.of());
    }

    /** Node indexes of all sensors, in sidecar order, without repeats. */
    public List<Integer> sensorNodes() {
        List<Integer> out = new ArrayList<>();
        for (Sensor s : sensors.values()) {
            if (!out.contains(s.index())) {
                out.add(s.index());
            }
        }
        return out;
    }
}
