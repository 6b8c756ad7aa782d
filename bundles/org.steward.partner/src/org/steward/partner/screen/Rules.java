package org.steward.partner.screen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.steward.partner.internal.Messages;
import org.steward.partner.vendor.MeasuredParameter;
import org.steward.partner.vendor.Stage;
import org.steward.partner.vendor.Vendor;
import org.steward.partner.vendor.VendorProblem;

/**
 * Reads screening rules, one per line (docs/models/partner.md, "Screening"):
 * <pre>
 * measures: COD, conductivity      the vendor measures every parameter listed
 * certifications: CCEP             the vendor holds every certificate listed (case-insensitive)
 * rdStaff &gt;= 20                    also patents; operators &gt;= &gt; &lt;= &lt; = !=
 * priceBand &lt;= B                   bands A (lowest price) … E (highest)
 * pipeNetwork = yes                also tracing; = or != with yes/no
 * stage &gt;= samplesReceived         pipeline stage reached
 * </pre>
 * Blank lines and {@code #} comments are skipped. Any error names the line and says how to write the rule.
 */
public final class Rules {
    /** The fields a comparison rule may name. */
    public static final List<String> FIELDS = List.of("measures", "certifications", "rdStaff", "patents", "priceBand", "pipeNetwork",
            "tracing", "stage");

    private Rules() {
    }

    /** Parses a rules file. */
    public static List<Rule> read(Path file) throws RulesException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesException(List.of(new VendorProblem(file.getFileName().toString(), 0, "rules",
                    Messages.get("csv.unreadable", file, e.getMessage()))));
        }
        return parse(file.getFileName().toString(), List.of(text.split("\r\n|\n|\r", -1)));
    }

    /** Parses inline rules separated by {@code ;} (a parameter value); positions count from 1. */
    public static List<Rule> parseInline(String rules) throws RulesException {
        return parse("rules", List.of(rules.split(";")));
    }

    /** Parses rule lines; {@code source} names them in messages. */
    public static List<Rule> parse(String source, List<String> lines) throws RulesException {
        List<Rule> rules = new ArrayList<>();
        List<VendorProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            try {
                rules.add(rule(t, i + 1));
            } catch (IllegalArgumentException e) {
                problems.add(new VendorProblem(source, i + 1, "rule", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        if (rules.isEmpty()) {
            throw new RulesException(List.of(new VendorProblem(source, 0, "rules", Messages.get("rules.none"))));
        }
        return rules;
    }

    private static Rule rule(String t, int line) {
        int colon = t.indexOf(':');
        if (colon > 0 && !t.substring(0, colon).matches(".*[<>=!].*")) {
            String field = t.substring(0, colon).strip();
            List<String> items = new ArrayList<>();
            for (String s : t.substring(colon + 1).split("[,，、;]")) {
                if (!s.isBlank()) {
                    items.add(s.strip());
                }
            }
            if (items.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("rules.emptyList", field));
            }
            if (field.equalsIgnoreCase("measures")) {
                List<String> ids = new ArrayList<>();
                for (String item : items) {
                    ids.add(MeasuredParameter.canonical(item).orElseThrow(() -> new IllegalArgumentException(
                            Messages.get("vendor.unknownParameter", item, String.join(", ", MeasuredParameter.IDS)))));
                }
                return new Simple(t, line, v -> {
                    List<String> missing = ids.stream().filter(id -> !v.measures(id)).toList();
                    return missing.isEmpty() ? Optional.empty() : Optional.of(Messages.get("screen.lacks", String.join(", ", missing)));
                });
            }
            if (field.equalsIgnoreCase("certifications")) {
                return new Simple(t, line, v -> {
                    List<String> missing = items.stream()
                            .filter(c -> v.certifications().stream().noneMatch(h -> h.strip().equalsIgnoreCase(c))).toList();
                    return missing.isEmpty() ? Optional.empty() : Optional.of(Messages.get("screen.noCertificate", String.join(", ", missing)));
                });
            }
            throw new IllegalArgumentException(Messages.get("rules.unknownListField", field));
        }
        Comparison op = null;
        int at = -1;
        for (Comparison c : Comparison.values()) {
            int i = t.indexOf(c.symbol());
            if (i > 0 && (at < 0 || i < at || i == at && c.symbol().length() > op.symbol().length())) {
                op = c;
                at = i;
            }
        }
        if (op == null) {
            throw new IllegalArgumentException(Messages.get("rules.syntax", t, String.join(", ", FIELDS)));
        }
        String field = t.substring(0, at).strip();
        String value = t.substring(at + op.symbol().length()).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("rules.noValue", field));
        }
        Comparison cmp = op;
        switch (field.toLowerCase(Locale.ROOT)) {
            case "rdstaff" -> {
                int limit = integer(field, value);
                return countRule(t, line, "rdStaff", cmp, limit, Vendor::rdStaff);
            }
            case "patents" -> {
                int limit = integer(field, value);
                return countRule(t, line, "patents", cmp, limit, Vendor::patents);
            }
            case "priceband" -> {
                String b = value.toUpperCase(Locale.ROOT);
                if (b.length() != 1 || b.charAt(0) < 'A' || b.charAt(0) > 'E') {
                    throw new IllegalArgumentException(Messages.get("vendor.priceBand", value));
                }
                char limit = b.charAt(0);
                return new Simple(t, line, v -> v.priceBand().isEmpty() ? Optional.of(Messages.get("screen.unknown", "priceBand"))
                        : cmp.holds(v.priceBand().get(), limit) ? Optional.empty()
                        : Optional.of(Messages.get("screen.compare", "priceBand", v.priceBand().get(), cmp.symbol(), limit)));
            }
            case "pipenetwork", "tracing" -> {
                String name = field.equalsIgnoreCase("tracing") ? "tracing" : "pipeNetwork";
                if (cmp != Comparison.EQ && cmp != Comparison.NE) {
                    throw new IllegalArgumentException(Messages.get("rules.flagOperator", name, cmp.symbol()));
                }
                String lv = value.toLowerCase(Locale.ROOT);
                boolean wanted;
                if (List.of("yes", "true", "是", "有").contains(lv)) {
                    wanted = true;
                } else if (List.of("no", "false", "否", "无").contains(lv)) {
                    wanted = false;
                } else {
                    throw new IllegalArgumentException(Messages.get("vendor.badFlag", value));
                }
                boolean mustEqual = cmp == Comparison.EQ;
                Function<Vendor, Optional<Boolean>> get = name.equals("tracing") ? Vendor::tracing : Vendor::pipeNetwork;
                return new Simple(t, line, v -> {
                    Optional<Boolean> actual = get.apply(v);
                    if (actual.isEmpty()) {
                        return Optional.of(Messages.get("screen.unknown", name));
                    }
                    return (actual.get() == wanted) == mustEqual ? Optional.empty()
                            : Optional.of(Messages.get("screen.flag", name, actual.get() ? "yes" : "no"));
                });
            }
            case "stage" -> {
                Stage limit = Stage.of(value).orElseThrow(() -> new IllegalArgumentException(
                        Messages.get("vendor.unknownStage", value, Stage.keys())));
                return new Simple(t, line, v -> {
                    int actual = v.stage().map(s -> s.ordinal() + 1).orElse(0);
                    return cmp.holds(actual, limit.ordinal() + 1) ? Optional.empty()
                            : Optional.of(Messages.get("screen.stage", v.stage().map(Stage::key).orElse("-"), cmp.symbol(), limit.key()));
                });
            }
            default -> throw new IllegalArgumentException(Messages.get("rules.unknownField", field, String.join(", ", FIELDS)));
        }
    }

    private static Rule countRule(String t, int line, String name, Comparison cmp, int limit, Function<Vendor, OptionalInt> get) {
        return new Simple(t, line, v -> {
            OptionalInt actual = get.apply(v);
            if (actual.isEmpty()) {
                return Optional.of(Messages.get("screen.unknown", name));
            }
            return cmp.holds(actual.getAsInt(), limit) ? Optional.empty()
                    : Optional.of(Messages.get("screen.compare", name, actual.getAsInt(), cmp.symbol(), limit));
        });
    }

    private static int integer(String field, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(Messages.get("rules.badNumber", field, value));
    }

    private record Simple(String text, int line, Function<Vendor, Optional<String>> test) implements Rule {
        @Override
        public Optional<String> check(Vendor vendor) {
            return test.apply(vendor);
        }
    }
}
