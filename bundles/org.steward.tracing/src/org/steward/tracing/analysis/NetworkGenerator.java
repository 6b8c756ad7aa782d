package org.steward.tracing.analysis;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of tree-like sewer networks for benchmarks and tests, written as a valid SWMM 5 input file
 * (CMS units, metres).
 * <p>
 * Node 0 is the outfall {@code O0} at invert 100 m. Each further node {@code Ji} drains into an earlier node: the
 * one just before it with probability 1/2 (so branches grow in runs, like a street sewer), otherwise one drawn
 * uniformly from all earlier nodes. Its conduit {@code Ci} is 30–120 m long with a slope of 0.2–1 %, so inverts
 * rise upstream and every conduit runs downhill; the node lies that length away in a random direction. Diameters
 * grow with the number of nodes drained: D = min(2.0, 0.2 + 0.1·log2(upstream nodes)) m, rounded to 5 cm; all
 * conduits have n = 0.013. With {@code loops > 0}, about loops·N extra conduits {@code Xj} join a node to an earlier,
 * lower node that is not its own outlet, making parallel paths (loops of the undirected graph) while keeping every
 * conduit downhill. The same (nodes, seed, loops) always gives the same file.
 */
public final class NetworkGenerator {

    private NetworkGenerator() {
    }

    /**
     * @param nodes number of nodes, at least 2
     * @param seed  random seed
     * @param loops extra conduits per node, 0 for a tree
     */
    public static String generate(int nodes, long seed, double loops) {
        if (nodes < 2) {
            throw new IllegalArgumentException("a network needs at least 2 nodes");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] parent = new int[nodes];
        double[] invert = new double[nodes];
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        double[] length = new double[nodes];
        invert[0] = 100;
        parent[0] = -1;
        for (int i = 1; i < nodes; i++) {
            int p = random.nextBoolean() ? i - 1 : random.nextInt(i);
            parent[i] = p;
            length[i] = round(30 + 90 * random.nextDouble(), 100);
            double slope = 0.002 + 0.008 * random.nextDouble();
            invert[i] = round(invert[p] + slope * length[i], 1000);
            if (invert[i] <= invert[p]) {
                invert[i] = invert[p] + 0.001;
            }
            double angle = 2 * Math.PI * random.nextDouble();
            x[i] = round(x[p] + length[i] * Math.cos(angle), 100);
            y[i] = round(y[p] + length[i] * Math.sin(angle), 100);
        }
        int[] drained = new int[nodes];
        for (int i = nodes - 1; i >= 0; i--) {
            drained[i]++;
            if (i > 0) {
                drained[parent[i]] += drained[i];
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("[TITLE]\n;;Project Title/Notes\nSteward generated network: ").append(nodes).append(" nodes, seed ")
                .append(seed).append(", loops ").append(loops).append("\n\n");
        sb.append("[OPTIONS]\n;;Option             Value\nFLOW_UNITS           CMS\nINFILTRATION         HORTON\n"
                + "FLOW_ROUTING         KINWAVE\nLINK_OFFSETS         DEPTH\n\n");
        sb.append("[JUNCTIONS]\n;;Name           Elevation  MaxDepth   InitDepth  SurDepth   Aponded\n");
        for (int i = 1; i < nodes; i++) {
            sb.append(String.format(Locale.ROOT, "J%-15d %-10.3f 3          0          0          0%n", i, invert[i]));
        }
        sb.append("\n[OUTFALLS]\n;;Name           Elevation  Type       Stage Data       Gated\n");
        sb.append(String.format(Locale.ROOT, "O0               %-10.3f FREE                        NO%n", invert[0]));
        sb.append("\n[CONDUITS]\n;;Name           From Node        To Node          Length     Roughness  InOffset   OutOffset  InitFlow   MaxFlow\n");
        StringBuilder xs = new StringBuilder("\n[XSECTIONS]\n;;Link           Shape        Geom1            Geom2      Geom3      Geom4      Barrels\n");
        for (int i = 1; i < nodes; i++) {
            conduit(sb, xs, "C" + i, name(i), name(parent[i]), length[i], diameter(drained[i]));
        }
        int extra = (int) Math.round(loops * nodes);
        for (int j = 1; j <= extra; j++) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int a = 1 + random.nextInt(nodes - 1);
                int b = random.nextInt(a);
                if (b != parent[a] && invert[b] < invert[a]) {
                    double len = Math.max(10, round(Math.hypot(x[a] - x[b], y[a] - y[b]), 100));
                    conduit(sb, xs, "X" + j, name(a), name(b), len, diameter(drained[a]));
                    break;
                }
            }
        }
        sb.append(xs);
        sb.append("\n[COORDINATES]\n;;Node           X-Coord            Y-Coord\n");
        for (int i = 0; i < nodes; i++) {
            sb.append(String.format(Locale.ROOT, "%-16s %-18.2f %.2f%n", name(i), x[i], y[i]));
        }
        return sb.toString();
    }

    private static void conduit(StringBuilder sb, StringBuilder xs, String id, String from, String to, double length, double d) {
        sb.append(String.format(Locale.ROOT, "%-16s %-16s %-16s %-10.2f 0.013      0          0          0          0%n",
                id, from, to, length));
        xs.append(String.format(Locale.ROOT, "%-16s CIRCULAR     %-16.2f 0          0          0          1%n", id, d));
    }

    private static String name(int i) {
        return i == 0 ? "O0" : "J" + i;
    }

    private static double diameter(int drained) {
        double d = Math.min(2.0, 0.2 + 0.1 * (Math.log(drained) / Math.log(2)));
        return Math.round(d * 20) / 20.0;
    }

    private static double round(double v, double per) {
        return Math.round(v * per) / per;
    }
}
