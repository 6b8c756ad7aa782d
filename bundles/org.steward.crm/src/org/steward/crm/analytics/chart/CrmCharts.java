package org.steward.crm.analytics.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.steward.crm.analytics.CrmReport;

/**
 * The charts of a {@link CrmReport}: pipeline (weighted value per stage), funnel, health, ABC, lifecycle, lifetime
 * value, channels. Titles carry both languages (Chinese first) so that one PNG serves both interfaces.
 */
public final class CrmCharts {
    public static final List<String> NAMES = List.of("pipeline", "funnel", "health", "abc", "lifecycle", "ltv", "channels");
    private static final int BLUE = 0x2b6cb0;
    private static final int GREEN = 0x2f855a;
    private static final int AMBER = 0xd69e2e;
    private static final int RED = 0xc53030;
    private static final int GREY = 0x718096;
    private static final Map<String, String> LIFECYCLE_ZH = Map.of("acquisition", "获客", "activation", "激活", "retention", "留存",
            "revenue", "变现", "referral", "推荐");

    private CrmCharts() {
    }

    /** The chart named {@code name} (one of {@link #NAMES}). */
    public static BarChart chart(String name, CrmReport r) {
        return switch (name) {
            case "pipeline" -> new BarChart("商机管道（加权金额） Pipeline, weighted value (yuan)", r.pipeline().stages().stream()
                    .map(s -> new BarChart.Bar(s.stage() + " " + percent(s.probability()), s.weightedYuan(),
                            s.count() + " · " + money(s.weightedYuan()), BLUE)).toList());
            case "funnel" -> new BarChart("客户获取漏斗 Customer funnel", r.funnel().stream()
                    .map(f -> new BarChart.Bar(f.stage(), f.customers(), f.customers() + f.conversion().map(c -> " (" + percent(c) + ")").orElse(""),
                            GREEN)).toList());
            case "health" -> new BarChart("客户健康度 Customer health (0–100)", r.health().stream()
                    .map(h -> new BarChart.Bar(h.account().name(), h.score().orElse(0.0),
                            h.score().map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("—"), h.score().map(CrmCharts::healthColor).orElse(GREY)))
                    .toList());
            case "abc" -> {
                List<BarChart.Bar> bars = new ArrayList<>();
                for (String g : List.of("A", "B", "C", "-")) {
                    long n = r.grades().stream().filter(x -> x.grade().equals(g)).count();
                    bars.add(new BarChart.Bar(g.equals("-") ? "未分级 ungraded" : g + " 级", n, String.valueOf(n),
                            g.equals("A") ? GREEN : g.equals("B") ? AMBER : g.equals("C") ? RED : GREY));
                }
                yield new BarChart("ABC 分级（按年营收） ABC grades by revenue", bars);
            }
            case "lifecycle" -> new BarChart("客户生命周期 Lifecycle (AARRR)", CrmReport.LIFECYCLE.stream().map(stage -> {
                long n = r.lifecycle().stream().filter(l -> l.stage().equals(stage)).count();
                return new BarChart.Bar(LIFECYCLE_ZH.get(stage) + " " + stage, n, String.valueOf(n), BLUE);
            }).toList());
            case "ltv" -> new BarChart("客户终身价值 Lifetime value (yuan)", r.lifetimeValues().stream()
                    .map(l -> new BarChart.Bar(l.account().name(), l.valueYuan().orElse(0.0), l.valueYuan().map(CrmCharts::money).orElse("—"), GREEN))
                    .toList());
            case "channels" -> new BarChart("客户来源渠道 Acquisition channels", r.channels().stream()
                    .map(c -> new BarChart.Bar(c.channel(), c.customers(), c.customers() + " (" + percent(c.share()) + ")", AMBER)).toList());
            default -> throw new IllegalArgumentException("no chart '" + name + "': use one of " + NAMES);
        };
    }

    /** PNG bytes per chart name, in {@link #NAMES} order. */
    public static Map<String, byte[]> pngs(CrmReport r) {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (String n : NAMES) {
            out.put(n, chart(n, r).png());
        }
        return out;
    }

    static int healthColor(double score) {
        return score >= 75 ? GREEN : score >= 50 ? AMBER : RED;
    }

    public static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    /** 337500 → 33.75万; below 10,000 as yuan. */
    public static String money(double yuan) {
        if (Math.abs(yuan) >= 10_000) {
            String s = String.format(Locale.ROOT, "%.2f", yuan / 10_000).replaceAll("\\.?0+$", "");
            return s + "万";
        }
        return String.format(Locale.ROOT, "%.0f", yuan);
    }

    public static Optional<String> fontProblem() {
        return ChartFont.canShowChinese() ? Optional.empty()
                : Optional.of("no font able to show Chinese was found (install fonts-noto-cjk): labels may show as boxes");
    }
}
