package org.steward.customer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steward.text.DocumentAnalyzer;

/**
 * An explainable park-type classifier: multinomial naive Bayes with Laplace smoothing (Manning, Raghavan &amp;
 * Schütze 2008, <i>Introduction to Information Retrieval</i>, §13.2) over the segmented, filtered terms.
 * <pre>
 * score(c) = ln P(c) + Σ_t n_t · ln( (T_ct + α) / (Σ_t' T_ct' + α·|V|) )
 * </pre>
 * with {@code n_t} the count of term t in the document, {@code T_ct} its count in the training texts of class c,
 * α = 1 and V the training vocabulary (terms not in V are ignored). Confidence is the posterior
 * {@code exp(score(c)) / Σ exp(score)}; the deciding terms are those with the largest
 * {@code n_t · (ln P(t|predicted) − ln P(t|runner-up))}, i.e. the terms that moved the decision most.
 */
public final class ParkTypeClassifier {

    /** A labelled training text, as term counts. */
    public record Example(String id, ParkType label, Map<String, Integer> counts) {
    }

    /** A term that pushed the decision towards the predicted type, and by how much (natural log units). */
    public record Evidence(String term, int count, double weight) {
    }

    /** The decision for one document. */
    public record Prediction(ParkType type, double confidence, Map<ParkType, Double> probabilities, List<Evidence> decidingTerms) {
    }

    /** Leave-one-out evaluation. */
    public record Evaluation(int examples, int correct, Map<ParkType, Map<ParkType, Integer>> confusion) {
        public double accuracy() {
            return examples == 0 ? 0 : (double) correct / examples;
        }
    }

    public static final double ALPHA = 1.0;
    /** The shipped training set (resource of this bundle). */
    public static final String TRAINING_SET = "training/park-types.tsv";

    private final Map<ParkType, Map<String, Integer>> termCounts;
    private final Map<ParkType, Long> totals;
    private final Map<ParkType, Double> logPrior;
    private final Set<String> vocabulary;

    private ParkTypeClassifier(Map<ParkType, Map<String, Integer>> termCounts, Map<ParkType, Long> totals,
                               Map<ParkType, Double> logPrior, Set<String> vocabulary) {
        this.termCounts = termCounts;
        this.totals = totals;
        this.logPrior = logPrior;
        this.vocabulary = vocabulary;
    }

    public static ParkTypeClassifier train(List<Example> examples) {
        Map<ParkType, Map<String, Integer>> counts = new EnumMap<>(ParkType.class);
        Map<ParkType, Long> totals = new EnumMap<>(ParkType.class);
        Map<ParkType, Integer> docs = new EnumMap<>(ParkType.class);
        Set<String> vocabulary = new HashSet<>();
        for (ParkType p : ParkType.values()) {
            counts.put(p, new HashMap<>());
            totals.put(p, 0L);
            docs.put(p, 0);
        }
        for (Example e : examples) {
            docs.merge(e.label(), 1, Integer::sum);
            e.counts().forEach((t, n) -> {
                counts.get(e.label()).merge(t, n, Integer::sum);
                totals.merge(e.label(), (long) n, Long::sum);
                vocabulary.add(t);
            });
        }
        Map<ParkType, Double> prior = new EnumMap<>(ParkType.class);
        for (ParkType p : ParkType.values()) {
            // Laplace-smoothed prior, so a type absent from a leave-one-out fold keeps a finite score.
            prior.put(p, Math.log((docs.get(p) + 1.0) / (examples.size() + ParkType.values().length)));
        }
        return new ParkTypeClassifier(counts, totals, prior, vocabulary);
    }

    private double logLikelihood(ParkType c, String term) {
        return Math.log((termCounts.get(c).getOrDefault(term, 0) + ALPHA) / (totals.get(c) + ALPHA * vocabulary.size()));
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    public Prediction predict(Map<String, Integer> counts, int evidenceLimit) {
        Map<ParkType, Double> score = new EnumMap<>(ParkType.class);
        for (ParkType c : ParkType.values()) {
            double s = logPrior.get(c);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (vocabulary.contains(e.getKey())) {
                    s += e.getValue() * logLikelihood(c, e.getKey());
                }
            }
            score.put(c, s);
        }
        double max = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = 0;
        for (double s : score.values()) {
            sum += Math.exp(s - max);
        }
        Map<ParkType, Double> prob = new EnumMap<>(ParkType.class);
        for (ParkType c : ParkType.values()) {
            prob.put(c, Math.exp(score.get(c) - max) / sum);
        }
        List<ParkType> order = new ArrayList<>(List.of(ParkType.values()));
        order.sort(Comparator.comparingDouble((ParkType c) -> score.get(c)).reversed());
        ParkType best = order.get(0);
        ParkType second = order.get(1);
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (vocabulary.contains(e.getKey())) {
                double w = e.getValue() * (logLikelihood(best, e.getKey()) - logLikelihood(second, e.getKey()));
                if (w > 0) {
                    evidence.add(new Evidence(e.getKey(), e.getValue(), w));
                }
            }
        }
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed().thenComparing(Evidence::term));
        return new Prediction(best, prob.get(best), prob, List.copyOf(evidence.subList(0, Math.min(evidenceLimit, evidence.size()))));
    }

    /** Trains on all examples but one and predicts that one, for each example. */
    public static Evaluation leaveOneOut(List<Example> examples) {
        Map<ParkType, Map<ParkType, Integer>> confusion = new EnumMap<>(ParkType.class);
        for (ParkType p : ParkType.values()) {
            Map<ParkType, Integer> row = new EnumMap<>(ParkType.class);
            for (ParkType q : ParkType.values()) {
                row.put(q, 0);
            }
            confusion.put(p, row);
        }
        int correct = 0;
        for (int i = 0; i < examples.size(); i++) {
            List<Example> rest = new ArrayList<>(examples);
            Example held = rest.remove(i);
            ParkType predicted = train(rest).predict(held.counts(), 0).type();
            confusion.get(held.label()).merge(predicted, 1, Integer::sum);
            if (predicted == held.label()) {
                correct++;
            }
        }
        return new Evaluation(examples.size(), correct, confusion);
    }

    /** Reads the shipped training set, segmenting each text with {@code analyzer}. */
    public static List<Example> shippedTrainingSet(DocumentAnalyzer analyzer) throws IOException {
        InputStream in = ParkTypeClassifier.class.getResourceAsStream(TRAINING_SET);
        if (in == null) {
            throw new IOException("missing resource " + TRAINING_SET + " in org.steward.customer");
        }
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                ParkType label = tab < 0 ? null : ParkType.parse(line.substring(0, tab)).orElse(null);
                if (label == null) {
                    throw new IOException(TRAINING_SET + " line " + no + ": expected 'label<TAB>text' with a known label");
                }
                out.add(new Example(TRAINING_SET + ":" + no, label,
                        analyzer.analyze(new StringReader(line.substring(tab + 1)), "line " + no, "UTF-8").frequencies()));
            }
        }
        return out;
    }

}
