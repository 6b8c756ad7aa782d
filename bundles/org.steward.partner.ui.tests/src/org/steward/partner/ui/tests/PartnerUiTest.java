package org.steward.partner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.steward.partner.ui.internal.EvaluationPart;
import org.steward.partner.ui.internal.VendorsPart;
import org.steward.workbench.testing.Ui;

/**
 * The partner views inside the real workbench on a copy of the demo workspace (releng/demo-workspace: 8 fictional
 * vendors, screening rules, the AHP matrix, TOPSIS and sample tests). Expected values worked out from those files by hand.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerUiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Path project;

    @BeforeAll
    static void workbenchAndDemoCopy() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
        Path demo = Path.of("../../releng/demo-workspace").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(demo.resolve("vendors")), "demo workspace not found at " + demo);
        project = Files.createTempDirectory("partner-ui");
        copy(demo.resolve("vendors"), project.resolve("vendors"));
        copy(demo.resolve("partners"), project.resolve("partners"));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    private static <T> T open(String viewId, String tabsId, Class<T> type) throws Exception {
        Ui.sync(() -> {
            try {
                IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
                page.showView(viewId);
                // maximised, so that the screenshots show the view, not the empty editor area
                page.setPartState(page.findViewReference(viewId), IWorkbenchPage.STATE_MAXIMIZED);
                Ui.shell().setBounds(0, 0, 1280, 1000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return Ui.await(viewId, WAIT, () -> Ui.findAny(CTabFolder.class, tabsId).map(t -> type.cast(t.getData(type.getName()))));
    }

    private static String label(String id) {
        return Ui.sync(() -> Ui.findAny(Label.class, id).map(Label::getText).orElse("(no label " + id + ")"));
    }

    @Test
    @Order(1)
    void vendorListBoardAndScreening() throws Exception {
        VendorsPart part = open(VendorsPart.ID, VendorsPart.TABS_ID, VendorsPart.class);
        Ui.sync(() -> {
            part.show(project);
            return null;
        });
        assertEquals(8, Ui.sync(() -> part.vendors().size()));
        assertEquals("", label(VendorsPart.STATUS_ID), "the demo vendor records have no problems");
        assertEquals(8, (int) Ui.sync(() -> Ui.findAny(Table.class, VendorsPart.LIST_ID).orElseThrow().getItemCount()));
        // board: v-03 signed (2026-05-08), v-08 never contacted
        String[] signed = Ui.sync(() -> Ui.findAny(org.eclipse.swt.widgets.List.class, VendorsPart.BOARD_ID + ".agreementSigned")
                .orElseThrow().getItems());
        assertEquals(1, signed.length, Arrays.toString(signed));
        assertTrue(signed[0].startsWith("清源光谱") && signed[0].endsWith("2026-05-08"), signed[0]);
        Ui.sync(() -> {
            part.select(1);
            return null;
        });
        Ui.settle();
        Ui.screenshot("partner-pipeline-board");

        // screening with the demo rules: v-01, v-03, v-06 pass (measures COD + conductivity, staff >= 20, band <= D, network)
        assertEquals("3 of 8 vendors shortlisted", label(VendorsPart.SCREEN_STATUS_ID));
        String v02 = Ui.sync(() -> Ui.findAny(Table.class, VendorsPart.SCREEN_ID).orElseThrow().getItem(1).getText(3));
        assertEquals("measures: COD, conductivity \u2192 does not measure cod", v02);
        // editing the rules re-screens at once; a bad rule is shown with its line
        Ui.sync(() -> {
            part.select(2);
            Text rules = Ui.findAny(Text.class, VendorsPart.RULES_ID).orElseThrow();
            rules.setText(rules.getText() + "tracing = yes\n");
            return null;
        });
        assertEquals("2 of 8 vendors shortlisted", label(VendorsPart.SCREEN_STATUS_ID)); // v-06 has no tracing reference
        Ui.settle();
        Ui.screenshot("partner-screening");
        Ui.sync(() -> {
            Ui.findAny(Text.class, VendorsPart.RULES_ID).orElseThrow().setText("budget < 3\n");
            return null;
        });
        assertTrue(label(VendorsPart.SCREEN_STATUS_ID).startsWith("screening-rules.txt:1: rule: unknown field 'budget'"),
                label(VendorsPart.SCREEN_STATUS_ID));
    }

    @Test
    @Order(2)
    void pairwiseEditorShowsTheLiveConsistencyRatio() throws Exception {
        EvaluationPart part = open(EvaluationPart.ID, EvaluationPart.TABS_ID, EvaluationPart.class);
        Ui.sync(() -> {
            part.show(project);
            part.select(0);
            return null;
        });
        // the demo matrix: CR 0.015 (numpy.linalg.eig of the matrix, also in PartnerModelsServiceTest)
        assertTrue(label(EvaluationPart.CR_ID).startsWith("CR = 0.015 "), label(EvaluationPart.CR_ID));
        assertTrue(label(EvaluationPart.CR_ID).endsWith("consistent"));
        assertTrue(label(EvaluationPart.WEIGHTS_ID).contains("accuracy 0.301"), label(EvaluationPart.WEIGHTS_ID));
        String mirror = Ui.sync(() -> Ui.findAny(Text.class, EvaluationPart.CELL_ID + "0.2").orElseThrow().getText());
        assertEquals("3", mirror);
        // price suddenly 9 times as important as accuracy: the reversed judgement is flagged as the worst
        Ui.sync(() -> {
            part.setJudgement(0, 2, "1/9");
            return null;
        });
        String cr = label(EvaluationPart.CR_ID);
        assertTrue(cr.contains("NOT consistent"), cr);
        assertTrue(cr.contains("accuracy/price 1/9"), cr);
        assertEquals(new org.eclipse.swt.graphics.RGB(255, 200, 200),
                Ui.sync(() -> Ui.findAny(Text.class, EvaluationPart.CELL_ID + "0.2").orElseThrow().getBackground().getRGB()));
        Ui.settle();
        Ui.screenshot("partner-pairwise-inconsistent");
        Ui.sync(() -> {
            part.setJudgement(0, 2, "x");
            return null;
        });
        assertTrue(label(EvaluationPart.CR_ID).contains("row 'accuracy', column 'price' (line 2): cannot read 'x'"), label(EvaluationPart.CR_ID));
    }

    @Test
    @Order(3)
    void rankingAndSampleTestCharts() throws Exception {
        EvaluationPart part = open(EvaluationPart.ID, EvaluationPart.TABS_ID, EvaluationPart.class);
        Ui.sync(() -> {
            part.show(project);
            part.select(1);
            return null;
        });
        assertTrue(label(EvaluationPart.BEST_ID).startsWith("Best: v-03"), label(EvaluationPart.BEST_ID));
        Ui.settle();
        Ui.screenshot("partner-ranking");
        Ui.sync(() -> {
            part.select(2);
            part.selectSample("sampletest-v06-cod.csv", "500");
            return null;
        });
        assertEquals("Verdict: fail", label(EvaluationPart.VERDICT_ID));
        Ui.settle();
        Ui.screenshot("partner-sampletest");
        Ui.sync(() -> {
            part.selectSample("sampletest-v03-cod.csv", "500");
            return null;
        });
        assertEquals("Verdict: pass", label(EvaluationPart.VERDICT_ID));
    }
}
