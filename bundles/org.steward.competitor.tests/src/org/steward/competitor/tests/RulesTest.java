package org.steward.competitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.competitor.analysis.Action;
import org.steward.competitor.analysis.AdvantageSource;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.Assessment;
import org.steward.competitor.analysis.CompetitorAnalysis;
import org.steward.competitor.analysis.Recommendation;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.Relation;

/**
 * Gap, advantage and recommendation rules on a small set worked out by hand. Activity order everywhere:
 * IL 进货物流, OP 运营, OL 出货物流, MS 市场营销, SV 服务, FI 企业基础设施, HR 人力资源管理, TD 技术开发, PR 采购.
 */
class RulesTest {
    // us:    IL3 OP3 OL3 MS2 SV3 FI3 HR3 TD2 PR3
    private static final int[] US = {3, 3, 3, 2, 3, 3, 3, 2, 3};
    // Alpha: IL3 OP3 OL3 MS4 SV3 FI3 HR3 TD3 PR3, competing in 管家
    private static final int[] ALPHA = {3, 3, 3, 4, 3, 3, 3, 3, 3};
    // Beta: all 5 but FI4; competing in 运营 (forces rated by us) and in 监测 (no forces)
    private static final int[] BETA = {5, 5, 5, 5, 5, 4, 5, 5, 5};
    // Gamma: all 3 but TD5; complementary in 设计, both in 溯源
    private static final int[] GAMMA = {3, 3, 3, 3, 3, 3, 3, 5, 3};
    // Delta: IL3 OP1 OL3 MS2 SV3 FI3 HR3 TD2 PR3, competing in 检测
    private static final int[] DELTA = {3, 1, 3, 2, 3, 3, 3, 2, 3};

    private static AnalysisResult analyse(Path dir) throws Exception {
        Fixtures.write(dir, "0.md", Fixtures.record("我方", true, List.of("管家", "运营"), US, List.of(),
                List.of("运营|现有竞争者|4", "运营|新进入者|4", "运营|替代品|3", "运营|供应商议价能力|3", "运营|购买者议价能力|5")));
        Fixtures.write(dir, "a.md", Fixtures.record("Alpha", false, List.of("管家", "咨询", "检测"), ALPHA, List.of("管家|竞争"), List.of()));
        Fixtures.write(dir, "b.md", Fixtures.record("Beta", false, List.of("运营", "监测"), BETA, List.of("运营|竞争", "监测|competing"), List.of()));
        Fixtures.write(dir, "c.md", Fixtures.record("Gamma", false, List.of("设计"), GAMMA, List.of("设计|互补", "溯源|兼有"), List.of()));
        Fixtures.write(dir, "d.md", Fixtures.record("Delta", false, List.of("检测", "管家", "运营"), DELTA, List.of("检测|竞争"), List.of()));
        CompetitorSet set = CompetitorReader.read(dir);
        assertEquals(List.of(), set.problems());
        return CompetitorAnalysis.analyse(set, Locale.ENGLISH);
    }

    private static Assessment of(AnalysisResult r, String name) {
        return r.assessments().stream().filter(a -> a.competitor().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void gapsAreTheirScoreMinusOurs(@TempDir Path dir) throws Exception {
        AnalysisResult r = analyse(dir);
        assertEquals("我方", r.assessments().get(0).competitor().name());
        Assessment alpha = of(r, "Alpha");
        // MS 4−2 = +2, TD 3−2 = +1, the other seven 3−3 = 0; mean (2+1)/9 = 0.3333
        assertEquals(2, alpha.gaps().get(Activity.MARKETING_AND_SALES));
        assertEquals(1, alpha.gaps().get(Activity.TECHNOLOGY_DEVELOPMENT));
        assertEquals(0, alpha.gaps().get(Activity.OPERATIONS));
        assertEquals(1.0 / 3, alpha.meanGap().getAsDouble(), 1e-12);
        // Beta: IL OP OL SV HR PR 5−3 = +2 (six), MS TD 5−2 = +3 (two), FI 4−3 = +1 → (12+6+1)/9 = 19/9 = 2.1111
        assertEquals(19.0 / 9, of(r, "Beta").meanGap().getAsDouble(), 1e-12);
        // Delta: OP 1−3 = −2, the rest 0 → −2/9
        assertEquals(-2.0 / 9, of(r, "Delta").meanGap().getAsDouble(), 1e-12);
        assertTrue(r.assessments().get(0).gaps().isEmpty(), "no gaps for us");
    }

    @Test
    void advantageSources(@TempDir Path dir) throws Exception {
        AnalysisResult r = analyse(dir);
        // Beta: cost mean (IL5 OP5 OL5 PR5)/4 = 5 ≥ 4; differentiation (MS5 SV5 TD5 HR5)/4 = 5 ≥ 4; 2 lines and a 5 → focus
        assertEquals(List.of(AdvantageSource.COST, AdvantageSource.DIFFERENTIATION, AdvantageSource.FOCUS), of(r, "Beta").advantages());
        // Alpha: cost 3, differentiation (4+3+3+3)/4 = 3.25, three lines → none ("stuck in the middle")
        assertEquals(List.of(), of(r, "Alpha").advantages());
        assertTrue(of(r, "Alpha").advantageReasoning().contains("mean 3.25"), of(r, "Alpha").advantageReasoning());
        assertTrue(of(r, "Alpha").advantageReasoning().contains("stuck in the middle"));
        // Gamma: cost 3, differentiation (3+3+5+3)/4 = 3.5 < 4; one line and TD 5 → focus only
        assertEquals(List.of(AdvantageSource.FOCUS), of(r, "Gamma").advantages());
    }

    @Test
    void recommendations(@TempDir Path dir) throws Exception {
        AnalysisResult r = analyse(dir);
        // Alpha 管家: competing, mean gap +0.33 < 1, leads ≥ 1 in MS (+2) and TD (+1) → imitate (I), largest lead first
        Recommendation a = of(r, "Alpha").recommendations().get(0);
        assertEquals(Action.IMITATE, a.action());
        assertEquals("I", a.rule());
        assertEquals(List.of(Activity.MARKETING_AND_SALES, Activity.TECHNOLOGY_DEVELOPMENT), a.activities());
        assertTrue(a.reasoning().contains("+0.33"), a.reasoning());
        // Beta 运营: mean gap +2.11 ≥ 1; forces of 运营 (4+4+3+3+5)/5 = 3.8 ≥ 3.5 → avoid (A)
        Recommendation b1 = of(r, "Beta").recommendations().get(0);
        assertEquals(Action.AVOID, b1.action());
        assertEquals("A", b1.rule());
        assertTrue(b1.reasoning().contains("+2.11") && b1.reasoning().contains("3.80"), b1.reasoning());
        // Beta 监测: same gap, no forces rated → differentiate (D1); no activity where Beta is level or behind
        Recommendation b2 = of(r, "Beta").recommendations().get(1);
        assertEquals(Action.DIFFERENTIATE, b2.action());
        assertEquals("D1", b2.rule());
        assertEquals(List.of(), b2.activities());
        // Gamma 设计: complementary → partner (P1) for TD (+3) and MS (3−2 = +1)
        Recommendation g1 = of(r, "Gamma").recommendations().get(0);
        assertEquals(Action.PARTNER, g1.action());
        assertEquals("P1", g1.rule());
        assertEquals(List.of(Activity.TECHNOLOGY_DEVELOPMENT, Activity.MARKETING_AND_SALES), g1.activities());
        // Gamma 溯源: both; leads where we score ≤ 2: TD (ours 2, +3) and MS (ours 2, +1) → partner (P2)
        Recommendation g2 = of(r, "Gamma").recommendations().get(1);
        assertEquals(Relation.BOTH, g2.relation());
        assertEquals("P2", g2.rule());
        // Delta 检测: mean gap −0.22 < 1, no lead ≥ 1 → differentiate (D2) on where we lead by ≥ 1: OP (−2)
        Recommendation d = of(r, "Delta").recommendations().get(0);
        assertEquals(Action.DIFFERENTIATE, d.action());
        assertEquals("D2", d.rule());
        assertEquals(List.of(Activity.OPERATIONS), d.activities());
    }

    @Test
    void relationMatrix(@TempDir Path dir) throws Exception {
        AnalysisResult r = analyse(dir);
        // our lines first, then the others in order of appearance
        assertEquals(List.of("管家", "运营", "监测", "设计", "溯源", "检测"), r.businessLines());
        assertEquals(Map.of("管家", Relation.COMPETING), r.matrix().get("Alpha"));
        assertEquals(Relation.BOTH, r.matrix().get("Gamma").get("溯源"));
        assertEquals(4, r.matrix().size());
    }

    @Test
    void chineseReasoning(@TempDir Path dir) throws Exception {
        Fixtures.write(dir, "0.md", Fixtures.record("我方", true, List.of("管家"), US, List.of(), List.of()));
        Fixtures.write(dir, "a.md", Fixtures.record("Alpha", false, List.of("管家"), ALPHA, List.of("管家|竞争"), List.of()));
        AnalysisResult r = CompetitorAnalysis.analyse(CompetitorReader.read(dir), Locale.CHINESE);
        String text = of(r, "Alpha").recommendations().get(0).reasoning();
        assertTrue(text.contains("效仿") && text.contains("市场营销、技术开发"), text);
    }
}
