package org.steward.text.coword;

import java.util.List;

/**
 * A term map ready to draw: terms with their weights (frequencies), cluster and 2-D position, and the similarity
 * matrix whose strongest links are drawn.
 */
public record CowordMap(List<String> terms, long[] weights, int[] clusters, double[][] xy, double[][] similarity) {
    public CowordMap {
        terms = List.copyOf(terms);
        int n = terms.size();
        if (weights.length != n || clusters.length != n || xy.length != n || similarity.length != n) {
            throw new IllegalArgumentException("map arrays do not match " + n + " terms");
        }
    }
}
