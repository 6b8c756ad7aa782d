package org.steward.tracing.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Whole-network checks, all linear in nodes + links: links on directed cycles (their flow direction cannot be
 * decided from the file), weakly connected parts, nodes with no downstream path to an outfall.
 */
final class NetworkChecks {
    /** At most this many per-node warnings of one kind; the rest are summed up in one line. */
    static final int MAX_LISTED = 25;

    private NetworkChecks() {
    }

    static List<Issue> check(SewerNetwork net) {
        List<Issue> issues = new ArrayList<>();
        cycles(net, issues);
        components(net, issues);
        outfallPaths(net, issues);
        return issues;
    }

    /** Tarjan's strongly connected components, iterative so that long chains do not overflow the stack. */
    private static void cycles(SewerNetwork net, List<Issue> issues) {
        int n = net.nodeCount();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                int[] out = net.outLinks(v);
                if (callEdge[depth] < out.length) {
                    int w = net.to(out[callEdge[depth]++]);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = comps;
                        } while (w != v);
                        comps++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        int listed = 0;
        int total = 0;
        for (int l = 0; l < net.linkCount(); l++) {
            if (comp[net.from(l)] == comp[net.to(l)]) {
                total++;
                if (listed++ < MAX_LISTED) {
                    Link link = net.link(l);
                    issues.add(new Issue(Issue.Severity.WARNING, net.fileName(), link.line(), Texts.get("loop", link.id(),
                            link.from(), link.to(), link.from(), link.to())));
                }
            }
        }
        if (total > MAX_LISTED) {
            issues.add(new Issue(Issue.Severity.WARNING, net.fileName(), 0, Texts.get("loop.more", total - MAX_LISTED)));
        }
    }

    private static void components(SewerNetwork net, List<Issue> issues) {
        int n = net.nodeCount();
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        List<int[]> parts = new ArrayList<>(); // {first node, size}
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int id = parts.size();
            int size = 0;
            ArrayDeque<Integer> q = new ArrayDeque<>();
            q.add(s);
            comp[s] = id;
            while (!q.isEmpty()) {
                int v = q.poll();
                size++;
                for (int l : net.outLinks(v)) {
                    int w = net.to(l);
                    if (comp[w] < 0) {
                        comp[w] = id;
                        q.add(w);
                    }
                }
                for (int l : net.inLinks(v)) {
                    int w = net.from(l);
                    if (comp[w] < 0) {
                        comp[w] = id;
                        q.add(w);
                    }
                }
            }
            parts.add(new int[] {s, size});
        }
        if (parts.size() <= 1) {
            return;
        }
        int largest = 0;
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i)[1] > parts.get(largest)[1]) {
                largest = i;
            }
        }
        int listed = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i == largest) {
                continue;
            }
            if (listed++ < MAX_LISTED) {
                Node first = net.node(parts.get(i)[0]);
                issues.add(new Issue(Issue.Severity.WARNING, net.fileName(), first.line(), Texts.get("disconnected", first.id(), parts.get(i)[1] - 1,
                        n - parts.get(largest)[1], n, parts.size() - 1)));
            }
        }
    }

    private static void outfallPaths(SewerNetwork net, List<Issue> issues) {
        BitSet reached = new BitSet(net.nodeCount());
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int i = 0; i < net.nodeCount(); i++) {
            if (net.node(i).kind() == NodeKind.OUTFALL) {
                reached.set(i);
                q.add(i);
            }
        }
        while (!q.isEmpty()) {
            int v = q.poll();
            for (int l : net.inLinks(v)) {
                int w = net.from(l);
                if (!reached.get(w)) {
                    reached.set(w);
                    q.add(w);
                }
            }
        }
        int missing = net.nodeCount() - reached.cardinality();
        int listed = 0;
        for (int i = reached.nextClearBit(0); i < net.nodeCount(); i = reached.nextClearBit(i + 1)) {
            if (listed++ >= MAX_LISTED) {
                break;
            }
            Node node = net.node(i);
            issues.add(new Issue(Issue.Severity.WARNING, net.fileName(), node.line(), Texts.get("noOutfall", node.id())));
        }
        if (missing > MAX_LISTED) {
            issues.add(new Issue(Issue.Severity.WARNING, net.fileName(), 0, Texts.get("noOutfall.more", missing - MAX_LISTED)));
        }
    }
}
