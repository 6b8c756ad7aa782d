package org.steward.text.coword;

import java.util.Random;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.GradientDescentVOSLayoutAlgorithm;
import nl.cwts.networkanalysis.Layout;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Leiden clustering and VOS layout of a similarity matrix with CWTS networkanalysis (the engine of VOSviewer;
 * Traag, Waltman &amp; van Eck 2019, "From Louvain to Leiden", Sci. Rep. 9:5233; van Eck et al. 2010, "A comparison
 * of two techniques for bibliometric mapping: MDS and VOS", JASIST 61(12)).
 */
public final class NetworkAnalysis {
    /** Leiden iterations, and the randomness of its refinement step (the library's defaults). */
    public static final int LEIDEN_ITERATIONS = 10;
    public static final double LEIDEN_RANDOMNESS = 0.01;

    private NetworkAnalysis() {
    }

    /** An undirected network: every positive off-diagonal entry is an edge (stored in both directions). */
    static Network network(double[][] w, boolean nodeWeightsFromEdges) {
        int n = w.length;
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && w[i][j] > 0) {
                    m++;
                }
            }
        }
        int[] from = new int[m];
        int[] to = new int[m];
        double[] weight = new double[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && w[i][j] > 0) {
                    from[k] = i;
                    to[k] = j;
                    weight[k] = w[i][j];
                    k++;
                }
            }
        }
        return new Network(n, nodeWeightsFromEdges, new LargeIntArray[] { new LargeIntArray(from), new LargeIntArray(to) },
                new LargeDoubleArray(weight), true, false);
    }

    /**
     * Leiden clustering maximising modularity with a resolution parameter γ (as networkanalysis's command line does
     * for its "Modularity" quality function: node weights = total edge weight of each node, CPM resolution
     * γ / (2W) with W the total edge weight). Larger γ gives more, smaller clusters. Clusters are numbered from 0,
     * largest first.
     *
     * @return the cluster of each node
     */
    public static int[] leiden(double[][] w, double resolution, long seed) {
        if (w.length == 0) {
            return new int[0];
        }
        Network net = network(w, true);
        double total = 2 * net.getTotalEdgeWeight() + net.getTotalEdgeWeightSelfLinks();
        if (total <= 0) {
            int[] singletons = new int[w.length];
            for (int i = 0; i < singletons.length; i++) {
                singletons[i] = i;
            }
            return singletons;
        }
        LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / total, LEIDEN_ITERATIONS, LEIDEN_RANDOMNESS, new Random(seed));
        Clustering clustering = leiden.findClustering(net);
        clustering.orderClustersByNNodes();
        return clustering.getClusters();
    }

    /**
     * VOS layout (gradient descent, attraction 2, repulsion 1 — the library's defaults), standardised so that the
     * coordinates are centred with mean distance 1.
     *
     * @return {@code [node][x, y]}
     */
    public static double[][] vosLayout(double[][] w, long seed) {
        int n = w.length;
        if (n == 0) {
            return new double[0][2];
        }
        if (n == 1) {
            return new double[][] { { 0, 0 } };
        }
        Network net = network(w, false);
        GradientDescentVOSLayoutAlgorithm algorithm = new GradientDescentVOSLayoutAlgorithm(new Random(seed));
        Layout layout = algorithm.findLayout(net);
        layout.standardize(true);
        double[][] xy = layout.getCoordinates();
        double[][] out = new double[n][2];
        for (int i = 0; i < n; i++) {
            out[i][0] = xy[0][i];
            out[i][1] = xy[1][i];
        }
        return out;
    }
}
