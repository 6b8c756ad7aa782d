package org.steward.tracing.network;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.steward.tracing.network.InpDocument.Line;
import org.steward.tracing.network.InpDocument.Section;

/**
 * Reads a SWMM 5 input file into a {@link SewerNetwork}. Files that cannot be read at all throw
 * {@link NetworkFormatException}; every other problem becomes an {@link Issue} with its line, so that a user sees
 * all problems of a file at once. Checks, in this order: field counts and numbers of each line, duplicate ids,
 * references to unknown nodes and links, link direction (adverse slopes, directed cycles), connectivity and
 * paths to an outfall ({@link NetworkChecks}).
 */
public final class InpReader {

    /** Sections whose lines the reader interprets; all others are kept verbatim. */
    public static final Set<String> READ_SECTIONS = Set.of("JUNCTIONS", "OUTFALLS", "STORAGE", "DIVIDERS", "CONDUITS",
            "PUMPS", "ORIFICES", "WEIRS", "OUTLETS", "XSECTIONS", "COORDINATES", "VERTICES", "DWF");

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final String file;
    private final DirectionPolicy policy;
    private final List<Issue> issues = new ArrayList<>();

    private InpReader(String file, DirectionPolicy policy) {
        this.file = file;
        this.policy = policy;
    }

    /** Reads with {@link DirectionPolicy#DECLARED}. */
    public static SewerNetwork read(Path path) throws NetworkFormatException {
        return read(path, DirectionPolicy.DECLARED);
    }

    public static SewerNetwork read(Path path, DirectionPolicy policy) throws NetworkFormatException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new NetworkFormatException(name, 0, Texts.get("read.io", e.getClass().getSimpleName(), e.getMessage()));
        }
        return parse(name, decode(name, bytes), policy);
    }

    /** Parses text already in memory; {@code fileName} is used in messages. */
    public static SewerNetwork parse(String fileName, String text, DirectionPolicy policy) throws NetworkFormatException {
        return new InpReader(fileName, policy).parse(text);
    }

    /**
     * Decodes strict UTF-8 (ASCII is a subset), dropping a byte-order mark. Empty, binary (NUL bytes) and
     * non-UTF-8 files are refused with the line of the first bad byte.
     */
    public static String decode(String fileName, byte[] bytes) throws NetworkFormatException {
        if (bytes.length == 0) {
            throw new NetworkFormatException(fileName, 0, Texts.get("read.empty"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NetworkFormatException(fileName, lineAt(bytes, i),
                        Texts.get("read.binary", i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new NetworkFormatException(fileName, lineAt(bytes, in.position()), Texts.get("read.encoding",
                    bytes[in.position()] & 0xff, in.position()));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private SewerNetwork parse(String text) throws NetworkFormatException {
        if (text.isBlank()) {
            throw new NetworkFormatException(file, 0, Texts.get("read.blank"));
        }
        InpDocument doc = InpDocument.split(text);
        if (doc.sections().isEmpty()) {
            int first = doc.preamble().stream().filter(l -> !l.isBlankOrComment()).mapToInt(Line::number).findFirst().orElse(1);
            throw new NetworkFormatException(file, first, Texts.get("read.noHeader"));
        }
        UnitSystem units = UnitSystem.US;
        boolean elevationOffsets = false;
        for (Section s : doc.sections("OPTIONS")) {
            for (Line l : s.dataLines()) {
                List<String> f = l.fields();
                if (f.size() >= 2 && f.get(0).equalsIgnoreCase("FLOW_UNITS")) {
                    units = UnitSystem.ofFlowUnits(f.get(1));
                } else if (f.size() >= 2 && f.get(0).equalsIgnoreCase("LINK_OFFSETS")) {
                    elevationOffsets = f.get(1).equalsIgnoreCase("ELEVATION");
                }
            }
        }

        Map<String, Node> nodes = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            for (Section s : doc.sections(kind.section())) {
                readNodes(s, kind, nodes);
            }
        }
        Map<String, Link> links = new LinkedHashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            for (Section s : doc.sections(kind.section())) {
                readLinks(s, kind, links, nodes);
            }
        }
        for (Section s : doc.sections("XSECTIONS")) {
            readSections(s, links);
        }
        for (Section s : doc.sections("COORDINATES")) {
            readCoordinates(s, nodes);
        }
        for (Section s : doc.sections("VERTICES")) {
            for (Line l : s.dataLines()) {
                List<String> f = l.fields();
                if (count(s, l, f, 3, 3, "Link X-Coord Y-Coord") && number(l, f, 1, "X-Coord").isPresent()
                        && number(l, f, 2, "Y-Coord").isPresent() && !links.containsKey(f.get(0))) {
                    error(l, Texts.get("ref.unknownLink", "[VERTICES]", f.get(0)));
                }
            }
        }
        for (Section s : doc.sections("DWF")) {
            for (Line l : s.dataLines()) {
                List<String> f = l.fields();
                if (count(s, l, f, 3, Integer.MAX_VALUE, "Node Constituent Baseline [Patterns…]")) {
                    number(l, f, 2, "Baseline");
                    if (!nodes.containsKey(f.get(0))) {
                        error(l, Texts.get("ref.unknownNode", "[DWF]", f.get(0)));
                    }
                }
            }
        }
        if (nodes.isEmpty()) {
            issues.add(new Issue(Issue.Severity.ERROR, file, 0,
                    Texts.get("noNodes")));
        }

        List<Link> directed = new ArrayList<>();
        for (Link l : links.values()) {
            directed.add(direct(l, nodes, elevationOffsets));
        }
        List<Node> nodeList = new ArrayList<>(nodes.values());
        SewerNetwork draft = new SewerNetwork(file, units, elevationOffsets, nodeList, directed, List.of(), doc);
        issues.addAll(NetworkChecks.check(draft));
        issues.sort(Comparator.comparingInt((Issue i) -> i.line() == 0 ? Integer.MAX_VALUE : i.line()));
        return new SewerNetwork(file, units, elevationOffsets, nodeList, directed, issues, doc);
    }

    private void readNodes(Section s, NodeKind kind, Map<String, Node> nodes) {
        int min = switch (kind) {
            case JUNCTION -> 2;
            case OUTFALL -> 3;
            case STORAGE -> 5;
            case DIVIDER -> 4;
        };
        String layout = switch (kind) {
            case JUNCTION -> "Name Elevation [MaxDepth InitDepth SurDepth Aponded]";
            case OUTFALL -> "Name Elevation Type [Stage] [Gated] [RouteTo]";
            case STORAGE -> "Name Elevation MaxDepth InitDepth Shape …";
            case DIVIDER -> "Name Elevation DivertedLink Type …";
        };
        for (Line l : s.dataLines()) {
            List<String> f = l.fields();
            if (!count(s, l, f, min, Integer.MAX_VALUE, layout)) {
                continue;
            }
            Optional<Double> invert = number(l, f, 1, "Elevation");
            if (invert.isEmpty()) {
                continue;
            }
            String id = f.get(0);
            Node previous = nodes.get(id);
            if (previous != null) {
                error(l, Texts.get("duplicateNode", id, previous.line()));
                continue;
            }
            nodes.put(id, new Node(id, kind, invert.get(), Double.NaN, Double.NaN, l.number()));
        }
    }

    private void readLinks(Section s, LinkKind kind, Map<String, Link> links, Map<String, Node> nodes) {
        int min = kind == LinkKind.CONDUIT ? 7 : kind == LinkKind.PUMP ? 4 : 5;
        String layout = switch (kind) {
            case CONDUIT -> "Name FromNode ToNode Length Roughness InOffset OutOffset [InitFlow MaxFlow]";
            case PUMP -> "Name FromNode ToNode Curve [Status Startup Shutoff]";
            case ORIFICE -> "Name FromNode ToNode Type Offset [Qcoeff Gated CloseTime]";
            case WEIR -> "Name FromNode ToNode Type CrestHeight [Qcoeff …]";
            case OUTLET -> "Name FromNode ToNode Offset Type [Qtable/Qcoeff Qexpon Gated]";
        };
        for (Line l : s.dataLines()) {
            List<String> f = l.fields();
            if (!count(s, l, f, min, Integer.MAX_VALUE, layout)) {
                continue;
            }
            double length = 0;
            double n = 0;
            double inOffset = 0;
            double outOffset = 0;
            boolean ok = true;
            if (kind == LinkKind.CONDUIT) {
                Optional<Double> len = number(l, f, 3, "Length");
                Optional<Double> rough = number(l, f, 4, "Roughness");
                Optional<Double> in = offset(l, f, 5, "InOffset");
                Optional<Double> out = offset(l, f, 6, "OutOffset");
                ok = len.isPresent() && rough.isPresent() && in.isPresent() && out.isPresent();
                if (ok) {
                    length = len.get();
                    n = rough.get();
                    inOffset = in.get();
                    outOffset = out.get();
                    if (length <= 0) {
                        error(l, Texts.get("conduit.length", f.get(0), f.get(3)));
                        ok = false;
                    } else if (n < 0) {
                        // 0 is legal: irregular channels take n from their transect
                        error(l, Texts.get("conduit.roughness", f.get(0), f.get(4)));
                        ok = false;
                    }
                }
            } else if (kind == LinkKind.ORIFICE) {
                ok = offset(l, f, 4, "Offset").isPresent();
            } else if (kind == LinkKind.WEIR) {
                ok = offset(l, f, 4, "CrestHeight").isPresent();
            } else if (kind == LinkKind.OUTLET) {
                ok = offset(l, f, 3, "Offset").isPresent();
            }
            if (!ok) {
                continue;
            }
            String id = f.get(0);
            Link previous = links.get(id);
            if (previous != null) {
                error(l, Texts.get("duplicateLink", id, previous.line()));
                continue;
            }
            String from = f.get(1);
            String to = f.get(2);
            boolean known = true;
            for (String end : List.of(from, to)) {
                if (!nodes.containsKey(end)) {
                    error(l, Texts.get("link.unknownNode", kind.name().toLowerCase(Locale.ROOT), id, end));
                    known = false;
                }
            }
            if (known && from.equals(to)) {
                error(l, Texts.get("link.selfLoop", kind.name().toLowerCase(Locale.ROOT), id, from));
                continue;
            }
            links.put(id, new Link(id, kind, from, to, length, n, inOffset, outOffset, Optional.empty(), false, l.number()));
        }
    }

    private void readSections(Section s, Map<String, Link> links) {
        for (Line l : s.dataLines()) {
            List<String> f = l.fields();
            if (!count(s, l, f, 3, Integer.MAX_VALUE, "Link Shape Geom1 [Geom2 Geom3 Geom4 Barrels Culvert]")) {
                continue;
            }
            String shape = f.get(1).toUpperCase(Locale.ROOT);
            Link link = links.get(f.get(0));
            if (link == null) {
                error(l, Texts.get("ref.unknownLink", "[XSECTIONS]", f.get(0)));
                continue;
            }
            if (shape.equals("IRREGULAR") || shape.equals("STREET") || shape.equals("CUSTOM") && !NUMBER.matcher(f.get(2)).matches()) {
                continue; // geometry by transect or curve name: velocity falls back to the default
            }
            Optional<Double> g1 = number(l, f, 2, "Geom1");
            Optional<Double> g2 = f.size() > 3 ? number(l, f, 3, "Geom2") : Optional.of(0.0);
            if (g1.isEmpty() || g2.isEmpty()) {
                continue;
            }
            int barrels = 1;
            if (f.size() > 6) {
                Optional<Double> b = number(l, f, 6, "Barrels");
                if (b.isEmpty()) {
                    continue;
                }
                barrels = Math.max(1, (int) Math.round(b.get()));
            }
            links.put(link.id(), link.withSection(new CrossSection(shape, g1.get(), g2.get(), barrels)));
        }
    }

    private void readCoordinates(Section s, Map<String, Node> nodes) {
        for (Line l : s.dataLines()) {
            List<String> f = l.fields();
            if (!count(s, l, f, 3, 3, "Node X-Coord Y-Coord")) {
                continue;
            }
            Optional<Double> x = number(l, f, 1, "X-Coord");
            Optional<Double> y = number(l, f, 2, "Y-Coord");
            if (x.isEmpty() || y.isEmpty()) {
                continue;
            }
            Node node = nodes.get(f.get(0));
            if (node == null) {
                error(l, Texts.get("ref.unknownNode", "[COORDINATES]", f.get(0)));
                continue;
            }
            nodes.put(node.id(), node.withCoordinates(x.get(), y.get()));
        }
    }

    /** Decides the flow direction of a conduit from its end elevations, per the policy. */
    private Link direct(Link link, Map<String, Node> nodes, boolean elevationOffsets) {
        if (link.kind() != LinkKind.CONDUIT || !nodes.containsKey(link.from()) || !nodes.containsKey(link.to())) {
            return link;
        }
        double zIn = endElevation(nodes.get(link.from()).invert(), link.inOffset(), elevationOffsets);
        double zOut = endElevation(nodes.get(link.to()).invert(), link.outOffset(), elevationOffsets);
        double eps = 1e-9 * Math.max(1, Math.abs(zIn));
        if (zIn < zOut - eps) {
            if (policy == DirectionPolicy.ELEVATION) {
                warn(link.line(), Texts.get("uphill.reversed", link.id(), link.from(), zIn, link.to(), zOut));
                return link.reverse();
            }
            warn(link.line(), Texts.get("uphill.kept", link.id(), link.from(), zIn, link.to(), zOut));
        } else if (Math.abs(zIn - zOut) <= eps && policy == DirectionPolicy.ELEVATION) {
            warn(link.line(), Texts.get("flat", link.id(), zIn));
        }
        return link;
    }

    /** Elevation of a conduit end: offsets are depths above the invert, or elevations under LINK_OFFSETS ELEVATION. */
    public static double endElevation(double invert, double offset, boolean elevationOffsets) {
        if (Double.isNaN(offset)) {
            return invert;
        }
        return elevationOffsets ? offset : invert + offset;
    }

    private boolean count(Section s, Line l, List<String> f, int min, int max, String layout) {
        if (f.size() < min || f.size() > max) {
            error(l, Texts.get(min == max ? "fields.exactly" : "fields.atLeast", s.header(), f.size(), min, layout));
            return false;
        }
        return true;
    }

    private Optional<Double> number(Line l, List<String> f, int index, String field) {
        String v = f.get(index);
        if (!NUMBER.matcher(v).matches()) {
            error(l, Texts.get("notNumber", field, index + 1, v));
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(v));
    }

    /** A number, or '*' (SWMM: at the node invert), returned as NaN. */
    private Optional<Double> offset(Line l, List<String> f, int index, String field) {
        return f.get(index).equals("*") ? Optional.of(Double.NaN) : number(l, f, index, field);
    }

    private void error(Line l, String message) {
        issues.add(new Issue(Issue.Severity.ERROR, file, l.number(), message));
    }

    private void warn(int line, String message) {
        issues.add(new Issue(Issue.Severity.WARNING, file, line, message));
    }
}
