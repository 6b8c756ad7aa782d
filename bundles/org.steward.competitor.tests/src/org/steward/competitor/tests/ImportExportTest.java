package org.steward.competitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.CompetitorAnalysis;
import org.steward.competitor.chart.ChartFont;
import org.steward.competitor.chart.HeatMap;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.io.CompetitorWriter;
import org.steward.competitor.io.HtmlReport;
import org.steward.competitor.io.RecordReader;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.ProfitModel;
import org.steward.competitor.model.Relation;

/** CSV and Markdown-table import, CSV/Markdown/record round trips, the HTML report. */
class ImportExportTest {

    @Test
    void csvWithChineseHeadersAndAliases() {
        String csv = "名称,我方,地区,业务线,业务关系,盈利模式,进货物流,运营,出货物流,市场营销,售后服务,企业基础设施,人力资源,研发,采购\n"
                + "我方,是,江苏,管家;运营,,,3,4,3,2,3,3,3,2,3\n"
                + "\"甲公司, 有限\",否,安徽,管家,管家=竞争; 运营=互补,客户解决方案；配电盘,4,4,4,4,4,4,4,4,4\n";
        CompetitorSet set = CompetitorReader.readCsv("c.csv", csv);
        assertEquals(List.of(), set.problems());
        Competitor a = set.competitors().get(1);
        assertEquals("甲公司, 有限", a.name());
        assertEquals(Relation.COMPLEMENTARY, a.relation("运营").orElseThrow().relation());
        assertEquals(List.of(ProfitModel.CUSTOMER_SOLUTION, ProfitModel.SWITCHBOARD), a.profitModels().stream().map(p -> p.model()).toList());
        assertEquals(3, a.origin().line());
        assertEquals(4, set.us().orElseThrow().score(Activity.OPERATIONS).getAsInt());
    }

    @Test
    void markdownTableImport() {
        String md = "# 清单\n\n| name | us | 运营 | 采购 | 进货物流 | 出货物流 | 市场营销 | 服务 | 企业基础设施 | 人力资源管理 | 技术开发 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n| 我方 | true | 3 | 3 | 3 | 3 | 3 | 3 | 3 | 3 | 3 |\n"
                + "| 乙 | false | 5 | 1 | 2 | 2 | 2 | 2 | 2 | 2 | 2 |\n";
        CompetitorSet set = CompetitorReader.readMarkdown("t.md", md);
        assertEquals(List.of(), set.problems());
        assertEquals(2, set.competitors().size());
        assertEquals(5, set.competitors().get(1).score(Activity.OPERATIONS).getAsInt());
        assertEquals(6, set.competitors().get(1).origin().line());
    }

    @Test
    void csvAndMarkdownExportsReadBack(@TempDir Path dir) throws Exception {
        CompetitorSet set = CompetitorReader.read(Fixtures.examples(dir));
        for (CompetitorSet back : List.of(CompetitorReader.readCsv("x.csv", CompetitorWriter.csv(set.competitors())),
                CompetitorReader.readMarkdown("x.md", CompetitorWriter.markdown(set.competitors())))) {
            assertEquals(List.of(), back.problems());
            assertEquals(set.competitors().size(), back.competitors().size());
            for (int i = 0; i < set.competitors().size(); i++) {
                Competitor a = set.competitors().get(i);
                Competitor b = back.competitors().get(i);
                assertEquals(a.name(), b.name());
                assertEquals(a.us(), b.us());
                assertEquals(a.businessLines(), b.businessLines());
                assertEquals(a.relations().stream().map(r -> r.relation()).toList(), b.relations().stream().map(r -> r.relation()).toList());
                assertEquals(a.profitModels().stream().map(p -> p.model()).toList(), b.profitModels().stream().map(p -> p.model()).toList());
                for (Activity act : Activity.values()) {
                    assertEquals(a.score(act), b.score(act), a.name() + " " + act);
                }
            }
        }
    }

    @Test
    void recordRoundTripKeepsEvidence(@TempDir Path dir) throws Exception {
        Competitor c = CompetitorReader.read(Fixtures.examples(dir)).competitors().get(3);
        RecordReader.Outcome o = RecordReader.read("r.md", CompetitorWriter.record(c));
        assertEquals(List.of(), o.problems());
        Competitor d = o.competitor().orElseThrow();
        assertEquals(c.chain(), d.chain());
        assertEquals(c.profitModels(), d.profitModels());
        assertEquals(c.relations(), d.relations());
        assertEquals(c.forces(), d.forces());
        assertEquals(c.sources(), d.sources());
    }

    @Test
    void htmlReportIsSelfContained(@TempDir Path dir) throws Exception {
        AnalysisResult r = CompetitorAnalysis.analyse(CompetitorReader.read(Fixtures.examples(dir)), Locale.CHINESE);
        byte[] png = new HeatMap(List.of(), ChartFont.get()).png();
        String html = HtmlReport.write(r, png, Locale.CHINESE);
        assertTrue(html.contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\""));
        assertTrue(html.contains("<html lang=\"zh\">"));
        assertTrue(html.contains("江淮水务集团有限公司"));
        assertTrue(html.contains("回避"), "the avoid recommendation in Chinese");
        assertTrue(!html.contains("http://") && !html.contains("https://"), "no external resources");
    }
}
