package org.steward.competitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.io.RecordReader;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.Force;
import org.steward.competitor.model.Names;
import org.steward.competitor.model.ProfitModel;
import org.steward.competitor.model.Relation;

/** Chinese records, aliases and the shipped examples. */
class ParsingTest {
    private static final String RECORD = """
            ---
            # 虚构
            name: 测试环保管家有限公司
            us: false
            region: 江苏
            business_lines: [环保管家，管网监测]
            services:
              - 咨询
              - 运营
            customers: [化工园区管委会、印染园区管委会]
            revenue_band: 1–3 亿元
            sources:
              - 官网
            ---

            | 业务线 | 关系 | 理由 |
            |---|---|---|
            | 环保管家 | 竞争 | 同一客户 |
            | 管网监测 | 既互补又竞争 | 可合作 |

            | 活动 | 评分 | 描述 | 证据 |
            |---|---|---|---|
            | 内部后勤 | 2 | 采购耗材 | 访谈 |
            | 运营 | 3 | 驻场 | 访谈 |
            | Outbound logistics | 4 | 报告交付 | 样本 |
            | 营销与销售 | 5 | 关系深 | 中标 |
            | 售后服务 | 4 | 应急 | 访谈 |
            | 企业基础设施 | 3 | 扁平 | 官网 |
            | 人力资源 | 3 | 专家 | 招聘 |
            | 研发 | 4 | 平台 \\| 算法 | 软著 |
            | procurement | 1 | 零星 | 访谈 |

            | 盈利模式 | 证据 |
            |---|---|
            | 客户解决方案模型 | 一园一策 |
            | 配电盘 | 平台 |
            | Installed base | 运维 |

            | 细分市场 | 力量 | 评分 | 驱动因素 |
            |---|---|---|---|
            | 环保管家 | 现有竞争者 | 5 | 同类公司多 |
            | 环保管家 | 买方议价能力 | 4 | 预算少 |
            """;

    @Test
    void readsAChineseRecordWithAliases() {
        RecordReader.Outcome o = RecordReader.read("t.md", RECORD);
        assertEquals(List.of(), o.problems());
        Competitor c = o.competitor().orElseThrow();
        assertEquals("测试环保管家有限公司", c.name());
        assertEquals(List.of("环保管家", "管网监测"), c.businessLines());
        assertEquals(List.of("咨询", "运营"), c.services());
        assertEquals(List.of("化工园区管委会", "印染园区管委会"), c.customers());
        assertEquals("1–3 亿元", c.revenueBand());
        assertEquals(3, c.origin().line());
        assertEquals(2, c.score(Activity.INBOUND_LOGISTICS).getAsInt());
        assertEquals(4, c.score(Activity.SERVICE).getAsInt());
        assertEquals(4, c.score(Activity.TECHNOLOGY_DEVELOPMENT).getAsInt());
        assertEquals("平台 | 算法", c.entry(Activity.TECHNOLOGY_DEVELOPMENT).orElseThrow().description());
        assertEquals(1, c.score(Activity.PROCUREMENT).getAsInt());
        assertEquals(List.of(ProfitModel.CUSTOMER_SOLUTION, ProfitModel.SWITCHBOARD, ProfitModel.INSTALLED_BASE),
                c.profitModels().stream().map(p -> p.model()).toList());
        assertEquals(Relation.BOTH, c.relation("管网监测").orElseThrow().relation());
        assertEquals(Force.BUYER_POWER, c.forces().get(1).force());
        assertEquals(4, c.forces().get(1).rating());
    }

    /** The twelve profit models named in rd-strategy-zh.txt, written as the document writes them. */
    @Test
    void strategyDocumentNamesAreAccepted() {
        Map<String, ProfitModel> doc = new HashMap<>();
        doc.put("客户解决方案模型", ProfitModel.CUSTOMER_SOLUTION);
        doc.put("多种成分系统模型", ProfitModel.MULTI_COMPONENT);
        doc.put("利润乘数模型", ProfitModel.PROFIT_MULTIPLIER);
        doc.put("基础产品模型", ProfitModel.INSTALLED_BASE);
        doc.put("行业标准模型", ProfitModel.DE_FACTO_STANDARD);
        doc.put("独特产品模型", ProfitModel.SPECIALTY_PRODUCT);
        doc.put("地区领先模型", ProfitModel.LOCAL_LEADERSHIP);
        doc.put("大额交易模型", ProfitModel.TRANSACTION_SCALE);
        doc.put("价值链定位模型", ProfitModel.VALUE_CHAIN_POSITION);
        doc.put("周期利润模型", ProfitModel.CYCLE);
        doc.put("售后利润模型", ProfitModel.AFTER_SALE);
        doc.put("经验曲线模型", ProfitModel.EXPERIENCE_CURVE);
        doc.forEach((name, model) -> assertEquals(Optional.of(model), ProfitModel.parse(name), name));
        assertEquals(23, ProfitModel.values().length, "Slywotzky 2002 lists 23 profit models");
        assertEquals(Optional.of(Activity.OPERATIONS), Activity.parse("运营"));
        assertEquals(Optional.of(Activity.SERVICE), Activity.parse("售后服务"));
        assertEquals(Optional.of(Activity.TECHNOLOGY_DEVELOPMENT), Activity.parse("技术开发"));
        assertEquals(Optional.of(Activity.MARKETING_AND_SALES), Activity.parse("marketing & sales"));
        assertEquals(Optional.of(ProfitModel.LOW_COST_BUSINESS_DESIGN), ProfitModel.parse("Low-cost business design"));
    }

    /** Every name and alias finds its own entry and no other (no alias is shared). */
    @Test
    void aliasesAreUnambiguous() {
        Map<String, Object> seen = new HashMap<>();
        for (Activity a : Activity.values()) {
            for (String n : concat(List.of(a.id(), a.english(), a.chinese()), a.aliases())) {
                assertEquals(Optional.of(a), Activity.parse(n), n);
                Object before = seen.put(Names.normalise(n), a);
                assertTrue(before == null || before == a, n + " is shared by " + before + " and " + a);
            }
        }
        seen.clear();
        for (ProfitModel m : ProfitModel.values()) {
            for (String n : concat(List.of(m.id(), m.english(), m.chinese()), m.aliases())) {
                assertEquals(Optional.of(m), ProfitModel.parse(n), n);
                Object before = seen.put(Names.normalise(n), m);
                assertTrue(before == null || before == m, n + " is shared by " + before + " and " + m);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void examplesReadWithoutProblems(@TempDir Path dir) throws Exception {
        CompetitorSet set = CompetitorReader.read(Fixtures.examples(dir));
        assertEquals(List.of(), set.problems());
        assertEquals(9, set.competitors().size());
        assertEquals("清源工业水务环保管家板块", set.us().orElseThrow().name());
        for (Competitor c : set.competitors()) {
            assertEquals(9, c.chain().size(), c.name());
            assertTrue(c.profitModels().size() >= 2, c.name());
        }
    }
}
