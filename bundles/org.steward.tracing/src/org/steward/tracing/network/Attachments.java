package org.steward.tracing.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sidecar file that attaches enterprises and sensors to nodes: UTF-8 CSV, one per line,
 * {@code type,id,node[,name[,parameters]]} where type is {@code enterprise} or {@code sensor}; the optional fifth
 * column lists what a sensor measures, separated by {@code ;} (e.g. {@code cod;conductivity;ph}; default
 * {@code cod;conductivity}, see {@link Attachment#DEFAULT_SENSOR_PARAMETERS}); enterprises leave it empty. Blank lines and lines starting
 * with {@code #} are ignored; an optional first line {@code type,id,node,name} is a header. Names may not contain
 * commas. By convention it sits beside the network as {@code <network>.attachments.csv}.
 */
public final class Attachments {
    private final List<Attachment> items;

    private Attachments(List<Attachment> items) {
        this.items = List.copyOf(items);
    }

    public static Attachments none() {
        return new Attachments(List.of());
    }

    public List<Attachment> all() {
        return items;
    }

    public List<Attachment> of(Attachment.Type type) {
        return items.stream().filter(a -> a.type() == type).toList();
    }

    /** Enterprises discharging at each node id. */
    public Map<String, List<Attachment>> enterprisesByNode() {
        Map<String, List<Attachment>> map = new LinkedHashMap<>();
        for (Attachment a : of(Attachment.Type.ENTERPRISE)) {
            map.computeIfAbsent(a.node(), k -> new ArrayList<>()).add(a);
        }
        return map;
    }

    /** The sidecar beside a network file, {@code x.inp} → {@code x.attachments.csv}, if it exists. */
    public static Optional<Path> besides(Path network) {
        String name = network.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path p = network.resolveSibling(base + ".attachments.csv");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /**
     * Reads and checks a sidecar against a network: each line must have 3 or 4 fields, a known type, a node the
     * network declares and an id not used before for the same type.
     */
    public static Attachments read(Path file, SewerNetwork network) throws NetworkFormatException {
        String name = file.getFileName().toString();
        String text;
        try {
            text = InpReader.decode(name, Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new NetworkFormatException(name, 0, Texts.get("att.io", e.getMessage()));
        }
        return parse(name, text, network);
    }

    public static Attachments parse(String name, String text, SewerNetwork network) throws NetworkFormatException {
        List<Attachment> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int no = i + 1;
            if (line.isEmpty() || line.startsWith("#") || i == 0 && line.toLowerCase(Locale.ROOT).startsWith("type,")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length < 3 || f.length > 5) {
                throw new NetworkFormatException(name, no, Texts.get("att.fields", f.length));
            }
            Attachment.Type type;
            switch (f[0].strip().toLowerCase(Locale.ROOT)) {
                case "enterprise" -> type = Attachment.Type.ENTERPRISE;
                case "sensor" -> type = Attachment.Type.SENSOR;
                default -> throw new NetworkFormatException(name, no, Texts.get("att.type", f[0].strip()));
            }
            String id = f[1].strip();
            String node = f[2].strip();
            if (id.isEmpty() || node.isEmpty()) {
                throw new NetworkFormatException(name, no, Texts.get("att.empty"));
            }
            if (network.indexOf(node).isEmpty()) {
                throw new NetworkFormatException(name, no, Texts.get("att.node", node, network.fileName()));
            }
            Integer previous = seen.putIfAbsent(type + ":" + id, no);
            if (previous != null) {
                throw new NetworkFormatException(name, no, Texts.get("att.duplicate", type.name().toLowerCase(Locale.ROOT), id, previous));
            }
            List<String> parameters = f.length == 5 ? parameters(name, no, type, f[4]) : List.of();
            if (parameters.isEmpty() && type == Attachment.Type.SENSOR) {
                parameters = Attachment.DEFAULT_SENSOR_PARAMETERS;
            }
            out.add(new Attachment(type, id, node, f.length >= 4 ? f[3].strip() : "", no, parameters));
        }
        return new Attachments(out);
    }

    /** The fifth column: parameter names separated by ';', lower-cased, no duplicates, none empty. */
    private static List<String> parameters(String file, int no, Attachment.Type type, String field)
            throws NetworkFormatException {
        String text = field.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (type != Attachment.Type.SENSOR) {
            throw new NetworkFormatException(file, no, Texts.get("att.paramsNotSensor", text));
        }
        List<String> out = new ArrayList<>();
        for (String p : text.split(";", -1)) {
            String name = p.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !name.matches("[a-z0-9_.-]+")) {
                throw new NetworkFormatException(file, no, Texts.get("att.param", p.strip(), text));
            }
            if (out.contains(name)) {
                throw new NetworkFormatException(file, no, Texts.get("att.paramDuplicate", name));
            }
            out.add(name);
        }
        return out;
    }
}
