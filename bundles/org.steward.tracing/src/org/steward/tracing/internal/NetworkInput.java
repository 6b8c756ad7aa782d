package org.steward.tracing.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.steward.core.model.ModelException;
import org.steward.core.model.ParameterException;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.Issue;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.network.SewerNetwork;

/** Loads the network and its sidecar for a model run and turns sensor names into node indexes. */
final class NetworkInput {
    private static final int MAX_ERRORS_SHOWN = 20;

    final SewerNetwork network;
    final Attachments attachments;

    private NetworkInput(SewerNetwork network, Attachments attachments) {
        this.network = network;
        this.attachments = attachments;
    }

    static NetworkInput load(String modelId, Path file, String direction, String attachmentsPath) throws ModelException {
        DirectionPolicy policy = direction.equalsIgnoreCase("elevation") ? DirectionPolicy.ELEVATION : DirectionPolicy.DECLARED;
        SewerNetwork net;
        try {
            net = InpReader.read(file, policy);
        } catch (NetworkFormatException e) {
            throw new ModelException(modelId, e.getMessage());
        }
        if (net.hasErrors()) {
            List<Issue> errors = net.errors();
            StringBuilder sb = new StringBuilder(net.fileName() + " has " + errors.size() + " error(s); correct them and run again:");
            errors.stream().limit(MAX_ERRORS_SHOWN).forEach(i -> sb.append("\n  ").append(i));
            if (errors.size() > MAX_ERRORS_SHOWN) {
                sb.append("\n  … and ").append(errors.size() - MAX_ERRORS_SHOWN).append(" more");
            }
            throw new ModelException(modelId, sb.toString());
        }
        Optional<Path> sidecar = attachmentsPath.isBlank() ? Attachments.besides(file) : Optional.of(Path.of(attachmentsPath));
        Attachments att = Attachments.none();
        if (sidecar.isPresent()) {
            try {
                att = Attachments.read(sidecar.get(), net);
            } catch (NetworkFormatException e) {
                throw new ParameterException("attachments", e.getMessage());
            }
        }
        return new NetworkInput(net, att);
    }

    /** Node indexes for sensor names: a node id, or a sensor id from the sidecar. Duplicates are dropped. */
    List<Integer> resolve(String key, List<String> names) throws ParameterException {
        Map<String, String> sensorNodes = new LinkedHashMap<>();
        for (Attachment a : attachments.of(Attachment.Type.SENSOR)) {
            sensorNodes.put(a.id(), a.node());
        }
        List<Integer> out = new ArrayList<>();
        for (String name : names) {
            OptionalInt i = network.indexOf(name);
            if (i.isEmpty() && sensorNodes.containsKey(name)) {
                i = network.indexOf(sensorNodes.get(name));
            }
            if (i.isEmpty()) {
                throw new ParameterException(key, "parameter '" + key + "': '" + name + "' is neither a node of "
                        + network.fileName() + " nor a sensor of its attachments file; use node ids such as '"
                        + network.node(0).id() + "'");
            }
            if (!out.contains(i.getAsInt())) {
                out.add(i.getAsInt());
            }
        }
        return out;
    }

    /** The sensors of the sidecar, as node indexes, in file order. */
    List<Integer> sidecarSensors() {
        List<Integer> out = new ArrayList<>();
        for (Attachment a : attachments.of(Attachment.Type.SENSOR)) {
            int i = network.indexOf(a.node()).getAsInt();
            if (!out.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", network.fileName());
        m.put("nodes", network.nodeCount());
        m.put("links", network.linkCount());
        m.put("units", network.units().name().toLowerCase(Locale.ROOT));
        m.put("warnings", network.issues().stream().limit(MAX_ERRORS_SHOWN).map(Issue::toString).toList());
        m.put("warningCount", network.issues().size());
        return m;
    }
}
