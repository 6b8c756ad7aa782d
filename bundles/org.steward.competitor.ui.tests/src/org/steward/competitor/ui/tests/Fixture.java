package org.steward.competitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.competitor.ui.internal.CompetitorSession;
import org.steward.competitor.ui.internal.OpenViewsHandler;
import org.steward.testing.Osgi;
import org.steward.workbench.testing.Ui;
import org.steward.workspace.Workspace;
import org.steward.workspace.Workspaces;

/** A copy of the demo competitor set in a fresh Git workspace, shown in all competitor views; view pictures. */
final class Fixture {
    static final Duration WAIT = Duration.ofSeconds(30);

    private Fixture() {
    }

    /** Copies the examples of org.steward.competitor (= releng/demo-workspace/competitors), git-inits, opens the views. */
    static Path openDemo() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
        Path project = Files.createTempDirectory("competitor-ui");
        Osgi.copyEntries("org.steward.competitor", "examples/competitors", project.resolve("competitors"));
        try (Workspace ws = workspaces().open(project)) { // git init -b main
            assertTrue(ws.history().isEmpty());
        }
        Ui.sync(() -> {
            CompetitorSession.get().setProject(project);
            try {
                for (String id : OpenViewsHandler.VIEWS) {
                    page().showView(id);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        Ui.settle();
        return project;
    }

    static void delete(Path project) throws Exception {
        try (var files = Files.walk(project)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    static Workspaces workspaces() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
        ServiceTracker<Workspaces, Workspaces> tracker = new ServiceTracker<>(context, Workspaces.class, null);
        tracker.open();
        try {
            Workspaces s = tracker.waitForService(WAIT.toMillis());
            if (s == null) {
                throw new AssertionError("the Workspaces service is not running in the test runtime");
            }
            return s;
        } finally {
            tracker.close();
        }
    }

    /** The view object registered on a control of the view (its class name as the control's data key). */
    static <T> T part(Class<T> type, Class<? extends Control> control, String id) throws Exception {
        return Ui.await(type.getSimpleName(), WAIT, () -> Ui.findAny(control, id).map(c -> type.cast(c.getData(type.getName()))));
    }

    /** Zooms the view, settles, takes the picture, unzooms. */
    static Path shot(String viewId, String name) throws Exception {
        Ui.sync(() -> {
            try {
                page().showView(viewId);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            page().toggleZoom(page().findViewReference(viewId));
            return null;
        });
        Ui.settle();
        Path file = Ui.screenshot(name);
        Ui.sync(() -> {
            page().toggleZoom(page().findViewReference(viewId));
            return null;
        });
        assertTrue(Files.size(file) > 0);
        return file;
    }
}
