package org.steward.workbench.tests;

import org.steward.workbench.testing.Ui;

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
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.steward.core.json.Json;
import org.steward.core.model.AnalysisModel;
import org.steward.workbench.internal.contributions.ExporterDescriptor;
import org.steward.workbench.internal.contributions.WorkbenchContributions;
import org.steward.workbench.internal.prefs.StartupSettings;
import org.steward.workbench.internal.prefs.StewardPreferencePage;
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

        Table files = Ui.sync(() -> Ui.findAny(Table.class, "steward.result.table.files.csv").orElseThrow());
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

    @Test
    @Order(4)
    void genericFormHasAWidgetPerTypeAndShowsBadValuesUnderTheirField() throws Exception {
        ServiceRegistration<AnalysisModel> reg = TestModels.register("test.form", "Form model", new TestModels.FormModel());
        try {
            openModel(TestModels.CATEGORY, "Form model");
            Spinner count = Ui.await("the form", WAIT, () -> Ui.find(Spinner.class, ParameterForm.FIELD_ID_PREFIX + "count"));
            assertEquals(3, (int) Ui.sync(count::getSelection));
            assertEquals(1, (int) Ui.sync(count::getMinimum));
            assertEquals(10, (int) Ui.sync(count::getMaximum));
            assertTrue(Ui.sync(() -> Ui.find(Button.class, ParameterForm.FIELD_ID_PREFIX + "flag").orElseThrow().getSelection()));
            assertEquals("fast", Ui.sync(() -> Ui.find(Combo.class, ParameterForm.FIELD_ID_PREFIX + "mode").orElseThrow().getText()));
            Text ratio = Ui.sync(() -> Ui.find(Text.class, ParameterForm.FIELD_ID_PREFIX + "ratio").orElseThrow());
            assertEquals("0.5", Ui.sync(ratio::getText));

            Ui.sync(() -> {
                ratio.setText("1.5");
                clickRun();
                return null;
            });
            String error = Ui.sync(() -> Ui.find(Label.class, ParameterForm.FIELD_ID_PREFIX + "ratio.error").orElseThrow().getText());
            assertEquals("parameter 'ratio' must be between 0 and 1, not 1.5", error);
            Ui.settle();
            Ui.screenshot("workbench-form-error");

            Ui.sync(() -> {
                ratio.setText("0.25");
                Ui.find(Combo.class, ParameterForm.FIELD_ID_PREFIX + "mode").orElseThrow().select(1);
                clickRun();
                return null;
            });
            Job.getJobManager().join(GenericModelPart.JOB_FAMILY, null);
            assertEquals("", Ui.sync(() -> Ui.findAny(Label.class, ParameterForm.FIELD_ID_PREFIX + "ratio.error").orElseThrow().getText()));
            Map<String, String> echoed = Ui.await("the echoed values", WAIT, () -> Ui.find(Tree.class, ResultPart.JSON_TREE_ID)
                    .map(t -> Arrays.stream(t.getItems()).collect(LinkedHashMap<String, String>::new,
                            (m, i) -> m.put(i.getText(0), i.getText(1)), Map::putAll))
                    .filter(m -> m.containsKey("ratio")));
            assertEquals(Map.of("count", "3", "ratio", "0.25", "flag", "true", "mode", "exact", "label", "x"), echoed);
        } finally {
            reg.unregister();
        }
    }

    @Test
    @Order(5)
    void cancellingTheJobStopsTheModel() throws Exception {
        ServiceRegistration<AnalysisModel> reg = TestModels.register("test.slow", "Slow model", new TestModels.SlowModel());
        try {
            openModel(TestModels.CATEGORY, "Slow model");
            Ui.await("the slow model's view", WAIT, () -> Ui.find(Label.class, GenericModelPart.STATUS_ID));
            Ui.sync(() -> {
                clickRun();
                return null;
            });
            Ui.await("the job to run", WAIT, () -> Job.getJobManager().find(GenericModelPart.JOB_FAMILY).length > 0
                    && Job.getJobManager().find(GenericModelPart.JOB_FAMILY)[0].getState() == Job.RUNNING ? Optional.of(true) : Optional.empty());
            long start = System.nanoTime();
            Job.getJobManager().cancel(GenericModelPart.JOB_FAMILY);
            Job.getJobManager().join(GenericModelPart.JOB_FAMILY, null);
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "cancel took too long");
            String status;
            try {
                status = Ui.await("the cancelled status", WAIT, () -> Ui.find(Label.class, GenericModelPart.STATUS_ID)
                        .map(Label::getText).filter(t -> t.equals("Cancelled.")));
            } catch (AssertionError e) {
                // say what the view shows instead (seen once in a full build; not reproduced)
                throw new AssertionError(e.getMessage() + "; the visible status reads '" + Ui.sync(() -> Ui.find(Label.class,
                        GenericModelPart.STATUS_ID).map(Label::getText).orElse("(no visible status label)")) + "'", e);
            }
            assertEquals("Cancelled.", status);
        } finally {
            reg.unregister();
        }
    }

    @Test
    @Order(6)
    void contributedModelUiIsOpenedInsteadOfTheGenericViewAndABrokenOneFallsBack() throws Exception {
        ServiceRegistration<AnalysisModel> withUi = TestModels.register("test.withUi", "Model with UI", new TestModels.KeyedModel("withUiKey"));
        ServiceRegistration<AnalysisModel> broken = TestModels.register("test.brokenUi", "Model with broken UI",
                new TestModels.KeyedModel("brokenUiKey"));
        try {
            Contributed.RecordingModelUi.OPENED.clear();
            openModel(TestModels.CATEGORY, "Model with UI");
            assertEquals(java.util.List.of("test.withUi"), Contributed.RecordingModelUi.OPENED);
            assertTrue(Ui.sync(() -> Ui.find(Text.class, ParameterForm.FIELD_ID_PREFIX + "withUiKey").isEmpty()),
                    "the generic view must not open for a model with its own UI");

            openModel(TestModels.CATEGORY, "Model with broken UI");
            Ui.await("the generic view as fallback", WAIT, () -> Ui.find(Text.class, ParameterForm.FIELD_ID_PREFIX + "brokenUiKey"));
        } finally {
            withUi.unregister();
            broken.unregister();
        }
    }

    @Test
    @Order(7)
    void resultViewSavesAllFilesAndExportsThroughTheContributedJsonExporter(@TempDir Path target) throws Exception {
        // the result part of the sample model, from test 2
        EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
        MApplication app = PlatformUI.getWorkbench().getService(MApplication.class);
        ResultPart result = Ui.sync(() -> models.findElements(app, "org.steward.workbench.parts.result.samples.textstats",
                MPart.class, null).stream().map(MPart::getObject).filter(ResultPart.class::isInstance)
                .map(ResultPart.class::cast).findFirst().orElseThrow());

        Job save = Ui.sync(() -> result.saveTo(target.resolve("saved")).orElseThrow());
        save.join();
        assertTrue(save.getResult().isOK(), save.getResult().toString());
        assertTrue(Files.isRegularFile(target.resolve("saved/files.csv")));
        Map<String, Object> saved = Json.parseObject(Files.readString(target.resolve("saved/result.json")));
        assertEquals(12, ((Number) ((Map<?, ?>) saved.get("totals")).get("words")).intValue());

        WorkbenchContributions contributions = PlatformUI.getWorkbench().getService(IEclipseContext.class)
                .get(WorkbenchContributions.class);
        ExporterDescriptor json = contributions.exporters().descriptors().stream()
                .filter(d -> d.id().equals("org.steward.workbench.exporters.json")).findFirst().orElseThrow();
        Path exported = target.resolve("export.json");
        Job export = Ui.sync(() -> result.exportTo(json, exported).orElseThrow());
        export.join();
        assertTrue(export.getResult().isOK(), export.getResult().toString());
        assertEquals(41, ((Number) ((Map<?, ?>) Json.parseObject(Files.readString(exported)).get("totals")).get("characters")).intValue());
    }

    @Test
    @Order(8)
    void preferencePageWritesTheStartupSettingsTheLaunchScriptReads() throws Exception {
        Path file = StartupSettings.file(); // -Dsteward.settings, see pom.xml
        Files.deleteIfExists(file);
        Ui.sync(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.shell(), "org.steward.workbench.preferences", null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                StewardPreferencePage page = (StewardPreferencePage) dialog.getSelectedPage();
                Combo language = Ui.find(page.getControl(), Combo.class, c -> true).orElseThrow();
                int chinese = Arrays.asList(language.getItems()).indexOf("中文");
                language.select(chinese);
                language.notifyListeners(SWT.Selection, new Event());
                Text workspace = Ui.find(page.getControl(), Text.class, c -> true).orElseThrow();
                workspace.setText(file.getParent().toString());
                assertTrue(page.performOk());
            } finally {
                dialog.close();
            }
            return null;
        });
        java.util.Properties saved = new java.util.Properties();
        try (var in = Files.newInputStream(file)) {
            saved.load(in);
        }
        assertEquals("zh", saved.getProperty(StartupSettings.LANGUAGE));
        assertEquals(file.getParent().toString(), saved.getProperty(StartupSettings.WORKSPACE));
    }

    /** Double-clicks (default-selects) a model in the navigator once it is listed. */
    private static void openModel(String category, String name) throws InterruptedException {
        Ui.await(name + " in the navigator", WAIT, () -> navigatorModels(category).filter(m -> Arrays.asList(m).contains(name)));
        Ui.sync(() -> {
            Tree tree = Ui.find(Tree.class, NavigatorPart.TREE_ID).orElseThrow();
            TreeItem item = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(category)).findFirst().orElseThrow();
            TreeItem model = Arrays.stream(item.getItems()).filter(i -> i.getText().equals(name)).findFirst().orElseThrow();
            tree.setSelection(model);
            Event open = new Event();
            open.item = model;
            tree.notifyListeners(SWT.DefaultSelection, open);
            return null;
        });
    }

    private static void clickRun() {
        Button run = Ui.find(Button.class, GenericModelPart.RUN_ID).orElseThrow();
        run.notifyListeners(SWT.Selection, new Event());
    }
}
