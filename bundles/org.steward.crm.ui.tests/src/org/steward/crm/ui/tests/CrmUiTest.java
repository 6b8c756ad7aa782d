package org.steward.crm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
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
import org.osgi.util.tracker.ServiceTracker;
import org.steward.crm.ui.internal.Messages;
import org.steward.crm.ui.internal.board.PipelineBoardPart;
import org.steward.crm.ui.internal.charts.CrmChartsPart;
import org.steward.crm.ui.internal.customers.ContactRow;
import org.steward.crm.ui.internal.customers.CustomersPart;
import org.steward.workbench.testing.Ui;
import java.util.Hashtable;

import javax.crypto.SecretKey;

import org.osgi.framework.ServiceRegistration;
import org.steward.workspace.Author;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.crypto.KeyProvider;
import org.steward.workspace.crypto.Keys;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.Workspaces;

/**
 * The CRM views inside the real workbench on a copy of the demo records (releng/demo-workspace/crm), saving through
 * the real Git workspace. Runs twice (pom.xml): English, then Chinese; screenshots are named by language.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrmUiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LANG = Locale.getDefault().getLanguage();
    @TempDir
    static Path temp;
    private static Path project;

    @BeforeAll
    static void workbenchAndDemoRecords() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
        project = temp.resolve("crm");
        copy(demo(), project);
        Ui.sync(() -> {
            Ui.shell().setBounds(0, 0, 1560, 940);
            return null;
        });
    }

    private static Path demo() {
        Path dir = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 8 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("releng/demo-workspace/crm"))) {
                return dir.resolve("releng/demo-workspace/crm");
            }
        }
        throw new AssertionError("releng/demo-workspace/crm not found above " + Paths.get("").toAbsolutePath());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(CrmUiTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
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

    private static <T> T open(String viewId, Class<? extends Control> widget, String widgetId, Class<T> part) throws Exception {
        Ui.sync(() -> {
            try {
                PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(viewId);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return Ui.await(viewId, WAIT, () -> Ui.findAny(widget, widgetId).map(c -> part.cast(c.getData(part.getName()))));
    }

    private static Path zoomedShot(String viewId, String name) throws Exception {
        Ui.sync(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.toggleZoom(page.findViewReference(viewId));
            return null;
        });
        Ui.settle();
        Path shot = Ui.screenshot(name + "-" + LANG);
        Ui.sync(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.toggleZoom(page.findViewReference(viewId));
            return null;
        });
        assertTrue(Files.size(shot) > 0);
        return shot;
    }

    @Test
    @Order(1)
    void theViewsSpeakTheWorkbenchLanguage() {
        // pom.xml runs this class with -nl en and with -nl zh_CN
        assertEquals("zh".equals(LANG) ? "移动到" : "Move to", Messages.Board_moveTo);
        assertEquals("zh".equals(LANG) ? "激活" : "activation", Messages.lifecycle("activation"));
    }

    @Test
    @Order(2)
    void boardShowsTheDemoOpportunitiesPerStageWithTheWeightedTotal() throws Exception {
        PipelineBoardPart board = open(PipelineBoardPart.ID, Label.class, PipelineBoardPart.TOTAL_ID, PipelineBoardPart.class);
        Map<String, List<String>> cards = Ui.sync(() -> {
            board.setProject(project);
            return board.cardsByStage();
        });
        // releng/demo-workspace/README.md, CRM table
        assertEquals(Map.of(
                "潜在客户池", List.of("opportunity/o-010.md"),
                "首次接触", List.of("opportunity/o-006.md"),
                "需求确认", List.of("opportunity/o-003.md", "opportunity/o-007.md"),
                "方案报价", List.of("opportunity/o-002.md", "opportunity/o-005.md"),
                "商务洽谈", List.of("opportunity/o-001.md"),
                "签约成交", List.of("opportunity/o-004.md", "opportunity/o-008.md", "opportunity/o-009.md"),
                "丢单", List.of("opportunity/o-011.md")), cards);
        // open: 1,200,000 × 75 % (o-001's own) + 800,000 × 75 % + 600,000 × 20 % + 300,000 × 75 % + 150,000 × 10 %
        //       + 2,000,000 × 10 % = 900,000 + 600,000 + 120,000 + 225,000 + 15,000 + 200,000 = 2,060,000
        assertEquals(2_060_000, Ui.sync(board::weightedTotal), 1e-6);
        assertTrue(Ui.sync(board::totalText).contains("¥2,060,000"), Ui.sync(board::totalText));
        assertEquals("", Ui.sync(board::statusText));
        zoomedShot(PipelineBoardPart.ID, "crm-board");
    }

    @Test
    @Order(3)
    void movingACardCommitsTheRecordInGit() throws Exception {
        PipelineBoardPart board = open(PipelineBoardPart.ID, Label.class, PipelineBoardPart.TOTAL_ID, PipelineBoardPart.class);
        RecordKey key = new RecordKey("opportunity", "o-003");
        Workspaces workspaces = service(Workspaces.class);
        try (Workspace ws = workspaces.open(project)) {
            ws.save(ws.load(key), "Demo record o-003", new Author("Ann Tester", "ann@example.org"));
        }
        // the user's way: the card's context menu, Move to ▸ 方案报价
        Ui.sync(() -> {
            Composite card = Ui.find(Ui.shell(), Composite.class, c -> "opportunity/o-003.md".equals(c.getData("crm.board.record"))).orElseThrow();
            MenuItem moveTo = card.getMenu().getItems()[0];
            assertEquals(Messages.Board_moveTo, moveTo.getText());
            MenuItem target = Arrays.stream(moveTo.getMenu().getItems()).filter(i -> i.getText().equals("方案报价")).findFirst().orElseThrow();
            target.notifyListeners(SWT.Selection, new Event());
            return null;
        });
        Ui.await("o-003 under 方案报价", WAIT, () -> board.cardsByStage().get("方案报价").contains("opportunity/o-003.md")
                ? Optional.of(true) : Optional.empty());
        // o-003 now weighs 600,000 × 75 % = 450,000 instead of 120,000: 2,060,000 − 120,000 + 450,000 = 2,390,000
        assertEquals(2_390_000, Ui.sync(board::weightedTotal), 1e-6);
        try (Workspace ws = workspaces.open(project)) {
            List<CommitInfo> history = ws.history(key);
            assertEquals(2, history.size(), history.toString());
            assertEquals("Move opportunity o-003 to 方案报价", history.get(0).subject());
            assertTrue(Ui.sync(board::statusText).contains(history.get(0).id().substring(0, 7)), Ui.sync(board::statusText));
            List<String> diff = ws.diff(key, history.get(1).id(), history.get(0).id()).lines().toList();
            assertTrue(diff.contains("-stage: 需求确认"), diff.toString());
            assertTrue(diff.contains("+stage: 方案报价"), diff.toString());
            assertEquals("方案报价", ws.load(key).text("stage").orElseThrow());
        }
        assertTrue(Files.readString(project.resolve("opportunity/o-003.md")).contains("\nstage: 方案报价\n"));
        zoomedShot(PipelineBoardPart.ID, "crm-board-moved");
    }

    @Test
    @Order(4)
    void customersWithAnalyticsAndContactsLockedWithoutTheKey() throws Exception {
        CustomersPart part = open(CustomersPart.ID, Table.class, CustomersPart.CUSTOMERS_ID, CustomersPart.class);
        Ui.sync(() -> {
            part.setProject(project);
            return null;
        });
        List<CustomersPart.CustomerRow> rows = Ui.sync(part::customerRows);
        assertEquals(8, rows.size());
        CustomersPart.CustomerRow c1 = rows.get(0);
        // c-001: revenue 120亿 ≥ 5亿 → A; health (4 × 100 + 50) / 5 = 90; c-003 names it in referredBy → referral
        assertEquals("A", c1.grade());
        assertEquals("90", c1.health());
        assertEquals(Messages.lifecycle("referral"), c1.lifecycle());
        List<ContactRow> contacts = Ui.sync(part::contactRows);
        assertEquals(10, contacts.size());
        // the demo's phones are encrypted with a key nobody has: every one shows locked, no cipher text in the table
        assertTrue(contacts.stream().allMatch(ContactRow::phoneLocked), contacts.toString());
        int rowsShown = Ui.sync(() -> Ui.findAny(Table.class, CustomersPart.CONTACTS_ID).orElseThrow().getItemCount());
        assertEquals(10, rowsShown);
        String tableText = Ui.sync(() -> {
            StringBuilder b = new StringBuilder();
            Table t = Ui.findAny(Table.class, CustomersPart.CONTACTS_ID).orElseThrow();
            for (var item : t.getItems()) {
                for (int c = 0; c < t.getColumnCount(); c++) {
                    b.append(item.getText(c)).append('|');
                }
            }
            return b.toString();
        });
        assertFalse(tableText.contains("enc:v1"), tableText);
        assertTrue(tableText.contains(Messages.Contacts_locked), tableText);
        zoomedShot(CustomersPart.ID, "crm-customers");
    }

    @Test
    @Order(5)
    void withAKeyPhonesOpenAndOthersKeysStayLocked() throws Exception {
        SecretKey key = Keys.generate();
        ServiceRegistration<KeyProvider> keyService = FrameworkUtil.getBundle(CrmUiTest.class).getBundleContext()
                .registerService(KeyProvider.class, new KeyProvider() {
                    @Override
                    public Optional<SecretKey> key() {
                        return Optional.of(key);
                    }

                    @Override
                    public String describe() {
                        return "test key";
                    }
                }, new Hashtable<>(Map.of("service.ranking", 1000)));
        try {
            try (Workspace ws = service(Workspaces.class).open(project)) {
                ws.save(new Record("contact", "c-002-2", Map.<String, FieldValue>of("name", new FieldValue.Text("钱工（虚构）"),
                        "customer", new FieldValue.Text("c-002"), "phone", new FieldValue.Text("13800009999")), ""), "Add contact",
                        new Author("Ann Tester", "ann@example.org"));
            }
            // the phone reached the file only encrypted
            String raw = Files.readString(project.resolve("contact/c-002-2.md"));
            assertFalse(raw.contains("13800009999"), raw);
            assertTrue(raw.contains("phone: enc:v1:"), raw);
            CustomersPart part = open(CustomersPart.ID, Table.class, CustomersPart.CUSTOMERS_ID, CustomersPart.class);
            List<ContactRow> contacts = Ui.sync(() -> {
                part.setProject(project);
                return part.contactRows();
            });
            assertEquals(11, contacts.size());
            // with this computer's key the new phone opens; the demo's, sealed with another key, fail the GCM tag check
            assertEquals("13800009999", contacts.stream().filter(c -> c.path().equals("contact/c-002-2.md")).findFirst().orElseThrow().phone());
            assertEquals(Messages.Contacts_wrongKey, contacts.stream().filter(c -> c.path().equals("contact/c-001-1.md")).findFirst()
                    .orElseThrow().phone());
        } finally {
            keyService.unregister();
        }
    }

    @Test
    @Order(6)
    void chartsForEveryAnalysis() throws Exception {
        CrmChartsPart charts = open(CrmChartsPart.ID, TabFolder.class, CrmChartsPart.TABS_ID, CrmChartsPart.class);
        Ui.sync(() -> {
            charts.setProject(project);
            return null;
        });
        assertEquals(List.of(Messages.Charts_pipeline, Messages.Charts_funnel, Messages.Charts_health, Messages.Charts_abc,
                Messages.Charts_lifecycle, Messages.Charts_ltv, Messages.Charts_channels), Ui.sync(charts::tabTitles));
        Ui.sync(() -> {
            charts.select("funnel");
            return null;
        });
        zoomedShot(CrmChartsPart.ID, "crm-charts-funnel");
        Ui.sync(() -> {
            charts.select("health");
            return null;
        });
        zoomedShot(CrmChartsPart.ID, "crm-charts-health");
    }
}
