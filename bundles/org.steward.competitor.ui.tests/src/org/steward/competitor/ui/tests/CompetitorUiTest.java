package org.steward.competitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.steward.competitor.analysis.Action;
import org.steward.competitor.analysis.Recommendation;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.ui.internal.ChainEditorPart;
import org.steward.competitor.ui.internal.CompetitorSession;
import org.steward.competitor.ui.internal.ComparisonPart;
import org.steward.competitor.ui.internal.DirectionPart;
import org.steward.competitor.ui.internal.ForcesPart;
import org.steward.competitor.ui.internal.ListPart;
import org.steward.competitor.ui.internal.OpenViewsHandler;
import org.steward.competitor.ui.internal.ProfitBoardPart;
import org.steward.competitor.ui.internal.ReportJob;
import org.steward.workbench.testing.Ui;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.Workspaces;

/**
 * The competitor views inside the real workbench, on a copy of the demo competitor set (the examples shipped by
 * org.steward.competitor, identical to releng/demo-workspace/competitors) in a real Git workspace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetitorUiTest {
    private static final Duration WAIT = Fixture.WAIT;
    private static final String LANCHENG = "蓝澄环保管家服务有限公司";
    private static final String JIANGHUAI_FILE = "02-jianghuai.md";
    private static final RecordKey LANCHENG_KEY = new RecordKey("competitors", "01-lancheng");
    private static final RecordKey JIANGHUAI_KEY = new RecordKey("competitors", "02-jianghuai");

    private static Path project;

    @BeforeAll
    static void openTheViewsOnACopyOfTheDemoSet() throws Exception {
        project = Fixture.openDemo();
    }

    @AfterAll
    static void removeTheCopy() throws Exception {
        Fixture.delete(project);
    }

    private static Workspaces workspaces() throws InterruptedException {
        return Fixture.workspaces();
    }

    private static <T> T part(Class<T> type, Class<? extends org.eclipse.swt.widgets.Control> control, String id) throws Exception {
        return Fixture.part(type, control, id);
    }

    private static Path shot(String viewId, String name) throws Exception {
        return Fixture.shot(viewId, name);
    }

    private static Path file(String name) {
        return project.resolve("competitors").resolve(name);
    }

    @Test
    @Order(1)
    void theListShowsTheNineRecordsUsFirst() throws Exception {
        ListPart list = part(ListPart.class, Table.class, ListPart.TABLE_ID);
        List<String> names = Ui.await("nine rows", WAIT, () -> {
            List<String> n = list.names();
            return n.size() == 9 ? Optional.of(n) : Optional.empty();
        });
        // the demo set: our record 00-us.md and eight fictional competitors (docs/models/competitor.md, "Examples")
        assertTrue(names.get(0).startsWith("★ "), names.get(0));
        assertTrue(names.contains(LANCHENG), names.toString());
        List<String> cells = Ui.sync(() -> Arrays.stream(Ui.findAny(Table.class, ListPart.TABLE_ID).orElseThrow().getItems())
                .filter(i -> i.getText(0).equals(LANCHENG)).findFirst()
                .map(i -> List.of(i.getText(1), i.getText(2), i.getText(3), i.getText(4))).orElseThrow());
        // 01-lancheng.md: region 江苏苏南, lines [环保管家, 环境咨询], relations 环保管家 竞争 / 工程建设 互补, 1–3 亿元
        assertEquals(List.of("江苏苏南", "环保管家、环境咨询", "环保管家: competing; 工程建设: complementary", "1–3 亿元"), cells);
        assertTrue(Ui.sync(() -> !Ui.findAny(org.eclipse.swt.widgets.List.class, ListPart.PROBLEMS_ID).orElseThrow().isVisible()),
                "the demo set reads without problems");
        shot(ListPart.ID, "competitor-list");
    }

    @Test
    @Order(2)
    void editingAStrengthAndSavingWritesTheFileAndMakesACommit() throws Exception {
        ChainEditorPart editor = part(ChainEditorPart.class, Combo.class, ChainEditorPart.RECORD_ID);
        Ui.sync(() -> {
            ListPart.open(CompetitorSession.get().find(LANCHENG).orElseThrow());
            return null;
        });
        Ui.await("the editor showing 蓝澄", WAIT, () -> editor.shown().filter(c -> c.name().equals(LANCHENG)).map(c -> true));
        String before = Files.readString(file("01-lancheng.md"), StandardCharsets.UTF_8);
        assertTrue(before.contains("| 运营 | 3 |"), "the demo record scores operations 3");

        Ui.sync(() -> {
            editor.setScore(Activity.OPERATIONS, "5");
            return null;
        });
        assertTrue(Ui.sync(editor::canSave));
        assertEquals("", Ui.sync(editor::errorText));
        Optional<CommitInfo> commit = Ui.sync(() -> {
            try {
                return editor.save();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(commit.isPresent());
        assertEquals("Update value chain of " + LANCHENG, commit.get().subject());

        String after = Files.readString(file("01-lancheng.md"), StandardCharsets.UTF_8);
        assertTrue(after.contains("| 运营 | 5 | 驻园区环保管家团队，按月巡查 | 客户访谈（虚构） |"), after);
        assertFalse(after.contains("| 运营 | 3 |"), after);
        assertTrue(after.contains("> 虚构示例，仅供演示。"), "the prose of the body is kept");
        // the file is now a workspace record (type/id first) that the competitor reader still reads without problems
        try (Workspace ws = workspaces().open(project)) {
            Record r = ws.load(LANCHENG_KEY);
            assertEquals(Optional.of(LANCHENG), r.text("name"));
            assertTrue(r.text("note").orElse("").contains("虚构示例（FICTIONAL）"), "the comment line is kept as the note");
            List<CommitInfo> history = ws.history(LANCHENG_KEY);
            assertEquals(1, history.size());
            assertEquals(commit.get().id(), history.get(0).id());
        }
        CompetitorSet read = CompetitorReader.read(project.resolve("competitors"));
        assertEquals(9, read.competitors().size());
        assertEquals(List.of(), read.problems(), "no problem in any record after the save");
        Competitor lancheng = read.competitors().stream().filter(c -> c.name().equals(LANCHENG)).findFirst().orElseThrow();
        assertEquals(5, lancheng.score(Activity.OPERATIONS).orElseThrow());
        assertEquals(4, lancheng.score(Activity.MARKETING_AND_SALES).orElseThrow(), "other scores unchanged");

        // a second edit changes only its own line in the file (diff between the two commits)
        Ui.sync(() -> {
            editor.setDescription(Activity.SERVICE, "7×24 小时应急响应");
            try {
                return editor.save();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Workspace ws = workspaces().open(project)) {
            String diff = ws.diff(LANCHENG_KEY, "HEAD~1", "HEAD");
            List<String> changed = diff.lines().filter(l -> (l.startsWith("+") || l.startsWith("-")) && !l.startsWith("+++")
                    && !l.startsWith("---")).toList();
            assertEquals(List.of("-| 服务 | 4 | 7×24 小时环保应急响应，督察迎检陪同 | 客户访谈（虚构） |",
                    "+| 服务 | 4 | 7×24 小时应急响应 | 客户访谈（虚构） |"), changed, diff);
        }
        shot(ChainEditorPart.ID, "competitor-chain-editor");
    }

    @Test
    @Order(3)
    void anInvalidScoreNamesTheFieldAndWritesNothingAndRevertDropsTheEdit() throws Exception {
        ChainEditorPart editor = part(ChainEditorPart.class, Combo.class, ChainEditorPart.RECORD_ID);
        byte[] before = Files.readAllBytes(file("01-lancheng.md"));
        Ui.sync(() -> {
            editor.setScore(Activity.PROCUREMENT, "7");
            return null;
        });
        String error = Ui.sync(editor::errorText);
        assertTrue(error.startsWith("chain.procurement.score (Procurement): 7 is outside 1–5"), error);
        assertFalse(Ui.sync(editor::canSave));
        assertEquals(Optional.empty(), Ui.sync(() -> {
            try {
                return editor.save();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        Ui.sync(() -> {
            editor.setScore(Activity.PROCUREMENT, "x");
            editor.setScore(Activity.HUMAN_RESOURCES, "");
            return null;
        });
        error = Ui.sync(editor::errorText);
        assertTrue(error.contains("chain.procurement.score (Procurement): \"x\" is not a whole number"), error);
        assertTrue(error.contains("chain.human-resources.score (Human resource management): the strength is missing"), error);
        Path shotFile = shot(ChainEditorPart.ID, "competitor-chain-editor-errors");
        assertTrue(Files.size(shotFile) > 0);
        assertArrayEquals(before, Files.readAllBytes(file("01-lancheng.md")), "nothing written");
        try (Workspace ws = workspaces().open(project)) {
            assertEquals(2, ws.history(LANCHENG_KEY).size(), "no commit for invalid input");
        }
        // revert: the fields show the saved record again
        Ui.sync(() -> {
            editor.revert();
            return null;
        });
        assertEquals("", Ui.sync(editor::errorText));
        assertFalse(Ui.sync(editor::dirty));
        assertEquals("2", Ui.sync(() -> editor.form().row(Activity.PROCUREMENT).score()));
    }

    @Test
    @Order(4)
    void theComparisonShowsTheHeatMapAndTheNewGap() throws Exception {
        Ui.sync(() -> {
            OpenViewsHandler.show(ComparisonPart.ID);
            return null;
        });
        Table table = Ui.await("comparison table", WAIT, () -> Ui.findAny(Table.class, ComparisonPart.TABLE_ID));
        List<String> row = Ui.await("the row of 蓝澄 after the save", WAIT, () -> ComparisonPart.cells(table).stream()
                .filter(r -> r.get(0).equals(LANCHENG) && r.get(2).equals("5 (+1)")).findFirst());
        // hand computation: 蓝澄 − us per activity: 2−3, 5−4, 2−3, 4−2, 4−3, 3−3, 4−3, 4−2, 2−3 = −1, +1, −1, +2, +1, 0, +1, +2, −1
        assertEquals(List.of("2 (-1)", "5 (+1)", "2 (-1)", "4 (+2)", "4 (+1)", "3", "4 (+1)", "4 (+2)", "2 (-1)"), row.subList(1, 10));
        assertEquals("+0.44", row.get(10), "mean gap 4/9");
        assertTrue(Ui.sync(() -> ComparisonPart.cells(table).get(0).get(0).startsWith("★ ")), "us first");
        Label picture = Ui.sync(() -> Ui.findAny(Label.class, ComparisonPart.PICTURE_ID).orElseThrow());
        int height = Ui.sync(() -> picture.getImage().getBounds().height);
        assertEquals(96 + 34 * 9 + 56, height, "HeatMap size: TOP + 9 rows × CELL_H + BOTTOM (docs/models/competitor.md §4)");
        shot(ComparisonPart.ID, "competitor-comparison");
    }

    @Test
    @Order(5)
    void fiveForcesPerSegmentWithDrivers() throws Exception {
        Ui.sync(() -> {
            OpenViewsHandler.show(ForcesPart.ID);
            return null;
        });
        Table table = Ui.await("forces table", WAIT, () -> Ui.findAny(Table.class, ForcesPart.TABLE_ID));
        Combo segment = Ui.sync(() -> Ui.findAny(Combo.class, ForcesPart.SEGMENT_ID).orElseThrow());
        Ui.sync(() -> {
            int i = Arrays.asList(segment.getItems()).indexOf("园区污水处理运营");
            assertTrue(i >= 0, Arrays.toString(segment.getItems()));
            segment.select(i);
            segment.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
        List<List<String>> rows = Ui.sync(() -> ComparisonPart.cells(table));
        // docs/models/competitor.md worked example: rivalry rated 4 (us) and 5 (江淮) → 4.5; buyers 5
        assertEquals(List.of("Rivalry among existing competitors", "4.5"), rows.get(0).subList(0, 2));
        assertTrue(rows.stream().anyMatch(r -> r.get(4).equals("园区唯一买方，压价明显")), rows.toString());
        String overall = Ui.sync(() -> Arrays.stream(((org.eclipse.swt.widgets.Composite) segment.getParent()).getChildren())
                .filter(c -> c instanceof Label).map(c -> ((Label) c).getText()).filter(t -> t.startsWith("Five-forces")).findFirst().orElse(""));
        // (4.5 + 3 + 2 + 3 + 5) / 5 = 3.5 ≥ 3.5: unattractive
        assertTrue(overall.startsWith("Five-forces mean 3.50: forces on balance strong"), overall);
        shot(ForcesPart.ID, "competitor-forces");
    }

    @Test
    @Order(6)
    void theProfitBoardGroupsRecordsByProfitModelWithEvidence() throws Exception {
        Ui.sync(() -> {
            OpenViewsHandler.show(ProfitBoardPart.ID);
            return null;
        });
        Tree tree = Ui.await("profit tree", WAIT, () -> Ui.findAny(Tree.class, ProfitBoardPart.TREE_ID));
        List<String> lines = Ui.sync(() -> Arrays.stream(tree.getItems())
                .flatMap(g -> Arrays.stream(g.getItems()).map(m -> g.getText(0) + " | " + m.getText(0) + " | " + m.getText(1))).toList());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Customer solution (") && l.contains(" | " + LANCHENG + " | 按园区痛点打包咨询+监测+应急")),
                lines.toString());
        // our own models are starred (00-us.md: 基础产品, 大额交易, 地区领先)
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("★ Installed base (") && l.contains("| ★ ")), lines.toString());
        shot(ProfitBoardPart.ID, "competitor-profit-board");
    }

    @Test
    @Order(7)
    void theDirectionIsDerivedShownAndEditableAndSaved() throws Exception {
        Ui.sync(() -> {
            OpenViewsHandler.show(DirectionPart.ID);
            return null;
        });
        DirectionPart direction = part(DirectionPart.class, Table.class, DirectionPart.TABLE_ID);
        String jianghuai = CompetitorReader.read(file(JIANGHUAI_FILE)).competitors().get(0).name();
        assertTrue(Ui.sync(() -> direction.select(jianghuai, "园区污水处理运营")));
        DirectionPart.Line line = Ui.sync(() -> direction.selected().orElseThrow());
        // docs/models/competitor.md worked example: G = +1.00 and forces mean 3.5 → rule A, avoid
        assertEquals(Action.AVOID, line.derived().action());
        assertEquals("A", line.derived().rule());
        assertTrue(line.edited().isEmpty());

        String reason = "与江淮在皖北园区错位竞争：我方专注管网监测溯源服务包";
        Ui.sync(() -> {
            direction.edit(Action.DIFFERENTIATE, reason);
            try {
                return direction.saveSelected();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String text = Files.readString(file(JIANGHUAI_FILE), StandardCharsets.UTF_8);
        assertTrue(text.contains("| 园区污水处理运营 | 差异化 | " + reason + " |"), text);
        try (Workspace ws = workspaces().open(project)) {
            List<CommitInfo> h = ws.history(JIANGHUAI_KEY);
            assertEquals(1, h.size());
            assertEquals("Update direction for " + jianghuai, h.get(0).subject());
        }
        DirectionPart.Line edited = Ui.await("the edited line", WAIT, () -> direction.lines().stream()
                .filter(l -> l.competitor().name().equals(jianghuai) && l.segment().equals("园区污水处理运营") && l.edited().isPresent()).findFirst());
        assertEquals(Action.DIFFERENTIATE, edited.action());
        assertEquals(Action.AVOID, edited.derived().action(), "the derived recommendation is still shown");
        Recommendation used = CompetitorSession.get().analysis().assessments().stream()
                .filter(a -> a.competitor().name().equals(jianghuai)).findFirst().orElseThrow().recommendations().stream()
                .filter(r -> r.segment().equals("园区污水处理运营")).findFirst().orElseThrow();
        assertEquals(Action.DIFFERENTIATE, used.action());
        assertEquals(reason, used.reasoning());
        assertEquals(List.of(), CompetitorReader.read(project.resolve("competitors")).problems());
        Ui.sync(() -> direction.select(jianghuai, "园区污水处理运营"));
        shot(DirectionPart.ID, "competitor-direction");
    }

    @Test
    @Order(8)
    void theReportExportWritesTheHtmlWithThePicture(@TempDir Path out) throws Exception {
        Path target = out.resolve("report");
        Path[] written = new Path[1];
        Job job = new ReportJob(target, p -> written[0] = p);
        job.schedule();
        job.join(WAIT.toMillis(), null);
        IStatus status = job.getResult();
        assertTrue(status != null && status.isOK(), String.valueOf(status));
        Path html = target.resolve(ReportJob.HTML);
        assertEquals(html, written[0]);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(text);
        assertTrue(m.find(), "the picture is embedded");
        byte[] png = Base64.getDecoder().decode(m.group(1));
        // PNG signature (ISO/IEC 15948, 5.2): 89 50 4E 47 0D 0A 1A 0A
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        assertArrayEquals(png, Files.readAllBytes(target.resolve(ReportJob.PNG)), "the same picture beside the report");
        assertTrue(text.contains(LANCHENG));
        assertTrue(text.contains("与江淮在皖北园区错位竞争"), "the edited reasoning is in the report");
        assertTrue(Files.readString(target.resolve(ReportJob.SVG), StandardCharsets.UTF_8).startsWith("<svg"));
        // bad input: a report with no records says what to do and writes nothing
        Path empty = Files.createDirectories(out.resolve("empty-project"));
        Ui.sync(() -> {
            CompetitorSession.get().setProject(empty);
            return null;
        });
        Job none = new ReportJob(out.resolve("none"), p -> { });
        none.setUser(false); // no error dialog in the test run
        none.setProperty(org.eclipse.ui.progress.IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        none.schedule();
        none.join(WAIT.toMillis(), null);
        assertEquals(IStatus.ERROR, none.getResult().getSeverity());
        assertTrue(none.getResult().getMessage().contains("add records under competitors/"), none.getResult().getMessage());
        assertFalse(Files.exists(out.resolve("none").resolve(ReportJob.HTML)));
        Ui.sync(() -> {
            CompetitorSession.get().setProject(project);
            return null;
        });
    }
}
