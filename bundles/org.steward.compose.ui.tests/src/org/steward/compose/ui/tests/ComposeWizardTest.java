package org.steward.compose.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.compose.ui.internal.composition.Branding;
import org.steward.compose.ui.internal.composition.ComposedModel;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.CompositionResult;
import org.steward.compose.ui.internal.composition.StewardHome;
import org.steward.compose.ui.internal.wizard.BrandingPage;
import org.steward.compose.ui.internal.wizard.ComposeSettings;
import org.steward.compose.ui.internal.wizard.ComposeWizard;
import org.steward.compose.ui.internal.wizard.CompositionJob;
import org.steward.compose.ui.internal.wizard.FeaturesPage;
import org.steward.compose.ui.internal.wizard.ResultDialog;
import org.steward.compose.ui.internal.wizard.SourcePage;
import org.steward.workbench.testing.Ui;

/** The wizard inside the real workbench: pages filled as a user would, their messages, the command Finish runs. */
class ComposeWizardTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void workbenchIsUp() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
    }

    @Test
    void theFileMenuOffersComposeWorkbench() throws Exception {
        List<String> items = Ui.sync(() -> {
            MenuItem file = Arrays.stream(Ui.shell().getMenuBar().getItems())
                    .filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
            Menu menu = file.getMenu();
            // menus contributed through org.eclipse.ui.menus are filled when the menu is about to show
            menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            List<String> texts = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
            menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
            return texts;
        });
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Compose Workbench\u2026")), items.toString());
    }

    @Test
    void thePagesValidateAndFinishPreparesTheCommandOfTheChoices(@TempDir Path dir) throws Exception {
        SiteFixture f = SiteFixture.create(dir.resolve("steward"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path unbuilt = dir.resolve("unbuilt");
        SiteFixture.create(unbuilt);
        CompositionTest.deleteTree(unbuilt.resolve(SiteFixture.SITE));
        Path splash = SiteFixture.picture(dir.resolve("pictures/park.bmp"), "bmp", 400, 240);
        Path icon = SiteFixture.picture(dir.resolve("pictures/park.png"), "png", 32, 32);
        Path notBmp = SiteFixture.picture(dir.resolve("pictures/really-a-png.bmp"), "png", 40, 40);
        Path out = dir.resolve("linjiang");

        AtomicReference<WizardDialog> dialog = new AtomicReference<>();
        ComposeWizard wizard = Ui.sync(() -> {
            ComposeWizard w = new ComposeWizard(ComposeSettings.instance());
            w.scheduleOnFinish(false);
            WizardDialog d = new WizardDialog(Ui.shell(), w);
            d.setBlockOnOpen(false);
            d.create();
            d.getShell().setSize(860, 700);
            d.open();
            dialog.set(d);
            return w;
        });
        Shell shell = Ui.sync(() -> dialog.get().getShell());
        try {
            // page 1: a folder without compose.sh, then one without a built site, then a good one
            SourcePage source = wizard.sourcePage();
            String noScript = Ui.sync(() -> {
                source.setSite("");
                source.setHome(empty.toString());
                return source.getErrorMessage();
            });
            assertEquals(empty.resolve("releng/compose/compose.sh") + " is missing: choose the folder of a Steward source"
                    + " tree or SDK (the one that holds releng/compose/compose.sh).", noScript);
            String noSite = Ui.sync(() -> {
                source.setHome(unbuilt.toString());
                return source.getErrorMessage() + "|" + source.isPageComplete();
            });
            assertEquals("No update site at " + unbuilt.resolve(SiteFixture.SITE) + ": build Steward first (cd " + unbuilt
                    + " && ./mvnw -DskipTests verify).|false", noSite);
            Ui.settle();
            Ui.screenshot("compose-1-source-unbuilt", () -> shell);
            String found = Ui.sync(() -> {
                source.setHome(f.home.toString());
                return source.getErrorMessage() + "|" + source.getMessage() + "|" + source.isPageComplete();
            });
            assertEquals("null|2 features in " + f.site + "|true", found);
            Ui.settle();
            Ui.screenshot("compose-1-source", () -> shell);

            // page 2: the site's features, none chosen yet
            FeaturesPage features = wizard.featuresPage();
            List<String[]> rows = Ui.sync(() -> {
                dialog.get().showPage(features);
                return features.rows();
            });
            assertEquals(2, rows.size());
            assertEquals(List.of(SiteFixture.ALPHA_LABEL, SiteFixture.ALPHA, SiteFixture.ALPHA_NEW,
                    String.join(", ", SiteFixture.ALPHA_MODELS)), List.of(rows.get(0)));
            assertEquals(List.of(SiteFixture.BETA_LABEL, SiteFixture.BETA, SiteFixture.BETA_VERSION,
                    String.join(", ", SiteFixture.BETA_MODELS)), List.of(rows.get(1)));
            assertEquals("Choose at least one feature.|false",
                    Ui.sync(() -> features.getErrorMessage() + "|" + features.isPageComplete()));
            String chosen = Ui.sync(() -> {
                features.choose(SiteFixture.ALPHA, SiteFixture.BETA);
                return features.getErrorMessage() + "|" + features.getMessage() + "|" + features.isPageComplete();
            });
            assertEquals("null|2 features chosen, with 3 models|true", chosen);
            assertEquals(2, Ui.sync(() -> Arrays.stream(Ui.find(shell, Table.class,
                    c -> FeaturesPage.TABLE_ID.equals(c.getData("steward.widget"))).orElseThrow().getItems())
                    .filter(i -> i.getChecked()).count()).intValue());
            Ui.settle();
            Ui.screenshot("compose-2-features", () -> shell);

            // page 3: the id follows the name until edited; bad inputs are named
            BrandingPage branding = wizard.brandingPage();
            Ui.sync(() -> {
                dialog.get().showPage(branding);
                return null;
            });
            assertEquals("Enter the product name (shown in the window title and the About dialog).",
                    Ui.sync(branding::getErrorMessage));
            assertEquals("linjiang-park-tracing", Ui.sync(() -> {
                branding.setName("Linjiang Park Tracing");
                return branding.id();
            }));
            assertEquals(List.of(SiteFixture.STEWARD_PERSPECTIVE, SiteFixture.BETA_PERSPECTIVE),
                    Ui.sync(branding::perspectiveIds));
            assertEquals("The id must be lower-case letters, digits, dots and dashes, starting with a letter (got"
                    + " 'Linjiang')." , Ui.sync(() -> {
                        branding.setId("Linjiang");
                        return branding.getErrorMessage();
                    }));
            String afterEdit = Ui.sync(() -> {
                branding.setId("linjiang");
                branding.setName("Linjiang Park");
                return branding.id();
            });
            assertEquals("linjiang", afterEdit, "an edited id stays");
            String badSplash = Ui.sync(() -> {
                branding.setOut(out.toString());
                branding.setSplash(notBmp.toString());
                return branding.getErrorMessage();
            });
            assertEquals(notBmp + " is not a BMP picture (it does not start with BM): the splash screen must be a BMP"
                    + " file.", badSplash);
            Ui.sync(() -> {
                branding.setSplash(splash.toString());
                branding.setIcon(icon.toString());
                branding.setPerspective(SiteFixture.BETA_PERSPECTIVE);
                branding.setOffline(true);
                return null;
            });
            assertEquals("null|true", Ui.sync(() -> branding.getErrorMessage() + "|" + branding.isPageComplete()));
            assertTrue(Ui.sync(() -> branding.previewShown(true) && branding.previewShown(false)), "both previews");
            List<String> expected = List.of("bash", f.home.resolve("releng/compose/compose.sh").toString(), "--id",
                    "linjiang", "--name", "Linjiang Park", "--features", SiteFixture.ALPHA + "," + SiteFixture.BETA,
                    "--perspective", SiteFixture.BETA_PERSPECTIVE, "--splash", splash.toString(), "--icon",
                    icon.toString(), "--out", out.toString(), "--offline");
            assertEquals(expected, Ui.sync(() -> wizard.composition().command()));
            String shown = Ui.sync(branding::commandText);
            assertTrue(shown.contains("--name 'Linjiang Park'") && shown.endsWith("--offline"), shown);
            Ui.settle();
            Ui.screenshot("compose-3-branding", () -> shell);

            // un-choosing the feature with the perspective takes the perspective off the list (back to the default)
            Optional<String> perspective = Ui.sync(() -> {
                dialog.get().showPage(features);
                features.choose(SiteFixture.ALPHA);
                return branding.perspective();
            });
            assertEquals(Optional.empty(), perspective);
            assertEquals(List.of(SiteFixture.STEWARD_PERSPECTIVE), Ui.sync(branding::perspectiveIds));

            // Finish: the job carries the composition of the pages (scheduling is off in this test)
            Composition finished = Ui.sync(() -> {
                features.choose(SiteFixture.ALPHA, SiteFixture.BETA);
                dialog.get().showPage(branding);
                branding.setPerspective(SiteFixture.BETA_PERSPECTIVE);
                IWizardPage current = dialog.get().getCurrentPage();
                if (current != branding || !wizard.canFinish()) {
                    throw new AssertionError("Finish is not enabled on " + current.getName());
                }
                wizard.performFinish();
                return wizard.job().orElseThrow().composition();
            });
            assertEquals(expected, finished.command());
            // the folders are remembered for next time
            assertEquals(f.home.toString(), Ui.sync(() -> ComposeSettings.instance().home()));
        } finally {
            Ui.sync(() -> dialog.get().close());
        }
    }

    /** Finish's job, cancelled as the Progress view's stop button does: compose.sh and its child are killed. */
    @Test
    void cancellingTheJobKillsTheComposition(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        SiteFixture f = SiteFixture.create(dir.resolve("home")).script("""
                #!/usr/bin/env bash
                sleep 300 &
                echo $! > "%s"
                echo "compose: building"
                wait
                """.formatted(pidFile));
        Composition c = Composition.of(new StewardHome(f.home),
                List.of(SiteFixture.ALPHA), new Branding("Job", "job",
                        Optional.empty(), Optional.empty(), Optional.empty()), dir.resolve("out"), true);
        CompositionJob job = new CompositionJob(c);
        job.showResult(false);
        assertEquals("Composing Job", job.getName());
        job.schedule();
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (!Files.isRegularFile(pidFile) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        long child = Long.parseLong(Files.readString(pidFile).trim());
        job.cancel();
        assertTrue(job.join(WAIT.toMillis(), null), "the job ended");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(job.result().orElseThrow().canceled());
        end = System.currentTimeMillis() + 10_000;
        while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "sleep " + child + " was killed");
    }

    @Test
    void theResultShowsTheModelsOrTheTailOfTheLog(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("linjiang");
        CompositionResult done = new CompositionResult(out, 0, false, List.of("compose: building the workbench",
                "compose: done"), out.resolve("build.log"), List.of(),
                List.of(new ComposedModel("samples.textstats", "Text statistics"),
                        new ComposedModel("competitor.compare", "Competitor comparison")), "");
        List<String> models = showAndRead(done, "compose-4-result", shell -> Arrays.stream(Ui.find(shell, Table.class,
                c -> ResultDialog.MODELS_ID.equals(c.getData("steward.widget"))).orElseThrow().getItems())
                .map(i -> i.getText(0)).toList());
        assertEquals(List.of("samples.textstats", "competitor.compare"), models);

        List<String> tail = List.of("[ERROR] Cannot resolve project dependencies:", "[ERROR]   Software being installed: x");
        CompositionResult failed = new CompositionResult(out, 2, false, List.of("compose: the product build failed"),
                out.resolve("build.log"), tail, List.of(), "");
        List<String> shown = showAndRead(failed, "compose-5-failed", shell -> List.of(
                Ui.find(shell, Text.class, c -> ResultDialog.LOG_ID.equals(c.getData("steward.widget"))).orElseThrow()
                        .getText(), shell.getText()));
        assertEquals(String.join("\n", tail), shown.get(0));
    }

    private static List<String> showAndRead(CompositionResult result, String screenshot,
            java.util.function.Function<Shell, List<String>> read) throws Exception {
        AtomicReference<ResultDialog> dialog = new AtomicReference<>();
        Shell shell = Ui.sync(() -> {
            ResultDialog d = new ResultDialog(Ui.shell(), "Linjiang Park", result);
            d.setBlockOnOpen(false);
            d.open();
            dialog.set(d);
            return d.getShell();
        });
        try {
            Ui.settle();
            Ui.screenshot(screenshot, () -> shell);
            String message = Ui.sync(() -> dialog.get().getErrorMessage() == null ? "" : dialog.get().getErrorMessage());
            if (!result.composed()) {
                assertEquals("The composition failed (exit code 2). The last lines of " + result.log() + ":", message);
            } else {
                assertFalse(message.contains("failed"), message);
            }
            return Ui.sync(() -> read.apply(shell));
        } finally {
            Ui.sync(() -> dialog.get().close());
        }
    }
}
