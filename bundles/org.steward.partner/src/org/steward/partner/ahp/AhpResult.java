package org.steward.partner.ahp;

import java.util.List;

/**
 * The outcome of the eigenvector method.
 *
 * @param names      the criteria
 * @param weights    the normalised principal eigenvector (sums to 1), in the order of {@code names}
 * @param lambdaMax  the principal eigenvalue
 * @param ci         consistency index (λmax − n)/(n − 1); 0 for n = 1
 * @param ri         Saaty's random index for n ({@link RandomIndex})
 * @param cr         consistency ratio CI/RI; 0 when RI is 0 (n ≤ 2)
 * @param iterations power-iteration steps taken
 * @param deviations every judgement above the diagonal with its deviation from the weights, largest first
 */
public record AhpResult(List<String> names, List<Double> weights, double lambdaMax, double ci, double ri, double cr,
                        int iterations, List<Deviation> deviations) {
    public AhpResult {
        names = List.copyOf(names);
        weights = List.copyOf(weights);
        deviations = List.copyOf(deviations);
    }

    /** Whether CR is below {@code threshold} (Saaty: 0.1). */
    public boolean consistent(double threshold) {
        return cr < threshold;
    }

    public double weight(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no criterion '" + name + "'; criteria: " + names);
        }
        return weights.get(i);
    }
}
