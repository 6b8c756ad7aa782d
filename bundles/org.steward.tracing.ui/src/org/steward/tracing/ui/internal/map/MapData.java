package org.steward.tracing.ui.internal.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.InpDocument;
import org.steward.tracing.network.Link;
import org.steward.tracing.network.SewerNetwork;

/**
 * What the map draws, in map coordinates: node positions, link polylines in flow direction (the inlet, the
 * [VERTICES] of the link, the outlet; reversed when tracing reversed the link) and the enterprises and sensors of
 * the attachments sidecar. Built once per network, then read by the painter on every frame.
 */
public final class MapData {
    private final SewerNetwork network;
    private final Optional<Path> file;
    private final double[] x;
    private final double[] y;
    private final double[][] polylines;
    private final Bounds bounds;
    private final int unplaced;
    private final Map<Integer, List<Attachment>> enterprises = new HashMap<>();
    private final Map<Integer, List<Attachment>> sensors = new HashMap<>();
    private final Map<String, Integer> sensorNode = new LinkedHashMap<>();
    private Optional<String> problem = Optional.empty();

    public MapData(SewerNetwork network, Attachments attachments, Optional<Path> file) {
        this.network = network;
        this.file = file;
        int n = network.nodeCount();
        x = new double[n];
        y = new double[n];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int missing = 0;
        for (int i = 0; i < n; i++) {
            x[i] = network.node(i).x();
            y[i] = network.node(i).y();
            if (network.node(i).hasCoordinates()) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            } else {
                missing++;
            }
        }
        unplaced = missing;
        Map<String, List<double[]>> vertices = vertices(network.document());
        polylines = new double[network.linkCount()][];
        for (int l = 0; l < network.linkCount(); l++) {
            int a = network.from(l);
            int b = network.to(l);
            if (Double.isNaN(x[a]) || Double.isNaN(y[a]) || Double.isNaN(x[b]) || Double.isNaN(y[b])) {
                continue;
            }
            Link link = network.link(l);
            List<double[]> inner = new ArrayList<>(vertices.getOrDefault(link.id(), List.of()));
            if (link.reversed()) {
                Collections.reverse(inner);
            }
            double[] p = new double[2 * (inner.size() + 2)];
            p[0] = x[a];
            p[1] = y[a];
            int k = 2;
            for (double[] v : inner) {
                p[k++] = v[0];
                p[k++] = v[1];
                minX = Math.min(minX, v[0]);
                maxX = Math.max(maxX, v[0]);
                minY = Math.min(minY, v[1]);
                maxY = Math.max(maxY, v[1]);
            }
            p[k++] = x[b];
            p[k] = y[b];
            polylines[l] = p;
        }
        bounds = minX <= maxX ? new Bounds(minX, minY, maxX, maxY) : Bounds.unit();
        for (Attachment att : attachments.all()) {
            OptionalInt i = network.indexOf(att.node());
            if (i.isEmpty()) {
                continue;
            }
            if (att.type() == Attachment.Type.SENSOR) {
                sensors.computeIfAbsent(i.getAsInt(), k -> new ArrayList<>()).add(att);
                sensorNode.put(att.id(), i.getAsInt());
            } else {
                enterprises.computeIfAbsent(i.getAsInt(), k -> new ArrayList<>()).add(att);
            }
        }
    }

    /** [VERTICES] of the file: link id → its intermediate points in file order (inlet to outlet). */
    private static Map<String, List<double[]>> vertices(InpDocument document) {
        Map<String, List<double[]>> out = new HashMap<>();
        if (document == null) {
            return out;
        }
        for (InpDocument.Section s : document.sections("VERTICES")) {
            for (InpDocument.Line line : s.dataLines()) {
                List<String> f = line.fields();
                if (f.size() < 3) {
                    continue; // the reader reported it
                }
                try {
                    out.computeIfAbsent(f.get(0), k -> new ArrayList<>())
                            .add(new double[] {Double.parseDouble(f.get(1)), Double.parseDouble(f.get(2))});
                } catch (NumberFormatException e) {
                    // reported by the reader as an issue with its line
                }
            }
        }
        return out;
    }

    /** Marks that something around the network (its sidecar) could not be read; the map shows the message. */
    public MapData withProblem(String message) {
        problem = Optional.of(message);
        return this;
    }

    public Optional<String> problem() {
        return problem;
    }

    public SewerNetwork network() {
        return network;
    }

    /** The .inp file it came from, if it came from a file. */
    public Optional<Path> file() {
        return file;
    }

    public int nodeCount() {
        return x.length;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    public boolean placed(int node) {
        return !Double.isNaN(x[node]) && !Double.isNaN(y[node]);
    }

    /** Nodes without [COORDINATES]: not drawn. */
    public int unplaced() {
        return unplaced;
    }

    /** Flat x,y pairs from upstream to downstream; empty when an end node has no coordinates. */
    public Optional<double[]> polyline(int link) {
        return Optional.ofNullable(polylines[link]);
    }

    double[] polylineOrNull(int link) {
        return polylines[link];
    }

    public Bounds bounds() {
        return bounds;
    }

    public List<Attachment> enterprisesAt(int node) {
        return enterprises.getOrDefault(node, List.of());
    }

    public List<Attachment> sensorsAt(int node) {
        return sensors.getOrDefault(node, List.of());
    }

    /** Sensor id (sidecar) → node index, in sidecar order. */
    public Map<String, Integer> sensorNodes() {
        return Collections.unmodifiableMap(sensorNode);
    }

    /** The node a sensor id measures at: the sidecar's node, or the node of that id itself. */
    public OptionalInt nodeOfSensor(String sensor) {
        Integer i = sensorNode.get(sensor);
        return i != null ? OptionalInt.of(i) : network.indexOf(sensor);
    }

    public boolean hasEnterprises(int node) {
        return enterprises.containsKey(node);
    }

    public boolean hasSensors(int node) {
        return sensors.containsKey(node);
    }
}
