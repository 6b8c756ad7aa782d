package org.steward.competitor.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.steward.competitor.model.Activity;
import org.steward.competitor.model.ChainEntry;
import org.steward.competitor.model.Competitor;

/**
 * What the value-chain editor holds for one record, as typed: per activity the score text, description and evidence.
 * {@link #check()} validates it like the record reader does (score a whole number 1–5, required), naming the field
 * ({@code chain.<activity>.score}) in every error.
 */
public final class ChainForm {
    /** One activity's inputs as typed. */
    public record Row(String score, String description, String evidence) {
        public Row {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** One error: the field (e.g. {@code chain.operations.score}), the activity and the message. */
    public record Problem(String field, Activity activity, String message) {
    }

    /** The entries when valid, else the problems. */
    public record Outcome(List<ChainEntry> chain, List<Problem> problems) {
        public Outcome {
            chain = List.copyOf(chain);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Map<Activity, Row> rows = new EnumMap<>(Activity.class);

    /** The form filled from a record (an activity it does not score starts with an empty score). */
    public static ChainForm of(Competitor c) {
        ChainForm f = new ChainForm();
        for (Activity a : Activity.values()) {
            f.set(a, c.entry(a).map(e -> new Row(Integer.toString(e.score()), e.description(), e.evidence())).orElse(new Row("", "", "")));
        }
        return f;
    }

    public void set(Activity a, Row row) {
        rows.put(a, row);
    }

    public Row row(Activity a) {
        return rows.getOrDefault(a, new Row("", "", ""));
    }

    /** Same inputs for every activity. */
    public boolean rowsEqual(ChainForm other) {
        for (Activity a : Activity.values()) {
            if (!row(a).equals(other.row(a))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainForm f && rowsEqual(f);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.stream(Activity.values()).map(this::row).toList().hashCode();
    }

    public static String field(Activity a) {
        return "chain." + a.id() + ".score";
    }

    public Outcome check() {
        List<ChainEntry> chain = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Activity a : Activity.values()) {
            Row r = row(a);
            String s = r.score().strip();
            String name = Terms.name(a);
            if (s.isEmpty()) {
                problems.add(new Problem(field(a), a, Messages.bind(Messages.Chain_scoreMissing, field(a), name)));
                continue;
            }
            int score;
            try {
                score = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                problems.add(new Problem(field(a), a, Messages.bind(Messages.Chain_scoreNotNumber, new Object[] {field(a), name, s})));
                continue;
            }
            if (score < 1 || score > 5) {
                problems.add(new Problem(field(a), a, Messages.bind(Messages.Chain_scoreRange, new Object[] {field(a), name, s})));
                continue;
            }
            chain.add(new ChainEntry(a, score, r.description().strip(), r.evidence().strip()));
        }
        return new Outcome(problems.isEmpty() ? chain : List.of(), problems);
    }
}
