package org.steward.partner.topsis;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of TOPSIS.
 *
 * @param alternatives the alternatives, in input order
 * @param criteria     the criteria, in input order
 * @param weights      the weights used (normalised to sum 1)
 * @param weightSum    the sum of the weights as given (1 when they needed no normalising)
 * @param ideal        the positive ideal solution, per criterion (weighted normalised values)
 * @param antiIdeal    the negative ideal solution, per criterion
 * @param toIdeal      Euclidean distance of each alternative to the ideal (S+)
 * @param toAntiIdeal  Euclidean distance of each alternative to the anti-ideal (S−)
 * @param closeness    relative closeness C = S− / (S+ + S−), per alternative
 * @param ranking      alternatives by closeness, best first (ties in input order)
 * @param sensitivity  per criterion, where the two best change places; empty when no weight in [0, 1] does it
 */
public record TopsisResult(List<String> alternatives, List<String> criteria, List<Double> weights, double weightSum,
                           List<Double> ideal, List<Double> antiIdeal, List<Double> toIdeal, List<Double> toAntiIdeal,
                           List<Double> closeness, List<String> ranking, List<Optional<SwapPoint>> sensitivity) {
    public TopsisResult {
        alternatives = List.copyOf(alternatives);
        criteria = List.copyOf(criteria);
        weights = List.copyOf(weights);
        ideal = List.copyOf(ideal);
        antiIdeal = List.copyOf(antiIdeal);
        toIdeal = List.copyOf(toIdeal);
        toAntiIdeal = List.copyOf(toAntiIdeal);
        closeness = List.copyOf(closeness);
        ranking = List.copyOf(ranking);
        sensitivity = List.copyOf(sensitivity);
    }

    public double closeness(String alternative) {
        int i = alternatives.indexOf(alternative);
        if (i < 0) {
            throw new IllegalArgumentException("no alternative '" + alternative + "'; alternatives: " + alternatives);
        }
        return closeness.get(i);
    }
}
