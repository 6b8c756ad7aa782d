package org.steward.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.steward.workbench.internal.parts.ErrorLogPart;
import org.steward.workbench.internal.parts.GenericModelPart;
import org.steward.workbench.internal.parts.NavigatorPart;
import org.steward.workbench.internal.parts.ParameterForm;
import org.steward.workbench.internal.parts.ResultPart;

/**
 * The real workbench, started by the UI test harness with the Steward application: the navigator lists the sample
 * model live, the generic view runs it as a job, and the result view shows the totals.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchUiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SAMPLE_BUNDLE = "org.steward.samples.textstats";

    @BeforeAll
    static void workbenchIsUp() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
        sampleBundle().start();
    }

    private static Bundle sampleBundle() {
        return Arrays.stream(FrameworkUtil.getBundle(WorkbenchUiTest.class).getBundleContext().getBundles())
                .filter(b -> SAMPLE_BUNDLE.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(SAMPLE_BUNDLE + " is not installed in the test runtime"));
    }

    /** The model items under the category {@code category} of the navigator, if it shows that category. */
    private static Optional<String[]> navigatorModels(String category) {
        return Ui.find(Tree.class, NavigatorPart.TREE_ID).flatMap(tree -> Arrays.stream(tree.getItems())
                .filter(i -> i.getText().equals(category)).findFirst()
                .map(i -> Arrays.stream(i.getItems()).map(TreeItem::getText).toArray(String[]::new)));
    }

    @Test
    @Order(1)
    void navigatorFollowsModelsComingAndGoing() throws Exception {
        String[] models = Ui.await("Samples in the navigator", WAIT, () -> navigatorModels("Samples"));
        assertEquals("Text statistics", models[0]);

        sampleBundle().stop();
        Ui.await("Samples to vanish", WAIT, () -> navigatorModels("Samples").isEmpty() ? Optional.of(true) : Optional.empty());

        sampleBundle().start();
        models = Ui.await("Samples to come back", WAIT, () -> navigatorModels("Samples"));
        assertEquals("Text statistics", models[0]);
    }

    @Test
    @Order(2)
    void genericViewRunsTheSampleModelAndTheResultViewShowsTheTotals(@TempDir Path folder) throws Exception {
        // Input, counted by hand with the sample's rules (code points; a word is a run of letters or digits and each
        // Han character is a word of its own; lines = line breaks + 1 for a last line without a break):
        //   a.txt      "Hello world\n"          12 chars, 2 words, 1 line
        //   b.md       "管网溯源 ok\nline two"  4+1+2+1+8 = 16 chars, 4+1+2 = 7 words, 2 lines
        //   sub/c.txt  "one two three"          13 chars, 3 words, 1 line
        //   d.csv      not a txt/md file, not read
        // totals: 3 files, 41 characters, 12 words, 4 lines
        Files.writeString(folder.resolve("a.txt"), "Hello world\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.md"), "管网溯源 ok\nline two", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/c.txt"), "one two three", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("d.csv"), "x,y\n1,2\n", StandardCharsets.UTF_8);

        Ui.await("Samples in the navigator", WAIT, () -> navigatorModels("Samples"));
        Ui.sync(() -> {
            Tree tree = Ui.find(Tree.class, NavigatorPart.TREE_ID).orElseThrow();
            TreeItem sample = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals("Samples")).findFirst()
                    .orElseThrow().getItem(0);
            tree.setSelection(sample);
            Event open = new Event();
            open.item = sample;
            tree.notifyListeners(SWT.DefaultSelection, open);
            return null;
        });

        // the generic view: the form shows the default of the model's one parameter
        Text input = Ui.await("the generic model view", WAIT, () -> Ui.find(Text.class, GenericModelPart.INPUT_ID));
        String extensions = Ui.sync(() -> Ui.find(Text.class, ParameterForm.FIELD_ID_PREFIX + "extensions").orElseThrow().getText());
        assertEquals("txt,md", extensions);

        // running without an input is refused in the form, naming the problem
        Ui.sync(() -> {
            clickRun();
            return null;
        });
        assertEquals("Choose the input first.",
                Ui.sync(() -> Ui.find(Label.class, GenericModelPart.INPUT_ERROR_ID).orElseThrow().getText()));

        Ui.sync(() -> {
            input.setText(folder.toString());
            clickRun();
            return null;
        });
        Job.getJobManager().join(GenericModelPart.JOB_FAMILY, null);

        Tree json = Ui.await("the result view", WAIT, () -> Ui.find(Tree.class, ResultPart.JSON_TREE_ID));
        Map<String, String> totals = Ui.sync(() -> {
            TreeItem item = Arrays.stream(json.getItems()).filter(i -> i.getText(0).equals("totals")).findFirst().orElseThrow();
            item.setExpanded(true);
            Map<String, String> m = new LinkedHashMap<>();
            for (TreeItem child : item.getItems()) {
                m.put(child.getText(0), child.getText(1));
            }
            return m;
        });
        assertEquals("3", totals.get("files"), totals.toString());
        assertEquals("41", totals.get("characters"), totals.toString());
        assertEquals("12", totals.get("words"), totals.toString());
        assertEquals("4", totals.get("lines"), totals.toString());

        Table files = Ui.sync(() -> Ui.find(Table.class, "steward.result.table.files.csv").orElseThrow());
        assertEquals(3, (int) Ui.sync(files::getItemCount));
        Ui.settle();
        Path shot = Ui.screenshot("workbench-result");
        assertTrue(Files.size(shot) > 0);
    }

    @Test
    @Order(3)
    void errorLogShowsWhatIsLogged() throws Exception {
        String message = "Steward UI test error " + System.nanoTime();
        ILog.of(WorkbenchUiTest.class).log(Status.error(message));
        String shown = Ui.await("the logged error in the error log view", WAIT,
                () -> Ui.find(Table.class, ErrorLogPart.TABLE_ID).flatMap(t -> Arrays.stream(t.getItems())
                        .map(i -> i.getText(3)).filter(s -> s.equals(message)).findFirst()));
        assertEquals(message, shown);
        TableItem first = Ui.sync(() -> Ui.find(Table.class, ErrorLogPart.TABLE_ID).orElseThrow().getItem(0));
        assertEquals("Error", Ui.sync(() -> first.getText(0)));
    }

    private static void clickRun() {
        Button run = Ui.find(Button.class, GenericModelPart.RUN_ID).orElseThrow();
        run.notifyListeners(SWT.Selection, new Event());
    }
}
