package org.steward.partner.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.partner.internal.FrontMatter;
import org.steward.partner.internal.Messages;
import org.steward.partner.vendor.VendorProblem;

/** Reads a decision record; every problem names the file, line and field. */
public final class DecisionRecordReader {
    /** The fields of a decision record. */
    public static final List<String> FIELDS = List.of("type", "id", "title", "date", "fictional", "vendors", "rules", "ahp", "topsis",
            "weightsFromAhp", "sampleTests", "range", "chosen", "reasons");

    private DecisionRecordReader() {
    }

    /** The record, or the problems that prevent reading it. */
    public record Outcome(Optional<DecisionRecord> record, List<VendorProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    public static Outcome read(String file, String text) {
        FrontMatter.Parsed p = FrontMatter.parse(file, text);
        List<VendorProblem> problems = new ArrayList<>(p.problems());
        Map<String, FrontMatter.Field> f = p.fields();
        Map<String, Integer> lines = new HashMap<>();
        for (FrontMatter.Field field : f.values()) {
            lines.put(field.name(), field.line());
            if (!FIELDS.contains(field.name())) {
                problems.add(new VendorProblem(file, field.line(), field.name(),
                        Messages.get("decision.unknownField", field.name(), String.join(", ", FIELDS))));
            }
        }
        if (f.isEmpty() && !problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        String title = scalar(f, "title").orElse("");
        if (title.isBlank()) {
            problems.add(new VendorProblem(file, lines.getOrDefault("title", 1), "title", Messages.get("decision.noTitle")));
        }
        List<String> chosen = new ArrayList<>();
        FrontMatter.Field c = f.get("chosen");
        if (c != null && c.kind() == FrontMatter.Kind.LIST) {
            chosen.addAll(c.list());
        } else if (c != null && c.kind() == FrontMatter.Kind.SCALAR && !c.scalar().isBlank()) {
            for (String s : c.scalar().split("\\s*[,，、;；]\\s*")) {
                chosen.add(s.strip());
            }
        }
        if (chosen.isEmpty()) {
            problems.add(new VendorProblem(file, lines.getOrDefault("chosen", 1), "chosen", Messages.get("decision.noChosen")));
        }
        Map<String, String> tests = map(file, f, "sampleTests", problems);
        Map<String, String> reasons = map(file, f, "reasons", problems);
        for (String v : chosen) {
            if (!reasons.containsKey(v)) {
                problems.add(new VendorProblem(file, lines.getOrDefault("reasons", lines.getOrDefault("chosen", 1)), "reasons." + v,
                        Messages.get("decision.noReason", v)));
            }
        }
        boolean fromAhp = false;
        Optional<String> flag = scalar(f, "weightsFromAhp");
        if (flag.isPresent()) {
            String v = flag.get().strip().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("yes") || v.equals("true")) {
                fromAhp = true;
            } else if (!v.equals("no") && !v.equals("false")) {
                problems.add(new VendorProblem(file, lines.get("weightsFromAhp"), "weightsFromAhp", Messages.get("vendor.badFlag", v)));
            }
        }
        double range = 500;
        Optional<String> r = scalar(f, "range");
        if (r.isPresent()) {
            try {
                range = Double.parseDouble(r.get().strip());
                if (!(range > 0) || Double.isInfinite(range)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new VendorProblem(file, lines.get("range"), "range", Messages.get("decision.badRange", r.get())));
            }
        }
        if (fromAhp && scalar(f, "ahp").isEmpty()) {
            problems.add(new VendorProblem(file, lines.get("weightsFromAhp"), "weightsFromAhp", Messages.get("decision.needsAhp")));
        }
        if (scalar(f, "rules").isPresent() && scalar(f, "vendors").isEmpty()) {
            problems.add(new VendorProblem(file, lines.get("rules"), "rules", Messages.get("decision.rulesNeedVendors")));
        }
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        return new Outcome(Optional.of(new DecisionRecord(file, title, scalar(f, "date").orElse(""), scalar(f, "vendors"), scalar(f, "rules"),
                scalar(f, "ahp"), scalar(f, "topsis"), fromAhp, tests, range, chosen, reasons, p.body(), lines)), problems);
    }

    private static Optional<String> scalar(Map<String, FrontMatter.Field> f, String name) {
        FrontMatter.Field field = f.get(name);
        return field != null && field.kind() == FrontMatter.Kind.SCALAR && !field.scalar().isBlank() ? Optional.of(field.scalar().strip())
                : Optional.empty();
    }

    private static Map<String, String> map(String file, Map<String, FrontMatter.Field> f, String name, List<VendorProblem> problems) {
        FrontMatter.Field field = f.get(name);
        Map<String, String> out = new LinkedHashMap<>();
        if (field == null || field.kind() == FrontMatter.Kind.SCALAR && field.scalar().isBlank()) {
            return out;
        }
        if (field.kind() != FrontMatter.Kind.MAP) {
            problems.add(new VendorProblem(file, field.line(), name, Messages.get("decision.notMap", name)));
            return out;
        }
        field.map().forEach((k, v) -> out.put(k, v.value()));
        return out;
    }
}
