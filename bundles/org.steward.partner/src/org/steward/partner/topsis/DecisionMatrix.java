package org.steward.partner.topsis;

import java.util.List;

/**
 * Alternatives scored on criteria, with a weight and a type per criterion. Values are non-negative; weights positive
 * (they need not sum to 1: {@link Topsis} normalises them).
 */
public final class DecisionMatrix {
    private final List<String> alternatives;
    private final List<String> criteria;
    private final double[] weights;
    private final List<CriterionType> types;
    private final double[][] values;

    public DecisionMatrix(List<String> alternatives, List<String> criteria, double[] weights, List<CriterionType> types,
                          double[][] values) {
        this.alternatives = List.copyOf(alternatives);
        this.criteria = List.copyOf(criteria);
        this.weights = weights.clone();
        this.types = List.copyOf(types);
        int m = this.criteria.size();
        if (m == 0 || weights.length != m || types.size() != m || values.length != this.alternatives.size()) {
            throw new IllegalArgumentException("inconsistent sizes: " + m + " criteria, " + weights.length + " weights, "
                    + types.size() + " types, " + values.length + " rows for " + this.alternatives.size() + " alternatives");
        }
        this.values = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != m) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + values[i].length + " values, need " + m);
            }
            this.values[i] = values[i].clone();
        }
    }

    public List<String> alternatives() {
        return alternatives;
    }

    public List<String> criteria() {
        return criteria;
    }

    public double weight(int criterion) {
        return weights[criterion];
    }

    public CriterionType type(int criterion) {
        return types.get(criterion);
    }

    public double value(int alternative, int criterion) {
        return values[alternative][criterion];
    }
}
