package org.steward.data.ui.tests;

import org.steward.workbench.testing.Ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.steward.workspace.crypto.KeyProvider;
import org.steward.workspace.crypto.Keys;
import javax.crypto.SecretKey;
import org.steward.data.ui.internal.crm.CrmImportPage;
import org.steward.data.ui.internal.crm.CrmImportWizard;
import org.steward.data.ui.internal.history.HistoryPart;
import org.steward.data.ui.internal.history.SyncJob;
import org.steward.data.ui.internal.store.StoreActions;
import org.steward.data.ui.internal.store.StoreStatusControl;
import org.steward.store.Store;
import org.steward.store.StoreInfo;
import org.steward.workspace.Author;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Conflict;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.Workspaces;

/** The data UI inside the real workbench, against the real Derby store, Git workspace and crm importer. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataUiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void workbenchIsUp() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
    }

    /**
     * The service, activating it if needed. Retried until {@link #WAIT}: while another thread is still activating a
     * component (Derby boot and migrations on a loaded machine), SCR's getService gives up after its lock timeout
     * and a plain ServiceTracker would never ask again.
     */
    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DataUiTest.class).getBundleContext();
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            org.osgi.framework.ServiceReference<T> ref = context.getServiceReference(type);
            T s = ref == null ? null : context.getService(ref);
            if (s != null) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(type.getName() + " service is not running in the test runtime");
    }

    private static String statusText() {
        return Ui.sync(() -> Ui.findAny(Label.class, StoreStatusControl.LABEL_ID).map(Label::getText).orElse(""));
    }

    @Test
    @Order(1)
    void statusLineShowsTheEmbeddedStoreLocation() throws Exception {
        StoreInfo info = service(Store.class).info();
        assertEquals("embedded", info.mode());
        // docs/store.md: the embedded database lives in <workspace>/.steward/db, the workspace being -data
        Path instance = Path.of(Platform.getInstanceLocation().getURL().toURI());
        assertTrue(Path.of(info.location()).startsWith(instance), info.location() + " is not under " + instance);

        String tip = Ui.await("the store in the status line", WAIT, () -> {
            String t = Ui.findAny(Label.class, StoreStatusControl.LABEL_ID).map(Label::getToolTipText).orElse(null);
            return t != null && t.contains(info.location()) ? Optional.of(t) : Optional.empty();
        });
        String text = statusText();
        assertTrue(text.contains("embedded"), text);
        assertTrue(text.endsWith("never"), "no backup yet: " + text);
        assertTrue(tip.endsWith("never"), tip);
        // the line itself shows the end of the location: the database folder .steward/db
        assertTrue(text.contains(Path.of(".steward", "db").toString()), text);

        // the Data menu is in the menu bar
        assertTrue(Ui.sync(() -> java.util.Arrays.stream(Ui.shell().getMenuBar().getItems())
                .anyMatch(i -> i.getText().replace("&", "").equals("Data"))));
    }

    @Test
    @Order(2)
    void backupThroughTheActionProducesACopyAndTheStatusLineFollows(@TempDir Path folder) throws Exception {
        AtomicReference<Path> copy = new AtomicReference<>();
        Job job = StoreActions.backup(folder, copy);
        job.schedule();
        job.join(WAIT.toMillis(), null);
        IStatus result = job.getResult();
        assertTrue(result != null && result.isOK(), String.valueOf(result));
        assertTrue(copy.get().startsWith(folder), copy.get().toString());
        // a Derby backup is a copy of the database folder, whose service.properties marks it as a database
        // (Derby reference manual, "Backing up a database": the copy is a complete database directory)
        assertTrue(Files.isRegularFile(copy.get().resolve("service.properties")), "no database in " + copy.get());

        Ui.await("the status line to show the backup", WAIT,
                () -> statusText().contains(" · last backup 20") ? Optional.of(true) : Optional.empty());
        assertTrue(service(Store.class).info().lastBackup().isPresent());
    }

    @Test
    @Order(3)
    void historyListsTheCommitsAndCompareShowsTheChangedLine(@TempDir Path project) throws Exception {
        Author ann = new Author("Ann Tester", "ann@example.org");
        Workspaces workspaces = service(Workspaces.class);
        try (Workspace ws = workspaces.open(project)) {
            Record r = new Record("note", "n-1", Map.of("title", new FieldValue.Text("Pump station")), "line one\nkept\n");
            ws.save(r, "first version", ann);
            ws.save(r.withBody("line two\nkept\n"), "second version", ann);
        }
        Ui.sync(() -> {
            try {
                IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
                page.showView(HistoryPart.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        HistoryPart history = Ui.await("the history view", WAIT, () -> Ui.findAny(org.eclipse.swt.widgets.Table.class, HistoryPart.TABLE_ID)
                .map(t -> (HistoryPart) t.getData(HistoryPart.class.getName())));
        List<CommitInfo> commits = Ui.sync(() -> {
            history.setProject(project);
            history.setRecord("note/n-1.md");
            return history.commits();
        });
        assertEquals(List.of("second version", "first version"), commits.stream().map(CommitInfo::subject).toList());
        assertEquals("Ann Tester", commits.get(0).author().name());
        assertEquals(List.of("", "note/n-1.md"), Ui.sync(history::offeredRecords));
        int rows = Ui.sync(() -> Ui.findAny(org.eclipse.swt.widgets.Table.class, HistoryPart.TABLE_ID).orElseThrow().getItemCount());
        assertEquals(2, rows);

        String diff = Ui.sync(() -> history.compare(commits.get(0), commits.get(1)));
        List<String> lines = diff.lines().toList();
        assertTrue(lines.contains("-line one"), diff);
        assertTrue(lines.contains("+line two"), diff);
        assertFalse(lines.contains("-kept") || lines.contains("+kept"), diff);
        assertEquals(diff, Ui.sync(history::diffText));
        Ui.sync(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.toggleZoom(page.findViewReference(HistoryPart.ID));
            return null;
        });
        Ui.settle();
        Path shot = Ui.screenshot("data-history");
        assertTrue(Files.size(shot) > 0);
        Ui.sync(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.toggleZoom(page.findViewReference(HistoryPart.ID));
            return null;
        });

        // revert to the first version: a third commit, and the record's body is the first one again
        List<CommitInfo> after = Ui.sync(() -> {
            try {
                history.revert(new RecordKey("note", "n-1"), commits.get(1));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return history.commits();
        });
        assertEquals(3, after.size(), after.toString());
        assertEquals(List.of("second version", "first version"), after.subList(1, 3).stream().map(CommitInfo::subject).toList());
        try (Workspace ws = workspaces.open(project)) {
            assertEquals("line one\nkept\n", ws.load(new RecordKey("note", "n-1")).body());
        }

        // bad input: a record path that is not <type>/<id>.md is named in the view with the expected form
        Ui.sync(() -> {
            history.setRecord("no-such-form");
            return null;
        });
        String message = Ui.sync(history::diffText);
        assertTrue(message.contains("'no-such-form' is not a record path <type>/<id>.md"), message);
        assertTrue(Ui.sync(history::commits).isEmpty());
    }

    @Test
    @Order(4)
    void importWizardListsTheCustomerOfAnOverview(@TempDir Path folder) throws Exception {
        // a small overview in the company's format (shared/domain/customer-overview-zh.md); fictional data
        Path file = folder.resolve("overview.md");
        Files.writeString(file, """
                # 客户关系总览

                ## 🏆 头部客户列表

                ### 东湖精细化工园区
                **客户编号**: C900
                **行业**: 精细化工
                **地域**: 湖北
                **合作状态**: 🟢 已签约

                #### 关键联系人
                - 李主任(环保局局长) 13800001234

                ---
                """, StandardCharsets.UTF_8);
        // offered by File › Import… through the workbench's own extension point
        assertTrue(java.util.Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.steward.workbench.importWizards"))
                .anyMatch(e -> "org.steward.data.ui.crmImport".equals(e.getAttribute("id"))
                        && CrmImportWizard.class.getName().equals(e.getAttribute("class"))));
        AtomicReference<CrmImportWizard> created = new AtomicReference<>();
        List<String[]> rows = Ui.sync(() -> {
            CrmImportWizard wizard = new CrmImportWizard();
            created.set(wizard);
            wizard.init(PlatformUI.getWorkbench(), null);
            WizardDialog dialog = new WizardDialog(Ui.shell(), wizard);
            dialog.create();
            dialog.getShell().setSize(800, 500);
            dialog.getShell().open();
            CrmImportPage page = wizard.page();
            page.load(folder.resolve("missing.md"));
            String missing = page.getErrorMessage();
            if (missing == null || !missing.contains("missing.md") || page.isPageComplete()) {
                throw new AssertionError("a missing file must be named in the page's error: " + missing);
            }
            page.load(file);
            if (page.getErrorMessage() != null || !page.isPageComplete()) {
                throw new AssertionError("a good file must complete the page: " + page.getErrorMessage());
            }
            return page.rows();
        });
        try {
            assertTrue(rows.stream().anyMatch(r -> r[0].equals("Customer") && r[1].equals("东湖精细化工园区")),
                    rows.stream().map(r -> String.join("|", r)).toList().toString());
            String[] contact = rows.stream().filter(r -> r[0].equals("Contact")).findFirst().orElseThrow();
            assertEquals("李主任", contact[1]);
            assertFalse(contact[2].contains("13800001234"), "phone must be masked: " + contact[2]);
            Ui.settle();
            Ui.screenshot("data-crm-import", () -> Ui.display().getActiveShell() != null ? Ui.display().getActiveShell() : Ui.shell());

            // Finish with "save as records": the phone reaches the file only encrypted, and reads back with the key
            Path project = folder.resolve("project");
            SecretKey key = Keys.generate();
            ServiceRegistration<KeyProvider> keyService = FrameworkUtil.getBundle(DataUiTest.class).getBundleContext()
                    .registerService(KeyProvider.class, new KeyProvider() {
                        @Override
                        public Optional<SecretKey> key() {
                            return Optional.of(key);
                        }

                        @Override
                        public String describe() {
                            return "test key";
                        }
                    }, new java.util.Hashtable<>(Map.of("service.ranking", 1000)));
            try {
                boolean finished = Ui.sync(() -> {
                    created.get().setTarget(project);
                    created.get().page().requestSave(true);
                    return created.get().performFinish();
                });
                assertTrue(finished, Ui.sync(() -> String.valueOf(created.get().page().getErrorMessage())));
                assertEquals(2, created.get().saved().size(), "one customer and one contact");
                String raw = Files.readString(project.resolve("contact/C900-1.md"), StandardCharsets.UTF_8);
                assertFalse(raw.contains("13800001234"), raw);
                assertTrue(raw.contains("李主任"), raw);
                try (Workspace ws = service(Workspaces.class).open(project)) {
                    assertEquals(Optional.of("13800001234"), ws.load(new RecordKey("contact", "C900-1")).text("phone"));
                    assertEquals(Optional.of("东湖精细化工园区"), ws.load(new RecordKey("customer", "C900")).text("name"));
                }
            } finally {
                keyService.unregister();
            }
        } finally {
            Ui.sync(() -> {
                for (var s : Ui.display().getShells()) {
                    if (s != Ui.shell() && !s.isDisposed()) {
                        s.close();
                    }
                }
                return null;
            });
        }
    }

    @Test
    @Order(5)
    void syncSaysWhenThereIsNoRemoteAndHandsOverConflictsToResolve(@TempDir Path root) throws Exception {
        Author ann = new Author("Ann Tester", "ann@example.org");
        Author bob = new Author("Bob Tester", "bob@example.org");
        Workspaces workspaces = service(Workspaces.class);
        Path a = root.resolve("a");
        Path b = root.resolve("b");
        RecordKey key = new RecordKey("note", "n-2");
        try (Workspace wa = workspaces.open(a)) {
            wa.save(new Record(key, Map.of("title", new FieldValue.Text("Pump station")), "body\n"), "start", ann);
            try (Workspace wb = workspaces.cloneFrom(a.toString(), b, org.steward.workspace.Credentials.NONE)) {
                wa.save(wa.load(key).with("title", "Pump station A"), "title on a", ann);
                wb.save(wb.load(key).with("title", "Pump station B"), "title on b", bob);
            }
        }

        // a has no remote: the sync says so and gives the fix
        Recorder noRemote = new Recorder();
        run(new SyncJob(a, noRemote));
        assertEquals(1, noRemote.messages.size(), noRemote.messages.toString());
        assertTrue(noRemote.messages.get(0).contains("has no remote") && noRemote.messages.get(0).contains("git remote add"),
                noRemote.messages.get(0));

        // b pulls a's different title for the same field: one conflict with base, ours and theirs
        Recorder onB = new Recorder();
        run(new SyncJob(b, onB));
        assertEquals(1, onB.conflicts.size(), onB.messages.toString());
        Conflict c = onB.conflicts.get(0);
        assertEquals("note/n-2.md", c.path());
        assertTrue(c.base().orElseThrow().contains("title: Pump station\n"), c.base().toString());
        assertTrue(c.ours().orElseThrow().contains("title: Pump station B"), c.ours().toString());
        assertTrue(c.theirs().orElseThrow().contains("title: Pump station A"), c.theirs().toString());

        // the user picks theirs: the merge is committed and the record carries a's title
        assertTrue(SyncJob.resolve(b, c.path(), c.theirs().orElseThrow()).isPresent());
        try (Workspace wb = workspaces.open(b)) {
            assertTrue(wb.conflicts().isEmpty());
            assertEquals(Optional.of("Pump station A"), wb.load(key).text("title"));
            assertEquals(2, wb.history().get(0).parents().size(), "the newest commit is the merge");
        }
    }

    private static void run(Job job) throws InterruptedException {
        job.schedule();
        if (!job.join(WAIT.toMillis(), null)) {
            throw new AssertionError(job.getName() + " did not finish in " + WAIT);
        }
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
    }

    /** Collects what a sync reports. */
    private static final class Recorder implements SyncJob.Reporter {
        final List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Conflict> conflicts = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void inform(String message) {
            messages.add(message);
        }

        @Override
        public void conflicts(List<Conflict> found) {
            conflicts.addAll(found);
        }
    }
}
