package org.steward.crm.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analytics settings as a workspace record, {@code settings/crm-analytics.md}; every field is optional (a missing
 * one keeps its default, {@link CrmSettings#defaults()}):
 *
 * <pre>
 * ---
 * type: settings
 * id: crm-analytics
 * stages:
 *   - 潜在客户池 = 10%
 *   - 商务洽谈 = 90% | 预研阶段, 合同谈判
 *   - 签约成交 = 100%
 * lostStage: 丢单
 * activationStage: 需求确认
 * health:
 *   relationship: 关系强度 = 2
 *   risk: 风险等级 = 1
 * levelScores:
 *   green: 100
 *   yellow: 50
 *   red: 0
 * gradeA: 5亿
 * gradeB: 1亿
 * marginRate: 30%
 * expectedYears: 3
 * discountRate: 8%
 * ---
 * </pre>
 *
 * A stage item is {@code name = probability [| alias, alias]}, a health entry {@code id: label = weight [| alias]}.
 */
public final class SettingsFile {
    public static final String PATH = "settings/crm-analytics.md";

    private SettingsFile() {
    }

    /** The settings the text sets over the defaults; every bad field is named in the exception. */
    public static CrmSettings read(String file, String text) throws CrmInputException {
        Map<String, FrontMatter.Value> f = FrontMatter.read(file, text);
        CrmSettings d = CrmSettings.defaults();
        List<Problem> problems = new ArrayList<>();
        List<CrmSettings.Stage> stages = d.stages();
        if (f.get("stages") instanceof FrontMatter.Items items) {
            stages = new ArrayList<>();
            for (String item : items.values()) {
                String[] nameRest = split(item, '=');
                String[] probAliases = split(nameRest[1], '|');
                try {
                    double p = Amounts.ratio(probAliases[0]).orElseThrow(() -> new IllegalArgumentException("no probability"));
                    stages.add(new CrmSettings.Stage(nameRest[0], p, aliases(probAliases[1])));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(file, "stages", "item '" + item + "': " + e.getMessage()
                            + "; write 'name = 20%' or 'name = 20% | alias'"));
                }
            }
            if (stages.size() < 2 && problems.isEmpty()) {
                problems.add(new Problem(file, "stages", "needs at least two stages (the last one is the won stage)"));
            }
        } else if (f.containsKey("stages")) {
            problems.add(new Problem(file, "stages", "must be a list of '  - name = probability' lines"));
        }
        List<CrmSettings.HealthDimension> health = d.health();
        if (f.get("health") instanceof FrontMatter.Entries entries) {
            health = new ArrayList<>();
            for (Map.Entry<String, String> e : entries.entries().entrySet()) {
                String[] labelRest = split(e.getValue(), '=');
                String[] weightAliases = split(labelRest[1], '|');
                try {
                    double w = Double.parseDouble(weightAliases[0].strip());
                    if (w < 0) {
                        throw new NumberFormatException();
                    }
                    health.add(new CrmSettings.HealthDimension(e.getKey(), labelRest[0], w, aliases(weightAliases[1])));
                } catch (NumberFormatException ex) {
                    problems.add(new Problem(file, "health." + e.getKey(), "'" + e.getValue()
                            + "' has no weight ≥ 0: write 'label = 1'"));
                }
            }
        } else if (f.containsKey("health")) {
            problems.add(new Problem(file, "health", "must be a map of '  id: label = weight' lines"));
        }
        Map<String, Double> levelScores = new LinkedHashMap<>(d.levelScores());
        if (f.get("levelScores") instanceof FrontMatter.Entries entries) {
            for (Map.Entry<String, String> e : entries.entries().entrySet()) {
                if (!CrmSettings.LEVELS.contains(e.getKey())) {
                    problems.add(new Problem(file, "levelScores." + e.getKey(), "unknown level: use green, yellow or red"));
                    continue;
                }
                try {
                    double v = Double.parseDouble(e.getValue().strip());
                    if (v < 0 || v > 100) {
                        throw new NumberFormatException();
                    }
                    levelScores.put(e.getKey(), v);
                } catch (NumberFormatException ex) {
                    problems.add(new Problem(file, "levelScores." + e.getKey(), "'" + e.getValue() + "' is not a score 0..100"));
                }
            }
        }
        double gradeA = amount(f, "gradeA", d.gradeA(), file, problems);
        double gradeB = amount(f, "gradeB", d.gradeB(), file, problems);
        if (gradeB > gradeA) {
            problems.add(new Problem(file, "gradeB", "is above gradeA: grade B must start below grade A"));
        }
        double margin = ratio(f, "marginRate", d.marginRate(), file, problems);
        double discount = ratio(f, "discountRate", d.discountRate(), file, problems);
        int years = d.expectedYears();
        String y = FrontMatter.text(f, "expectedYears");
        if (!y.isEmpty()) {
            try {
                years = Integer.parseInt(y);
                if (years < 1 || years > 50) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, "expectedYears", "'" + y + "' is not a whole number of years 1..50"));
            }
        }
        String lost = FrontMatter.text(f, "lostStage");
        String activation = FrontMatter.text(f, "activationStage");
        if (!problems.isEmpty()) {
            throw new CrmInputException(problems);
        }
        CrmSettings s = new CrmSettings(stages, lost.isEmpty() ? d.lostStage() : lost, activation.isEmpty() ? d.activationStage() : activation,
                health, levelScores, gradeA, gradeB, margin, years, discount);
        if (s.stage(s.activationStage()).isEmpty()) {
            throw new CrmInputException(new Problem(file, "activationStage", "'" + s.activationStage() + "' is not one of the stages "
                    + s.stages().stream().map(CrmSettings.Stage::name).toList()));
        }
        return s;
    }

    private static String[] split(String text, char sep) {
        int i = text.indexOf(sep);
        return i < 0 ? new String[] {text.strip(), ""} : new String[] {text.substring(0, i).strip(), text.substring(i + 1).strip()};
    }

    private static List<String> aliases(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split("[,，]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static double amount(Map<String, FrontMatter.Value> f, String field, double dflt, String file, List<Problem> problems) {
        try {
            return Amounts.yuan(FrontMatter.text(f, field)).orElse(dflt);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, field, e.getMessage()));
            return dflt;
        }
    }

    private static double ratio(Map<String, FrontMatter.Value> f, String field, double dflt, String file, List<Problem> problems) {
        try {
            return Amounts.ratio(FrontMatter.text(f, field)).orElse(dflt);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, field, e.getMessage()));
            return dflt;
        }
    }
}
