package org.steward.data.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.data.ui.internal.compare.CompareDialog;
import org.steward.data.ui.internal.compare.VersionCompare;
import org.steward.data.ui.internal.history.ConflictDialog;
import org.steward.data.ui.internal.history.HistoryPart;
import org.steward.workbench.testing.Ui;
import org.steward.workspace.Author;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Conflict;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.Workspaces;

/** Side-by-side compare through Eclipse Compare: two versions from the history view, and a three-way conflict. */
class CompareTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void workbenchIsUp() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
    }

    @Test
    void twoVersionsOfARecordSideBySide(@TempDir Path project) throws Exception {
        Author ann = new Author("Ann Tester", "ann@example.org");
        RecordKey key = new RecordKey("opportunity", "o-9");
        try (Workspace ws = service(Workspaces.class).open(project)) {
            Record r = new Record(key, Map.of("name", new FieldValue.Text("园区污水提标"), "stage", new FieldValue.Text("线索")), "初次接触。\n");
            ws.save(r, "first", ann);
            ws.save(r.with("stage", "方案"), "second", ann);
        }
        Ui.sync(() -> {
            try {
                PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(HistoryPart.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        HistoryPart history = Ui.await("the history view", WAIT, () -> Ui.findAny(org.eclipse.swt.widgets.Table.class, HistoryPart.TABLE_ID)
                .map(t -> (HistoryPart) t.getData(HistoryPart.class.getName())));
        List<CommitInfo> commits = Ui.sync(() -> {
            history.setProject(project);
            history.setRecord(key.path());
            return history.commits();
        });
        assertEquals(2, commits.size());
        // newest first in the list; the compare puts the older on the left whatever the order given
        VersionCompare input = Ui.sync(() -> {
            try {
                return history.sideBySide(commits.get(0), commits.get(1)).orElseThrow();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CompareDialog dialog = Ui.sync(() -> {
            CompareDialog d = new CompareDialog(Ui.shell(), input);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        try {
            Ui.settle();
            assertEquals(false, Ui.sync(() -> input.mirrored()), "older left, newer right: not swapped");
            List<String> texts = Ui.sync(() -> styledTexts(dialog.getShell()));
            String older = texts.stream().filter(t -> t.contains("stage: 线索")).findFirst().orElse("");
            String newer = texts.stream().filter(t -> t.contains("stage: 方案")).findFirst().orElse("");
            assertTrue(older.contains("name: 园区污水提标") && newer.contains("name: 园区污水提标"), texts.toString());
            assertTrue(Ui.sync(() -> dialog.getShell().getText()).contains(key.path()));
            Ui.sync(() -> {
                dialog.getShell().setSize(1100, 600);
                return null;
            });
            Ui.settle();
            Path shot = Ui.screenshot("data-compare-history", dialog::getShell);
            assertTrue(Files.size(shot) > 0);
        } finally {
            Ui.sync(dialog::close);
        }
        Ui.sync(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.hideView(page.findView(HistoryPart.ID));
            return null;
        });
    }

    @Test
    void aConflictThreeWaysWithOursInTheResult() throws Exception {
        String base = "---\ntype: opportunity\nid: o-1\nstage: 线索\nowner: 李娜\n---\n";
        String ours = "---\ntype: opportunity\nid: o-1\nstage: 报价（李娜）\nowner: 李娜\n---\n";
        String theirs = "---\ntype: opportunity\nid: o-1\nstage: 方案（王伟）\nowner: 李娜\n---\n";
        Conflict conflict = new Conflict("opportunity/o-1.md", Optional.of(base), Optional.of(ours), Optional.of(theirs));
        ConflictDialog dialog = Ui.sync(() -> {
            ConflictDialog d = new ConflictDialog(Ui.shell(), conflict);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        try {
            Ui.settle();
            List<String> texts = Ui.sync(() -> styledTexts(dialog.getShell()));
            assertTrue(texts.contains(base) || texts.stream().anyMatch(t -> t.contains("stage: 线索")), "base shown: " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.contains("stage: 报价（李娜）")), "ours shown: " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.contains("stage: 方案（王伟）")), "theirs shown: " + texts);
            String result = Ui.sync(() -> Ui.find(dialog.getShell(), Text.class, c -> ConflictDialog.RESULT_ID.equals(c.getData("steward.widget")))
                    .orElseThrow().getText());
            assertEquals(ours, result, "the result starts as our version");
            Ui.sync(() -> {
                dialog.getShell().setSize(1100, 700);
                return null;
            });
            Ui.settle();
            Ui.screenshot("data-compare-conflict", dialog::getShell);
        } finally {
            Ui.sync(dialog::close);
        }
    }

    /** The texts of every StyledText under the shell (the compare viewer's panes). */
    private static List<String> styledTexts(Shell shell) {
        List<String> out = new ArrayList<>();
        collect(shell, out);
        return out;
    }

    private static void collect(Control c, List<String> out) {
        if (c instanceof StyledText st) {
            out.add(st.getText());
        }
        if (c instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, out);
            }
        }
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(CompareTest.class).getBundleContext(), type, null);
        tracker.open();
        try {
            T s = tracker.waitForService(WAIT.toMillis());
            if (s == null) {
                throw new AssertionError(type.getName() + " service is not running in the test runtime");
            }
            return s;
        } finally {
            tracker.close();
        }
    }
}
