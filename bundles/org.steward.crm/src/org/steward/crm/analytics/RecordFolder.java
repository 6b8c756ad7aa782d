package org.steward.crm.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a folder of CRM records as the workspace and the CRM import wizard write them: {@code customer/*.md},
 * {@code contact/*.md}, {@code opportunity/*.md}, {@code referral/*.md}, and the optional settings record
 * {@code settings/crm-analytics.md}. Fields (all texts unless said):
 * <ul>
 * <li>customer: {@code name} (required), {@code parkType}, {@code region}, {@code source}, {@code referredBy},
 * {@code revenue} (年营收: 5亿, 1.2亿, 800万, yuan), {@code annualValue} (yuan per year it pays us), {@code marginRate},
 * {@code expectedYears}, {@code health} (map: dimension id → green / yellow / red or 🟢 / 🟡 / 🔴);</li>
 * <li>opportunity: {@code customer} (id or name, required), {@code stage} (required, a stage or alias of the
 * settings), {@code project}, {@code probability} (75% or 0.75, overrides the stage's), {@code amount}
 * (45万, 450000), {@code lostAt} (the stage a lost one had reached);</li>
 * <li>referral: {@code name}, {@code kind} (person / channel).</li>
 * </ul>
 * A record whose required field is missing or invalid is left out and named in {@link CrmData#problems()}; an
 * invalid optional field is named and ignored.
 */
public final class RecordFolder {

    /** The records and the settings in force. */
    public record Loaded(CrmData data, CrmSettings settings) {
    }

    private RecordFolder() {
    }

    /** Reads the folder with its own settings record, or the defaults when it has none. */
    public static Loaded read(Path folder) throws CrmInputException {
        return read(folder, Optional.empty());
    }

    /** Reads the folder; {@code settingsFile} (when given) wins over the folder's own settings record. */
    public static Loaded read(Path folder, Optional<Path> settingsFile) throws CrmInputException {
        if (!Files.isDirectory(folder)) {
            throw new CrmInputException(new Problem(folder.toString(), "-", "is not a folder of CRM records"));
        }
        Path own = folder.resolve(SettingsFile.PATH);
        Path chosen = settingsFile.orElse(own);
        CrmSettings settings = Files.isRegularFile(chosen) ? SettingsFile.read(name(folder, chosen), text(folder, chosen))
                : settingsFile.isPresent() ? missing(chosen) : CrmSettings.defaults();
        List<Problem> problems = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        for (Path p : files(folder, "customer")) {
            String file = name(folder, p);
            try {
                account(file, FrontMatter.read(file, text(folder, p)), settings, problems).ifPresent(accounts::add);
            } catch (CrmInputException e) {
                problems.addAll(e.problems());
            }
        }
        List<Deal> deals = new ArrayList<>();
        for (Path p : files(folder, "opportunity")) {
            String file = name(folder, p);
            try {
                deal(file, FrontMatter.read(file, text(folder, p)), settings, problems).ifPresent(deals::add);
            } catch (CrmInputException e) {
                problems.addAll(e.problems());
            }
        }
        List<ReferralSource> referrals = new ArrayList<>();
        for (Path p : files(folder, "referral")) {
            String file = name(folder, p);
            try {
                Map<String, FrontMatter.Value> f = FrontMatter.read(file, text(folder, p));
                String n = FrontMatter.text(f, "name");
                String kind = FrontMatter.text(f, "kind");
                referrals.add(new ReferralSource(file, n.isEmpty() ? FrontMatter.text(f, "id") : n, kind.isEmpty() ? "person" : kind));
            } catch (CrmInputException e) {
                problems.addAll(e.problems());
            }
        }
        int contacts = files(folder, "contact").size();
        if (accounts.isEmpty() && deals.isEmpty() && problems.isEmpty()) {
            throw new CrmInputException(new Problem(folder.toString(), "-", "holds no customer/ or opportunity/ records: "
                    + "choose the folder the CRM import wizard saved into (it holds customer/, contact/, opportunity/)"));
        }
        return new Loaded(new CrmData(accounts, deals, referrals, contacts, problems), settings);
    }

    private static CrmSettings missing(Path p) throws CrmInputException {
        throw new CrmInputException(new Problem(p.toString(), "-", "settings file not found"));
    }

    static Optional<Account> account(String file, Map<String, FrontMatter.Value> f, CrmSettings s, List<Problem> problems) {
        String id = FrontMatter.text(f, "id");
        String name = FrontMatter.text(f, "name");
        if (name.isEmpty()) {
            problems.add(new Problem(file, "name", "is missing: every customer needs its company name; the record is left out"));
            return Optional.empty();
        }
        Optional<Double> revenue = optionalAmount(file, "revenue", FrontMatter.text(f, "revenue"), problems);
        Optional<Double> annual = optionalAmount(file, "annualValue", FrontMatter.text(f, "annualValue"), problems);
        Optional<Double> margin = optionalRatio(file, "marginRate", FrontMatter.text(f, "marginRate"), problems);
        Optional<Integer> years = Optional.empty();
        String y = FrontMatter.text(f, "expectedYears");
        if (!y.isEmpty()) {
            try {
                int n = Integer.parseInt(y);
                if (n < 1 || n > 50) {
                    throw new NumberFormatException();
                }
                years = Optional.of(n);
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, "expectedYears", "'" + y + "' is not a whole number of years 1..50; the default is used"));
            }
        }
        Map<String, String> health = new LinkedHashMap<>();
        if (f.get("health") instanceof FrontMatter.Entries entries) {
            for (Map.Entry<String, String> e : entries.entries().entrySet()) {
                Optional<CrmSettings.HealthDimension> dim = s.dimension(e.getKey());
                Optional<String> level = level(e.getValue());
                if (dim.isEmpty()) {
                    problems.add(new Problem(file, "health." + e.getKey(), "is not a health dimension of the settings "
                            + s.health().stream().map(CrmSettings.HealthDimension::id).toList() + "; it is ignored"));
                } else if (level.isEmpty()) {
                    problems.add(new Problem(file, "health." + e.getKey(), "'" + e.getValue()
                            + "' is not a level: write green, yellow or red (or 🟢 🟡 🔴); it is ignored"));
                } else {
                    health.put(dim.get().id(), level.get());
                }
            }
        }
        return Optional.of(new Account(file, id, name, FrontMatter.text(f, "parkType"), FrontMatter.text(f, "region"),
                FrontMatter.text(f, "source"), FrontMatter.text(f, "referredBy"), revenue, annual, margin, years, health));
    }

    static Optional<Deal> deal(String file, Map<String, FrontMatter.Value> f, CrmSettings s, List<Problem> problems) {
        String id = FrontMatter.text(f, "id");
        String customer = FrontMatter.text(f, "customer");
        String stageText = FrontMatter.text(f, "stage");
        if (customer.isEmpty()) {
            problems.add(new Problem(file, "customer", "is missing: name the customer (its id or name); the record is left out"));
            return Optional.empty();
        }
        Optional<String> stage = canonicalStage(stageText, s);
        if (stage.isEmpty()) {
            problems.add(new Problem(file, "stage", (stageText.isEmpty() ? "is missing" : "'" + stageText + "' is not a stage")
                    + ": use one of " + s.stageNames() + " (or add it to " + SettingsFile.PATH + "); the record is left out"));
            return Optional.empty();
        }
        String amountText = FrontMatter.text(f, "amount");
        Optional<Double> amount = optionalAmount(file, "amount", amountText, problems);
        Optional<Double> probability = optionalRatio(file, "probability", FrontMatter.text(f, "probability"), problems);
        String lostAt = "";
        String lostText = FrontMatter.text(f, "lostAt");
        if (!lostText.isEmpty()) {
            Optional<CrmSettings.Stage> l = s.stage(lostText);
            if (l.isEmpty()) {
                problems.add(new Problem(file, "lostAt", "'" + lostText + "' is not a stage; it is ignored"));
            } else {
                lostAt = l.get().name();
            }
        }
        return Optional.of(new Deal(file, id, customer, FrontMatter.text(f, "project"), stage.get(), probability, amount, lostAt));
    }

    static Optional<String> canonicalStage(String text, CrmSettings s) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (s.isLost(text)) {
            return Optional.of(s.lostStage());
        }
        return s.stage(text).map(CrmSettings.Stage::name);
    }

    /** green / yellow / red from a level name, a traffic-light emoji or the overview's words. */
    static Optional<String> level(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("green") || t.contains("🟢")) {
            return Optional.of("green");
        }
        if (t.startsWith("yellow") || t.contains("🟡")) {
            return Optional.of("yellow");
        }
        if (t.startsWith("red") || t.contains("🔴")) {
            return Optional.of("red");
        }
        return Optional.empty();
    }

    private static Optional<Double> optionalAmount(String file, String field, String text, List<Problem> problems) {
        try {
            return Amounts.yuan(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, field, e.getMessage() + "; the value is ignored"));
            return Optional.empty();
        }
    }

    private static Optional<Double> optionalRatio(String file, String field, String text, List<Problem> problems) {
        try {
            return Amounts.ratio(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, field, e.getMessage() + "; the value is ignored"));
            return Optional.empty();
        }
    }

    private static List<Path> files(Path folder, String type) throws CrmInputException {
        Path dir = folder.resolve(type);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new CrmInputException(new Problem(dir.toString(), "-", "cannot be listed: " + e.getMessage()));
        }
    }

    private static String name(Path folder, Path file) {
        Path rel = file.startsWith(folder) ? folder.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    private static String text(Path folder, Path file) throws CrmInputException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CrmInputException(new Problem(name(folder, file), "-", "cannot be read: " + e.getMessage()));
        }
    }
}
