package org.steward.tracing.network;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A sewer network as a directed graph: nodes indexed 0..n-1 in file order, links indexed 0..m-1, each link
 * pointing downstream. Immutable; built by {@link InpReader}. Adjacency is held as arrays so that graph walks on
 * 10,000-node networks cost microseconds per node.
 */
public final class SewerNetwork {
    private final String fileName;
    private final UnitSystem units;
    private final boolean elevationOffsets;
    private final List<Node> nodes;
    private final List<Link> links;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final int[] linkFrom;
    private final int[] linkTo;
    private final int[][] out;
    private final int[][] in;
    private final List<Issue> issues;
    private final InpDocument document;

    SewerNetwork(String fileName, UnitSystem units, boolean elevationOffsets, List<Node> nodes, List<Link> links,
                 List<Issue> issues, InpDocument document) {
        this.fileName = Objects.requireNonNull(fileName);
        this.units = units;
        this.elevationOffsets = elevationOffsets;
        this.nodes = List.copyOf(nodes);
        this.issues = List.copyOf(issues);
        this.document = document;
        for (int i = 0; i < this.nodes.size(); i++) {
            nodeIndex.putIfAbsent(this.nodes.get(i).id(), i);
        }
        // Only links whose ends are known nodes become edges; the others were reported as errors.
        List<Link> usable = links.stream().filter(l -> nodeIndex.containsKey(l.from()) && nodeIndex.containsKey(l.to())).toList();
        this.links = usable;
        int m = usable.size();
        linkFrom = new int[m];
        linkTo = new int[m];
        int[] outDeg = new int[this.nodes.size()];
        int[] inDeg = new int[this.nodes.size()];
        for (int l = 0; l < m; l++) {
            linkFrom[l] = nodeIndex.get(usable.get(l).from());
            linkTo[l] = nodeIndex.get(usable.get(l).to());
            outDeg[linkFrom[l]]++;
            inDeg[linkTo[l]]++;
        }
        out = new int[this.nodes.size()][];
        in = new int[this.nodes.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new int[outDeg[i]];
            in[i] = new int[inDeg[i]];
        }
        int[] o = new int[out.length];
        int[] p = new int[out.length];
        for (int l = 0; l < m; l++) {
            out[linkFrom[l]][o[linkFrom[l]]++] = l;
            in[linkTo[l]][p[linkTo[l]]++] = l;
        }
    }

    /** The file it was read from (name only). */
    public String fileName() {
        return fileName;
    }

    public UnitSystem units() {
        return units;
    }

    /** True when LINK_OFFSETS is ELEVATION (offsets are elevations, not depths above the invert). */
    public boolean elevationOffsets() {
        return elevationOffsets;
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int linkCount() {
        return links.size();
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The links that are edges of the graph (links with an unknown end node are left out and reported). */
    public List<Link> links() {
        return links;
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public Link link(int index) {
        return links.get(index);
    }

    public OptionalInt indexOf(String nodeId) {
        Integer i = nodeIndex.get(nodeId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Upstream end (node index) of link {@code l}. */
    public int from(int l) {
        return linkFrom[l];
    }

    /** Downstream end (node index) of link {@code l}. */
    public int to(int l) {
        return linkTo[l];
    }

    /** Indexes of the links leaving node {@code n} downstream. Do not modify the array. */
    public int[] outLinks(int n) {
        return out[n];
    }

    /** Indexes of the links entering node {@code n} from upstream. Do not modify the array. */
    public int[] inLinks(int n) {
        return in[n];
    }

    /** Every problem found while reading, in line order. */
    public List<Issue> issues() {
        return issues;
    }

    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Issue.Severity.ERROR);
    }

    /** The file's sections, for export by {@link InpWriter}. */
    public InpDocument document() {
        return document;
    }

    /** Nodes from which water can reach {@code node}, including itself. O(upstream nodes + links). */
    public BitSet upstreamOf(int node) {
        return walk(node, true);
    }

    /** Nodes that water from {@code node} can reach, including itself. */
    public BitSet downstreamOf(int node) {
        return walk(node, false);
    }

    private BitSet walk(int start, boolean up) {
        BitSet seen = new BitSet(nodes.size());
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen.set(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            int n = queue.poll();
            for (int l : up ? in[n] : out[n]) {
                int next = up ? linkFrom[l] : linkTo[l];
                if (!seen.get(next)) {
                    seen.set(next);
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
