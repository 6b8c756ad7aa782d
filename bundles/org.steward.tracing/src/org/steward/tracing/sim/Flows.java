package org.steward.tracing.sim;

import java.util.ArrayDeque;
import java.util.List;

import org.steward.tracing.network.InpDocument;
import org.steward.tracing.network.SewerNetwork;

/**
 * Dry-weather flow of every node and how a discharge is diluted downstream.
 * <p>
 * Local inflow: the [DWF] FLOW baselines of the file when it has any (a node without one gets 10 % of the mean
 * positive baseline, standing for unlisted inflow and infiltration); otherwise one unit per node. Accumulated flow
 * Q(j) = local(j) + the flow of the links entering j; a node with k outgoing links sends 1/k of its flow down
 * each (equal split: no hydraulics). A discharge raising the concentration at node i by C raises it at node j by
 * C · Q(i) · f(i→j) / Q(j), f(i→j) being the share of i's water that reaches j (mass balance; 1 in a tree).
 * Computed in topological order; nodes on a directed cycle keep only their local inflow.
 */
final class Flows {
    private final SewerNetwork net;
    private final double[] local;
    private final double[] total;
    private final int[] order;
    private final boolean fromDwf;

    Flows(SewerNetwork net) {
        this.net = net;
        int n = net.nodeCount();
        local = new double[n];
        fromDwf = readDwf(net, local);
        if (!fromDwf) {
            java.util.Arrays.fill(local, 1);
        }
        order = topologicalOrder(net);
        total = propagate(local.clone());
    }

    boolean fromDwf() {
        return fromDwf;
    }

    double total(int node) {
        return total[node];
    }

    double local(int node) {
        return local[node];
    }

    /** Change of concentration at every node per unit change at {@code source}: Q(i)·f(i→j)/Q(j). */
    double[] dilutionFrom(int source) {
        double[] mass = new double[local.length];
        mass[source] = total[source];
        double[] carried = propagate(mass);
        double[] out = new double[local.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = carried[j] > 0 && total[j] > 0 ? Math.min(1, carried[j] / total[j]) : 0;
        }
        out[source] = 1;
        return out;
    }

    /** Adds each node's value to those downstream, splitting equally at nodes with several outgoing links. */
    private double[] propagate(double[] acc) {
        for (int v : order) {
            int[] out = net.outLinks(v);
            if (out.length == 0 || acc[v] == 0) {
                continue;
            }
            double share = acc[v] / out.length;
            for (int l : out) {
                acc[net.to(l)] += share;
            }
        }
        return acc;
    }

    private static int[] topologicalOrder(SewerNetwork net) {
        int n = net.nodeCount();
        int[] indeg = new int[n];
        for (int v = 0; v < n; v++) {
            indeg[v] = net.inLinks(v).length;
        }
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (indeg[v] == 0) {
                q.add(v);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!q.isEmpty()) {
            int v = q.poll();
            order[k++] = v;
            for (int l : net.outLinks(v)) {
                if (--indeg[net.to(l)] == 0) {
                    q.add(net.to(l));
                }
            }
        }
        return java.util.Arrays.copyOf(order, k);
    }

    private static boolean readDwf(SewerNetwork net, double[] local) {
        boolean any = false;
        for (InpDocument.Section s : net.document().sections("DWF")) {
            for (InpDocument.Line l : s.dataLines()) {
                List<String> f = l.fields();
                if (f.size() < 3 || !f.get(1).equalsIgnoreCase("FLOW")) {
                    continue;
                }
                var idx = net.indexOf(f.get(0));
                double base;
                try {
                    base = Double.parseDouble(f.get(2));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (idx.isPresent() && base > 0 && Double.isFinite(base)) {
                    local[idx.getAsInt()] += base;
                    any = true;
                }
            }
        }
        if (any) {
            double sum = 0;
            int count = 0;
            for (double v : local) {
                if (v > 0) {
                    sum += v;
                    count++;
                }
            }
            double floor = 0.1 * sum / count;
            for (int i = 0; i < local.length; i++) {
                if (local[i] <= 0) {
                    local[i] = floor;
                }
            }
        }
        return any;
    }
}
