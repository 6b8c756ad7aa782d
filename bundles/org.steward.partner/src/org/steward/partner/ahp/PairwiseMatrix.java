package org.steward.partner.ahp;

import java.util.List;

/**
 * A positive reciprocal pairwise comparison matrix: {@code value(i, j)} says how much more criterion i matters than
 * criterion j on Saaty's 1–9 scale, and {@code value(j, i) = 1 / value(i, j)}.
 */
public final class PairwiseMatrix {
    private final List<String> names;
    private final double[][] values;

    /**
     * @param names  the criteria, in row and column order
     * @param values an n×n matrix, copied; it must be positive and reciprocal (checked by {@link PairwiseMatrixCsv}
     *               for files; here only the shape is checked)
     */
    public PairwiseMatrix(List<String> names, double[][] values) {
        this.names = List.copyOf(names);
        int n = this.names.size();
        if (n == 0 || values.length != n) {
            throw new IllegalArgumentException("need " + n + " rows, got " + values.length);
        }
        this.values = new double[n][];
        for (int i = 0; i < n; i++) {
            if (values[i].length != n) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + values[i].length + " values, need " + n);
            }
            this.values[i] = values[i].clone();
        }
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public double value(int row, int column) {
        return values[row][column];
    }
}
