package org.steward.crm.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM analytics over a set of records (docs/models/crm.md, "Analytics"). Pure functions of the data and the
 * settings; every rule is written where it is applied.
 */
public final class CrmAnalytics {
    public static final String UNKNOWN_CHANNEL = "未记录";

    private CrmAnalytics() {
    }

    public static CrmReport analyse(CrmData data, CrmSettings s) {
        return new CrmReport(pipeline(data, s), health(data, s), funnel(data, s), grades(data, s), lifecycle(data, s),
                lifetimeValues(data, s), channels(data, s), referrers(data), data, s);
    }

    /** The probability used for a deal: the record's own, else its stage's (0 for lost). */
    public static CrmReport.DealValue value(Deal d, CrmSettings s) {
        double p;
        String source;
        if (s.isLost(d.stage())) {
            p = 0;
            source = "stage";
        } else if (d.probability().isPresent()) {
            p = d.probability().get();
            source = "record";
        } else {
            p = s.stage(d.stage()).map(CrmSettings.Stage::probability).orElse(0.0);
            source = "stage";
        }
        return new CrmReport.DealValue(d, p, source, d.amountYuan().map(a -> a * p));
    }

    static CrmReport.Pipeline pipeline(CrmData data, CrmSettings s) {
        List<CrmReport.DealValue> values = data.deals().stream().map(d -> value(d, s)).toList();
        List<CrmReport.StageRow> rows = new ArrayList<>();
        for (String stage : s.stageNames()) {
            int count = 0;
            double amount = 0;
            double weighted = 0;
            for (CrmReport.DealValue v : values) {
                if (v.deal().stage().equals(stage)) {
                    count++;
                    amount += v.deal().amountYuan().orElse(0.0);
                    weighted += v.weightedYuan().orElse(0.0);
                }
            }
            double p = s.isLost(stage) ? 0 : s.stage(stage).map(CrmSettings.Stage::probability).orElse(0.0);
            rows.add(new CrmReport.StageRow(stage, p, count, amount, weighted));
        }
        int open = 0;
        int unvalued = 0;
        double amount = 0;
        double weighted = 0;
        for (CrmReport.DealValue v : values) {
            if (isOpen(v.deal(), s)) {
                open++;
                if (v.weightedYuan().isEmpty()) {
                    unvalued++;
                } else {
                    amount += v.deal().amountYuan().get();
                    weighted += v.weightedYuan().get();
                }
            }
        }
        return new CrmReport.Pipeline(rows, values, open, amount, weighted, unvalued);
    }

    public static boolean isOpen(Deal d, CrmSettings s) {
        return !s.isLost(d.stage()) && !d.stage().equals(s.wonStage());
    }

    static List<CrmReport.HealthScore> health(CrmData data, CrmSettings s) {
        List<CrmReport.HealthScore> out = new ArrayList<>();
        for (Account a : data.accounts()) {
            double sum = 0;
            double weights = 0;
            Map<String, String> levels = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (CrmSettings.HealthDimension d : s.health()) {
                String level = a.health().get(d.id());
                if (level == null) {
                    missing.add(d.id());
                    continue;
                }
                levels.put(d.id(), level);
                sum += d.weight() * s.levelScores().get(level);
                weights += d.weight();
            }
            out.add(new CrmReport.HealthScore(a, weights > 0 ? Optional.of(sum / weights) : Optional.empty(), levels, missing));
        }
        return out;
    }

    /** The furthest stage index each customer reached through its opportunities; -1 when it has none. */
    static int reached(Account a, CrmData data, CrmSettings s) {
        int best = -1;
        for (Deal d : data.deals()) {
            if (!a.isNamed(d.customer())) {
                continue;
            }
            int i = s.isLost(d.stage()) ? (d.lostAt().isEmpty() ? 1 : s.index(d.lostAt())) : s.index(d.stage());
            best = Math.max(best, i);
        }
        return best;
    }

    /**
     * The customer funnel, as the overview's 客户获取漏斗 counts it: a customer counts at every stage up to the furthest
     * one its opportunities reached (a customer with no opportunity only at the first stage; a lost opportunity up to
     * its {@code lostAt} stage, else up to the second stage). Conversion = customers at a stage / at the stage before.
     */
    static List<CrmReport.FunnelRow> funnel(CrmData data, CrmSettings s) {
        int n = s.stages().size();
        int[] counts = new int[n];
        for (Account a : data.accounts()) {
            int r = Math.max(0, reached(a, data, s));
            for (int i = 0; i <= r && i < n; i++) {
                counts[i]++;
            }
        }
        List<CrmReport.FunnelRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<Double> conv = i == 0 || counts[i - 1] == 0 ? Optional.empty() : Optional.of((double) counts[i] / counts[i - 1]);
            Optional<Double> first = counts[0] == 0 ? Optional.empty() : Optional.of((double) counts[i] / counts[0]);
            out.add(new CrmReport.FunnelRow(s.stages().get(i).name(), counts[i], conv, first));
        }
        return out;
    }

    /** A ≥ gradeA, B ≥ gradeB, else C; {@code -} when the revenue is unknown. */
    static List<CrmReport.Grade> grades(CrmData data, CrmSettings s) {
        return data.accounts().stream().map(a -> new CrmReport.Grade(a, a.revenueYuan()
                .map(r -> r >= s.gradeA() ? "A" : r >= s.gradeB() ? "B" : "C").orElse("-"))).toList();
    }

    private static long won(Account a, CrmData data, CrmSettings s) {
        return data.deals().stream().filter(d -> a.isNamed(d.customer()) && d.stage().equals(s.wonStage())).count();
    }

    /**
     * Lifecycle, the first rule that holds: referral (another customer names it in {@code referredBy}); retention (two
     * or more won opportunities: it came back); revenue (one won opportunity); activation (an open opportunity at the
     * activation stage or later); acquisition (otherwise: known, not yet engaged).
     */
    static List<CrmReport.Lifecycle> lifecycle(CrmData data, CrmSettings s) {
        int activation = s.index(s.stage(s.activationStage()).map(CrmSettings.Stage::name).orElse(""));
        List<CrmReport.Lifecycle> out = new ArrayList<>();
        for (Account a : data.accounts()) {
            List<String> referred = data.accounts().stream().filter(o -> o != a && a.isNamed(o.referredBy())).map(Account::name).toList();
            long won = won(a, data, s);
            int furthestOpen = data.deals().stream().filter(d -> a.isNamed(d.customer()) && isOpen(d, s))
                    .mapToInt(d -> s.index(d.stage())).max().orElse(-1);
            if (!referred.isEmpty()) {
                out.add(new CrmReport.Lifecycle(a, "referral", "referred " + String.join(", ", referred)));
            } else if (won >= 2) {
                out.add(new CrmReport.Lifecycle(a, "retention", won + " won opportunities"));
            } else if (won == 1) {
                out.add(new CrmReport.Lifecycle(a, "revenue", "1 won opportunity"));
            } else if (activation >= 0 && furthestOpen >= activation) {
                out.add(new CrmReport.Lifecycle(a, "activation", "open opportunity at " + s.stages().get(furthestOpen).name()));
            } else {
                out.add(new CrmReport.Lifecycle(a, "acquisition", furthestOpen < 0 ? "no open opportunity"
                        : "open opportunity only at " + s.stages().get(furthestOpen).name()));
            }
        }
        return out;
    }

    /** Σ_{t=1..years} 1/(1+rate)^t: the present value of 1 yuan a year, paid at each year's end. */
    public static double annuityFactor(double rate, int years) {
        double f = 0;
        for (int t = 1; t <= years; t++) {
            f += 1 / Math.pow(1 + rate, t);
        }
        return f;
    }

    /**
     * LTV = annual value × margin rate × annuity factor. Annual value: the customer's {@code annualValue}, else the sum
     * of its won opportunities' amounts taken as one year's revenue, else none (no LTV).
     */
    static List<CrmReport.LifetimeValue> lifetimeValues(CrmData data, CrmSettings s) {
        List<CrmReport.LifetimeValue> out = new ArrayList<>();
        for (Account a : data.accounts()) {
            Optional<Double> annual = a.annualValueYuan();
            String basis = "annualValue";
            if (annual.isEmpty()) {
                double wonAmount = data.deals().stream().filter(d -> a.isNamed(d.customer()) && d.stage().equals(s.wonStage()))
                        .mapToDouble(d -> d.amountYuan().orElse(0.0)).sum();
                if (wonAmount > 0) {
                    annual = Optional.of(wonAmount);
                    basis = "won opportunities";
                } else {
                    basis = "no annualValue and no won amount";
                }
            }
            double margin = a.marginRate().orElse(s.marginRate());
            int years = a.expectedYears().orElse(s.expectedYears());
            double factor = annuityFactor(s.discountRate(), years);
            out.add(new CrmReport.LifetimeValue(a, annual, basis, margin, years, s.discountRate(), annual.map(v -> v * margin * factor)));
        }
        return out;
    }

    /** Per acquisition channel ({@code source}; {@value #UNKNOWN_CHANNEL} when not recorded). */
    static List<CrmReport.ChannelRow> channels(CrmData data, CrmSettings s) {
        Map<String, List<Account>> by = new LinkedHashMap<>();
        for (Account a : data.accounts()) {
            by.computeIfAbsent(a.source().isBlank() ? UNKNOWN_CHANNEL : a.source(), k -> new ArrayList<>()).add(a);
        }
        List<CrmReport.ChannelRow> out = new ArrayList<>();
        int total = data.accounts().size();
        for (Map.Entry<String, List<Account>> e : by.entrySet()) {
            int opps = 0;
            int won = 0;
            double weighted = 0;
            for (Deal d : data.deals()) {
                if (e.getValue().stream().anyMatch(a -> a.isNamed(d.customer()))) {
                    opps++;
                    won += d.stage().equals(s.wonStage()) ? 1 : 0;
                    if (isOpen(d, s)) {
                        weighted += value(d, s).weightedYuan().orElse(0.0);
                    }
                }
            }
            out.add(new CrmReport.ChannelRow(e.getKey(), e.getValue().size(), total == 0 ? 0 : (double) e.getValue().size() / total,
                    opps, won, weighted));
        }
        return out;
    }

    static List<CrmReport.ReferrerRow> referrers(CrmData data) {
        List<CrmReport.ReferrerRow> out = new ArrayList<>();
        for (ReferralSource r : data.referrals()) {
            out.add(new CrmReport.ReferrerRow(r.name(), r.kind(), data.accounts().stream()
                    .filter(a -> !a.referredBy().isBlank() && a.referredBy().strip().equals(r.name())).map(Account::name).toList()));
        }
        return out;
    }
}
