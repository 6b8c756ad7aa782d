package org.steward.competitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.competitor.model.Activity;
import org.steward.competitor.ui.internal.ChainEditorPart;
import org.steward.competitor.ui.internal.ComparisonPart;
import org.steward.competitor.ui.internal.DirectionPart;
import org.steward.competitor.ui.internal.ForcesPart;
import org.steward.competitor.ui.internal.ListPart;
import org.steward.competitor.ui.internal.ProfitBoardPart;
import org.steward.workbench.testing.Ui;

/**
 * The views in Chinese: run only by the pom's "zh" execution, which starts the workbench with {@code -nl zh}. Checks the
 * labels come from messages_zh and takes the pictures that show the Chinese labels render (Noto Sans CJK).
 */
class ChineseUiTest {
    private static Path project;

    @BeforeAll
    static void open() throws Exception {
        project = Fixture.openDemo();
    }

    @AfterAll
    static void remove() throws Exception {
        Fixture.delete(project);
    }

    @Test
    void theViewsSpeakChinese() throws Exception {
        Table list = Ui.await("list", Fixture.WAIT, () -> Ui.findAny(Table.class, ListPart.TABLE_ID));
        List<String> headers = Ui.sync(() -> Arrays.stream(list.getColumns()).map(c -> c.getText()).toList());
        assertEquals(List.of("名称", "地区", "业务线", "与我方关系", "营收规模"), headers);
        Fixture.shot(ListPart.ID, "zh-competitor-list");

        ChainEditorPart editor = Fixture.part(ChainEditorPart.class, Combo.class, ChainEditorPart.RECORD_ID);
        Ui.sync(() -> {
            editor.setScore(Activity.SERVICE, "9");
            return null;
        });
        String error = Ui.sync(editor::errorText);
        assertTrue(error.startsWith("chain.service.score（服务）：9 超出 1–5"), error);
        Fixture.shot(ChainEditorPart.ID, "zh-competitor-chain-editor");
        Ui.sync(() -> {
            editor.revert();
            return null;
        });

        Table comparison = Ui.await("comparison", Fixture.WAIT, () -> Ui.findAny(Table.class, ComparisonPart.TABLE_ID));
        assertEquals("进货物流", Ui.sync(() -> comparison.getColumn(1).getText()));
        Fixture.shot(ComparisonPart.ID, "zh-competitor-comparison");

        Table forces = Ui.await("forces", Fixture.WAIT, () -> Ui.findAny(Table.class, ForcesPart.TABLE_ID));
        assertEquals("驱动因素", Ui.sync(() -> forces.getColumn(4).getText()));
        Fixture.shot(ForcesPart.ID, "zh-competitor-forces");

        Tree profits = Ui.await("profits", Fixture.WAIT, () -> Ui.findAny(Tree.class, ProfitBoardPart.TREE_ID));
        assertTrue(Ui.sync(() -> profits.getItem(0).getText(0)).startsWith("客户解决方案"));
        Fixture.shot(ProfitBoardPart.ID, "zh-competitor-profit-board");

        DirectionPart direction = Fixture.part(DirectionPart.class, Table.class, DirectionPart.TABLE_ID);
        // the derived reasoning is written in Chinese by the model's rules (locale zh)
        assertTrue(Ui.sync(() -> direction.lines().stream().anyMatch(l -> l.reasoning().contains("平均差距"))),
                Ui.sync(() -> direction.lines().get(0).reasoning()));
        Ui.sync(() -> direction.select(direction.lines().get(0).competitor().name(), direction.lines().get(0).segment()));
        Fixture.shot(DirectionPart.ID, "zh-competitor-direction");
    }
}
