package org.steward.crm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.crm.analytics.CrmAnalytics;
import org.steward.crm.analytics.CrmReport;
import org.steward.crm.analytics.RecordFolder;

/**
 * Golden values worked out by hand from {@link CrmRecordsFixture} with the default settings (stages 潜在客户池 10 %,
 * 首次接触 10 %, 需求确认 20 %, 方案报价 75 %, 商务洽谈 90 %, 签约成交 100 %; 🟢 100 / 🟡 50 / 🔴 0, equal weights;
 * A ≥ 5亿, B ≥ 1亿; margin 30 %, 3 years, 8 %).
 */
class CrmAnalyticsTest {
    private static CrmReport report;

    @BeforeAll
    static void analyse(@TempDir Path dir) throws Exception {
        RecordFolder.Loaded loaded = RecordFolder.read(CrmRecordsFixture.write(dir));
        assertEquals(List.of(), loaded.data().problems());
        report = CrmAnalytics.analyse(loaded.data(), loaded.settings());
    }

    private static <T> Map<String, T> byName(List<T> rows, java.util.function.Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(name, r -> r));
    }

    @Test
    void weightedPipeline() {
        CrmReport.Pipeline p = report.pipeline();
        // open: o-1 1,000,000 × 0.60 (its own probability) = 600,000
        //       o-2   200,000 × 0.10 (首次接触)            =  20,000
        //       o-5   400,000 × 0.75 (方案报价)            = 300,000
        //       o-6   no amount → unvalued
        // weighted = 920,000; open amount = 1,600,000; won (o-3, o-4) and lost (o-7) are not open
        assertEquals(4, p.open());
        assertEquals(1, p.unvalued());
        assertEquals(1_600_000, p.openAmountYuan(), 1e-6);
        assertEquals(920_000, p.weightedYuan(), 1e-6);
        Map<String, CrmReport.StageRow> stages = byName(p.stages(), CrmReport.StageRow::stage);
        assertEquals(600_000, stages.get("商务洽谈").weightedYuan(), 1e-6);
        // 已签约 is an alias of 签约成交: o-3 500,000 + o-4 300,000, probability 1
        assertEquals(2, stages.get("签约成交").count());
        assertEquals(800_000, stages.get("签约成交").weightedYuan(), 1e-6);
        assertEquals(1, stages.get("丢单").count());
        assertEquals(0, stages.get("丢单").weightedYuan(), 1e-6);
        CrmReport.DealValue o1 = p.deals().stream().filter(d -> d.deal().id().equals("o-1")).findFirst().orElseThrow();
        assertEquals("record", o1.probabilitySource());
    }

    @Test
    void healthScores() {
        Map<String, CrmReport.HealthScore> h = byName(report.health(), x -> x.account().id());
        // c-1: (100 + 100 + 50 + 100 + 0) / 5 = 70
        assertEquals(70.0, h.get("c-1").score().orElseThrow(), 1e-9);
        // c-2: relationship 🟡 50, risk 🟡 50, three dimensions not rated → (50 + 50) / 2 = 50
        assertEquals(50.0, h.get("c-2").score().orElseThrow(), 1e-9);
        assertEquals(List.of("decisionAccess", "paymentAbility", "willingness"), h.get("c-2").missing());
        assertEquals(Optional.empty(), h.get("c-3").score());
    }

    @Test
    void funnelCountsCustomersUpToTheirFurthestStage() {
        // furthest stage: c-1 商务洽谈 (o-1), c-2 签约成交, c-3 方案报价 (o-5), c-4 需求确认 (lost there)
        // 潜在客户池 4, 首次接触 4, 需求确认 4, 方案报价 3, 商务洽谈 2, 签约成交 1
        assertEquals(List.of(4, 4, 4, 3, 2, 1), report.funnel().stream().map(CrmReport.FunnelRow::customers).toList());
        assertEquals(Optional.empty(), report.funnel().get(0).conversion());
        assertEquals(0.75, report.funnel().get(3).conversion().orElseThrow(), 1e-9); // 3 / 4
        assertEquals(2.0 / 3, report.funnel().get(4).conversion().orElseThrow(), 1e-9); // 2 / 3
        assertEquals(0.25, report.funnel().get(5).fromFirst().orElseThrow(), 1e-9); // 1 / 4
    }

    @Test
    void abcGrades() {
        // 8亿 ≥ 5亿 → A; 2亿 ≥ 1亿 → B; 5000万 < 1亿 → C; no revenue → -
        assertEquals(List.of("A", "B", "C", "-"), report.grades().stream().map(CrmReport.Grade::grade).toList());
    }

    @Test
    void lifecycleStages() {
        // c-1 is named by c-3's referredBy → referral; c-2 two won → retention;
        // c-3 open 方案报价 ≥ 需求确认 → activation; c-4 only a lost one → acquisition
        assertEquals(List.of("referral", "retention", "activation", "acquisition"),
                report.lifecycle().stream().map(CrmReport.Lifecycle::stage).toList());
    }

    @Test
    void lifetimeValues() {
        Map<String, CrmReport.LifetimeValue> l = byName(report.lifetimeValues(), x -> x.account().id());
        // 1/1.08 = 0.9259259259, 1/1.08² = 0.8573388203, 1/1.08³ = 0.7938322410
        // c-1: annualValue 1,000,000 × its margin 0.20 × (0.9259259259 + 0.8573388203) over its 2 years = 356,652.95
        assertEquals(356_652.95, l.get("c-1").valueYuan().orElseThrow(), 0.01);
        // c-2: no annualValue → won amounts 500,000 + 300,000 = 800,000 × 0.30 × 2.5770969872 = 618,503.28
        assertEquals(618_503.28, l.get("c-2").valueYuan().orElseThrow(), 0.01);
        assertEquals("won opportunities", l.get("c-2").basis());
        assertEquals(Optional.empty(), l.get("c-3").valueYuan());
    }

    @Test
    void channelsAndReferrers() {
        Map<String, CrmReport.ChannelRow> c = byName(report.channels(), CrmReport.ChannelRow::channel);
        // 转介绍: c-1, c-3 → 2 of 4 customers; their opportunities o-1, o-2, o-5, o-6; open weighted 600,000 + 20,000 + 300,000
        assertEquals(2, c.get("转介绍").customers());
        assertEquals(0.5, c.get("转介绍").share(), 1e-9);
        assertEquals(4, c.get("转介绍").opportunities());
        assertEquals(920_000, c.get("转介绍").weightedYuan(), 1e-6);
        assertEquals(2, c.get("行业展会").won());
        assertEquals(1, c.get(CrmAnalytics.UNKNOWN_CHANNEL).customers());
        assertEquals(List.of("甲化工（虚构）"), report.referrers().get(0).customers());
        assertFalse(report.referrers().isEmpty());
        assertTrue(report.data().contacts() == 1);
    }
}
