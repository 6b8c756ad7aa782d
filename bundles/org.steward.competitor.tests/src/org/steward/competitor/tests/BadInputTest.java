package org.steward.competitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.CompetitorAnalysis;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.io.RecordReader;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.RecordProblem;
import org.steward.testing.EnglishMessages;

/** Every kind of bad input is reported with file, line and field, and the rest is still read. */
@ExtendWith(EnglishMessages.class)
class BadInputTest {

    private static final String HEAD = "---\nname: 甲公司\nus: false\n---\n\n";
    private static final String CHAIN_HEAD = "| 活动 | 评分 | 描述 | 证据 |\n|---|---|---|---|\n";

    /** A chain table whose row {@code bad} (0-based) has score cell {@code cell}. */
    private static String chain(int bad, String cell) {
        StringBuilder b = new StringBuilder(CHAIN_HEAD);
        for (int i = 0; i < 9; i++) {
            b.append("| ").append(Fixtures.ACTS[i]).append(" | ").append(i == bad ? cell : "3").append(" | d | e |\n");
        }
        return b.toString();
    }

    private static RecordProblem only(List<RecordProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void missingScoreNamesLineAndField() {
        // lines: 1-4 front matter, 5 blank, 6 header, 7 separator, 8.. rows; row 1 (运营) is line 9
        RecordReader.Outcome o = RecordReader.read("a.md", HEAD + chain(1, ""));
        RecordProblem p = only(o.problems());
        assertEquals("a.md", p.file());
        assertEquals(9, p.line());
        assertEquals("chain.operations.score", p.field());
        assertTrue(p.message().contains("missing score"), p.message());
        // the record is kept, without that activity
        assertEquals(8, o.competitor().orElseThrow().chain().size());
        assertTrue(o.competitor().orElseThrow().score(Activity.OPERATIONS).isEmpty());
    }

    @Test
    void scoreOutOfRangeAndNotANumber() {
        RecordProblem p = only(RecordReader.read("a.md", HEAD + chain(7, "6")).problems());
        assertEquals(15, p.line());
        assertEquals("chain.technology-development.score", p.field());
        assertTrue(p.message().contains("score 6 is out of range"), p.message());
        p = only(RecordReader.read("a.md", HEAD + chain(0, "high")).problems());
        assertEquals(8, p.line());
        assertTrue(p.message().contains("'high' is not a whole number"), p.message());
        p = only(RecordReader.read("a.md", HEAD + chain(8, "0")).problems());
        assertEquals("chain.procurement.score", p.field());
    }

    @Test
    void missingActivityRowIsReportedAtTheTableHeader() {
        String text = HEAD + chain(-1, "3").replace("| 采购 | 3 | d | e |\n", "");
        RecordProblem p = only(RecordReader.read("a.md", text).problems());
        assertEquals(6, p.line());
        assertEquals("chain.procurement", p.field());
    }

    @Test
    void unknownActivityAndProfitModel() {
        String text = HEAD + chain(-1, "3") + "| 财务 | 3 | d | e |\n\n| 盈利模式 | 证据 |\n|---|---|\n| 配电盘 | x |\n| 印钞机 | y |\n";
        List<RecordProblem> problems = RecordReader.read("a.md", text).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(17, problems.get(0).line());
        assertEquals("chain.activity", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("unknown activity '财务'"), problems.get(0).message());
        assertEquals(22, problems.get(1).line());
        assertEquals("profitModel", problems.get(1).field());
        assertTrue(problems.get(1).message().contains("unknown profit model '印钞机'"), problems.get(1).message());
    }

    @Test
    void malformedFrontMatter() {
        RecordProblem p = only(RecordReader.read("m.md", "---\nname: 乙\nthis line has no colon\n---\n\n" + CHAIN_HEAD.replace("|---", "|---")
                + chain(-1, "3").substring(CHAIN_HEAD.length())).problems());
        assertEquals(3, p.line());
        assertEquals("front matter", p.field());
        p = only(RecordReader.read("u.md", "---\nname: 乙\n").problems());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("not closed"), p.message());
        p = only(RecordReader.read("n.md", "# 乙\n\nno front matter\n").problems());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("no front matter"), p.message());
        p = only(RecordReader.read("k.md", "---\nname: 乙\nrevenue: 3\n---\n" + chain(-1, "3")).problems());
        assertEquals(3, p.line());
        assertEquals("revenue", p.field());
        p = only(RecordReader.read("x.md", "---\nregion: 江苏\n---\n" + chain(-1, "3")).problems());
        assertEquals("name", p.field());
    }

    @Test
    void duplicatesAndNoUsInAFolderKeepTheRest(@TempDir Path dir) throws Exception {
        Fixtures.write(dir, "a.md", Fixtures.record("丙公司", false, List.of("管家"), Fixtures.all(3), List.of("管家|竞争"), List.of()));
        Fixtures.write(dir, "b.md", Fixtures.record(" 丙公司 ", false, List.of("管家"), Fixtures.all(4), List.of(), List.of()));
        Fixtures.write(dir, "c.md", "---\nname: 丁公司\n"); // unclosed: dropped, reported
        Fixtures.write(dir, "d.md", Fixtures.record("戊公司", false, List.of("管家"), Fixtures.all(2), List.of("管家|竞争"), List.of()));
        CompetitorSet set = CompetitorReader.read(dir);
        assertEquals(List.of("丙公司", "戊公司"), set.competitors().stream().map(c -> c.name()).toList());
        List<RecordProblem> p = set.problems();
        assertEquals(3, p.size(), p.toString());
        // reading problems first (c.md), then the set checks (duplicate, no us)
        assertEquals("c.md", p.get(0).file());
        assertEquals(1, p.get(0).line());
        assertEquals("b.md", p.get(1).file());
        assertEquals(2, p.get(1).line());
        assertEquals("name", p.get(1).field());
        assertTrue(p.get(1).message().contains("already read from a.md line 2"), p.get(1).message());
        assertEquals("us", p.get(2).field());
        assertTrue(p.get(2).message().contains("no record has 'us: true'"), p.get(2).message());
        // still analysed: chains present, no gaps or recommendations without us
        AnalysisResult r = CompetitorAnalysis.analyse(set, Locale.ENGLISH);
        assertEquals(2, r.assessments().size());
        assertEquals(9, r.assessments().get(0).scores().size());
        assertTrue(r.assessments().get(0).gaps().isEmpty());
        assertTrue(r.assessments().get(0).recommendations().isEmpty());
        assertEquals(3, r.problems().size());
    }

    @Test
    void badCsvCellsAreNamed() {
        String csv = "name,us,运营,采购,colour\n甲,true,3,9,x\n乙,maybe,,2,y\n";
        CompetitorSet set = CompetitorReader.readCsv("c.csv", csv);
        assertEquals(2, set.competitors().size());
        List<String> texts = set.problems().stream().map(RecordProblem::text).toList();
        assertTrue(texts.contains("c.csv:1: colour: " + "unknown column 'colour': use name, us, region, business_lines, services, customers, parks, revenue_band, sources, relations, profit_models or an activity name"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("c.csv:2: chain.procurement.score: score 9 is out of range")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("c.csv:3: us: 'maybe' is not true or false")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("c.csv:3: chain.operations.score: missing score")), texts.toString());
    }
}
