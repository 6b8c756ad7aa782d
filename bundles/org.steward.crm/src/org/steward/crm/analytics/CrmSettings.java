package org.steward.crm.analytics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the analytics are configured with. {@link #defaults()} documents where each default comes from; a workspace
 * overrides any of them with the record {@code settings/crm-analytics.md} (see {@link SettingsFile}).
 *
 * @param stages          pipeline stages in order, the last one "won"
 * @param lostStage       the stage name of a lost opportunity (probability 0, outside the funnel order)
 * @param activationStage from this stage on an open opportunity makes its customer "activated"
 * @param health          health dimensions with weights
 * @param levelScores     score 0..100 of each level: green, yellow, red
 * @param gradeA          revenue (yuan) from which a customer is grade A
 * @param gradeB          revenue (yuan) from which a customer is grade B (below: C)
 * @param marginRate      share of a customer's annual value that is margin
 * @param expectedYears   years a customer relationship is expected to last
 * @param discountRate    yearly discount rate for lifetime value
 */
public record CrmSettings(List<Stage> stages, String lostStage, String activationStage, List<HealthDimension> health,
                          Map<String, Double> levelScores, double gradeA, double gradeB, double marginRate, int expectedYears,
                          double discountRate) {

    /** A pipeline stage: name, default probability 0..1, other names that mean it. */
    public record Stage(String name, double probability, List<String> aliases) {
        public Stage {
            aliases = List.copyOf(aliases);
        }
    }

    /** A health dimension: id (record field key), label (as in the overview's table), weight, other labels. */
    public record HealthDimension(String id, String label, double weight, List<String> aliases) {
        public HealthDimension {
            aliases = List.copyOf(aliases);
        }
    }

    public static final List<String> LEVELS = List.of("green", "yellow", "red");

    public CrmSettings {
        stages = List.copyOf(stages);
        health = List.copyOf(health);
        levelScores = Map.copyOf(levelScores);
    }

    /**
     * The defaults.
     * <ul>
     * <li>Stages: the overview's customer-acquisition funnel (客户获取漏斗: 潜在客户池 → 首次接触 → 需求确认 → 方案报价 → 商务洽谈
     * → 签约成交). Probabilities: Salesforce's default opportunity-stage probabilities mapped onto them (Prospecting 10 %,
     * Qualification 10 %, Needs Analysis 20 %, Proposal/Price Quote 75 %, Negotiation/Review 90 %, Closed Won 100 %,
     * Closed Lost 0 %). 预研阶段 is an alias of 商务洽谈: the overview puts O001 (预研阶段) at 商务洽谈 in its funnel and in
     * its 合作项目 line. A probability written on an opportunity (O001: 75 %) wins over its stage's.</li>
     * <li>Health: the five dimensions of the overview's 客户健康度评估 table, equal weights (the overview gives none);
     * 🟢 = 100, 🟡 = 50, 🔴 = 0.</li>
     * <li>ABC: the overview's 潜在客户池 grading by annual revenue: A ≥ 5亿, B 1–5亿, C &lt; 1亿.</li>
     * <li>Lifetime value: 3 years (the overview's 长期愿景（3年） horizon), discount rate 8 % (the social discount rate of
     * 《建设项目经济评价方法与参数》第三版, NDRC 2006), margin rate 30 % (an assumption: set your own).</li>
     * </ul>
     */
    public static CrmSettings defaults() {
        return new CrmSettings(List.of(
                new Stage("潜在客户池", 0.10, List.of("潜在客户", "prospect")),
                new Stage("首次接触", 0.10, List.of("初次接触", "first contact")),
                new Stage("需求确认", 0.20, List.of("需求分析", "needs confirmed")),
                new Stage("方案报价", 0.75, List.of("方案形成", "报价", "proposal")),
                new Stage("商务洽谈", 0.90, List.of("预研阶段", "合同谈判", "negotiation")),
                new Stage("签约成交", 1.00, List.of("已签约", "成交", "won"))),
                "丢单", "需求确认",
                List.of(new HealthDimension("relationship", "关系强度", 1, List.of()),
                        new HealthDimension("decisionAccess", "决策层触达", 1, List.of()),
                        new HealthDimension("paymentAbility", "付款能力", 1, List.of()),
                        new HealthDimension("willingness", "合作意愿", 1, List.of()),
                        new HealthDimension("risk", "风险等级", 1, List.of())),
                Map.of("green", 100.0, "yellow", 50.0, "red", 0.0),
                500_000_000, 100_000_000, 0.30, 3, 0.08);
    }

    /** The stage this name or alias means. */
    public Optional<Stage> stage(String text) {
        String t = text.strip();
        for (Stage s : stages) {
            if (s.name().equals(t) || s.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(t))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public boolean isLost(String stage) {
        return lostStage.equals(stage.strip()) || "lost".equalsIgnoreCase(stage.strip()) || "已丢单".equals(stage.strip());
    }

    /** Index of a canonical stage in {@link #stages()}, -1 when unknown. */
    public int index(String stageName) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stageName)) {
                return i;
            }
        }
        return -1;
    }

    public String wonStage() {
        return stages.get(stages.size() - 1).name();
    }

    /** The dimension with this id or label. */
    public Optional<HealthDimension> dimension(String idOrLabel) {
        String t = idOrLabel.strip();
        return health.stream().filter(d -> d.id().equals(t) || d.label().equals(t) || d.aliases().contains(t)).findFirst();
    }

    /** The names of all stages in order, then the lost stage. */
    public List<String> stageNames() {
        List<String> out = new java.util.ArrayList<>(stages.stream().map(Stage::name).toList());
        out.add(lostStage);
        return out;
    }
}
