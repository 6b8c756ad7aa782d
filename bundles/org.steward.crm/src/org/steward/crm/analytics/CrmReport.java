package org.steward.crm.analytics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything {@link CrmAnalytics} computes. All money in yuan. */
public record CrmReport(Pipeline pipeline, List<HealthScore> health, List<FunnelRow> funnel, List<Grade> grades,
                        List<Lifecycle> lifecycle, List<LifetimeValue> lifetimeValues, List<ChannelRow> channels,
                        List<ReferrerRow> referrers, CrmData data, CrmSettings settings) {

    /** One stage column of the pipeline: its open (or won/lost) opportunities and their values. */
    public record StageRow(String stage, double probability, int count, double amountYuan, double weightedYuan) {
    }

    /** One opportunity with the probability used ({@code record} or {@code stage}) and its weighted value. */
    public record DealValue(Deal deal, double probability, String probabilitySource, Optional<Double> weightedYuan) {
    }

    /**
     * The pipeline: a row per stage (then the lost stage), every opportunity valued, and the totals over the open
     * opportunities (not won, not lost) that state an amount; {@code unvalued} open ones state none.
     */
    public record Pipeline(List<StageRow> stages, List<DealValue> deals, int open, double openAmountYuan, double weightedYuan,
                           int unvalued) {
    }

    /** Health 0..100 = Σ weight × level score / Σ weight over the rated dimensions; empty when none is rated. */
    public record HealthScore(Account account, Optional<Double> score, Map<String, String> levels, List<String> missing) {
    }

    /** Customers that reached the stage, the conversion from the stage before and from the first stage. */
    public record FunnelRow(String stage, int customers, Optional<Double> conversion, Optional<Double> fromFirst) {
    }

    /** ABC grade by revenue, {@code -} when the revenue is unknown. */
    public record Grade(Account account, String grade) {
    }

    /** Lifecycle stage (acquisition, activation, retention, revenue, referral) and the rule that decided it. */
    public record Lifecycle(Account account, String stage, String reason) {
    }

    /** Lifetime value: annual value × margin × Σ 1/(1+d)^t for t = 1..years; empty with the reason when no annual value. */
    public record LifetimeValue(Account account, Optional<Double> annualValueYuan, String basis, double marginRate, int years,
                                double discountRate, Optional<Double> valueYuan) {
    }

    /** One acquisition channel (the customers' {@code source}). */
    public record ChannelRow(String channel, int customers, double share, int opportunities, int won, double weightedYuan) {
    }

    /** A referral person or channel and the customers that name it in {@code referredBy}. */
    public record ReferrerRow(String name, String kind, List<String> customers) {
    }

    public static final List<String> LIFECYCLE = List.of("acquisition", "activation", "retention", "revenue", "referral");
}
