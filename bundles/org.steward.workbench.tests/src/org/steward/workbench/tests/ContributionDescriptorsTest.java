package org.steward.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.workbench.ExtensionPoints;
import org.steward.workbench.ModelUi;
import org.steward.workbench.ResultExporter;
import org.steward.workbench.internal.contributions.ContributionTracker;
import org.steward.workbench.internal.contributions.ExporterDescriptor;
import org.steward.workbench.internal.contributions.ModelUiDescriptor;
import org.steward.workbench.internal.contributions.WorkbenchContributions;

/**
 * The extension point consumers over a private registry: bad contributions are reported and skipped while the
 * good ones load, classes are created lazily and safely, and contributions added or removed at run time are seen.
 */
class ContributionDescriptorsTest {

    private static final String PARTNER = "com.example.partner";
    private static final String C = "org.steward.workbench.tests.Contributed$";
    private static final Duration SHORT = Duration.ofMillis(400);

    private PrivateRegistry registry;
    private final List<IStatus> problems = new CopyOnWriteArrayList<>();
    private WorkbenchContributions contributions;

    @BeforeEach
    void setUp() {
        registry = new PrivateRegistry();
    }

    @AfterEach
    void tearDown() {
        if (contributions != null) {
            contributions.close();
        }
        registry.close();
    }

    private WorkbenchContributions open() {
        contributions = new WorkbenchContributions(registry.registry, problems::add);
        return contributions;
    }

    private static String modelUi(String attributes) {
        return "<modelUi " + attributes + "/>";
    }

    private void contributeModelUis(String contributor, String... elements) {
        registry.contribute(contributor, "<plugin><extension point=\"" + ExtensionPoints.MODEL_UI + "\">"
                + String.join("", elements) + "</extension></plugin>");
    }

    private String problemText() {
        return problems.stream().map(IStatus::getMessage).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void validContributionIsReadButItsClassIsCreatedOnlyWhenAsked() {
        int before = Contributed.GoodModelUi.CREATED.get();
        contributeModelUis(PARTNER, modelUi("id=\"p.ui\" modelId=\"samples.textstats\" name=\"Text UI\" perspective=\"p.perspective\" class=\""
                + C + "GoodModelUi\""));
        WorkbenchContributions c = open();

        List<ModelUiDescriptor> read = c.modelUis().descriptors();
        assertEquals(1, read.size());
        ModelUiDescriptor d = read.get(0);
        assertEquals("p.ui", d.id());
        assertEquals("Text UI", d.name());
        assertEquals("samples.textstats", d.modelId());
        assertEquals(Optional.of("p.perspective"), d.perspective());
        assertEquals(PARTNER, d.contributor());
        assertEquals(before, Contributed.GoodModelUi.CREATED.get(), "reading the registry must not create the class");

        Optional<ModelUi> ui = d.createModelUi(Duration.ofSeconds(10), problems::add);
        assertTrue(ui.isPresent());
        assertTrue(ui.get() instanceof Contributed.GoodModelUi);
        assertEquals(before + 1, Contributed.GoodModelUi.CREATED.get());
        assertEquals(Optional.of(d), c.modelUiFor("samples.textstats"));
        assertEquals(Optional.empty(), c.modelUiFor("no.such.model"));
        assertTrue(problems.isEmpty(), problemText());
    }

    @Test
    void elementsWithoutRequiredAttributesAreSkippedAndTheOthersLoad() {
        contributeModelUis(PARTNER,
                modelUi("modelId=\"m1\" class=\"" + C + "GoodModelUi\""),            // no id
                modelUi("id=\"no.class\" modelId=\"m2\""),                            // no class
                modelUi("id=\"no.model\" class=\"" + C + "GoodModelUi\""),           // no modelId
                modelUi("id=\"blank.class\" modelId=\"m3\" class=\"  \""),            // blank class
                modelUi("id=\"good\" modelId=\"m4\" class=\"" + C + "GoodModelUi\""));
        WorkbenchContributions c = open();

        assertEquals(List.of("good"), c.modelUis().descriptors().stream().map(ModelUiDescriptor::id).toList());
        assertEquals(4, problems.size(), problemText());
        assertTrue(problems.stream().allMatch(p -> p.getSeverity() == IStatus.ERROR));
        String text = problemText();
        assertTrue(text.contains("has no 'id' attribute"), text);
        assertTrue(text.contains("has no 'class' attribute"), text);
        assertTrue(text.contains("has no 'modelId' attribute"), text);
        assertTrue(text.contains("bundle " + PARTNER), "the message must name the bundle to fix: " + text);
        assertEquals(4, c.modelUis().problems().size());
    }

    @Test
    void unknownClassIsReportedWhenCreatedAndNothingBreaks() {
        contributeModelUis(PARTNER, modelUi("id=\"ghost\" modelId=\"m\" class=\"com.example.DoesNotExist\""));
        WorkbenchContributions c = open();
        ModelUiDescriptor d = c.modelUis().descriptors().get(0);

        assertEquals(Optional.empty(), d.createModelUi(Duration.ofSeconds(10), problems::add));
        assertEquals(1, problems.size(), problemText());
        assertTrue(problemText().contains("com.example.DoesNotExist"), problemText());
        assertTrue(problemText().contains("'ghost'"), problemText());
    }

    @Test
    void constructorThatThrowsIsReportedAndTheOtherContributionsStillLoad() {
        contributeModelUis(PARTNER,
                modelUi("id=\"a.throws\" modelId=\"m1\" class=\"" + C + "ThrowingModelUi\""),
                modelUi("id=\"b.good\" modelId=\"m2\" class=\"" + C + "GoodModelUi\""));
        WorkbenchContributions c = open();
        List<ModelUiDescriptor> read = c.modelUis().descriptors();
        assertEquals(2, read.size());

        assertEquals(Optional.empty(), read.get(0).createModelUi(Duration.ofSeconds(10), problems::add));
        assertTrue(problemText().contains("broken on purpose"), problemText());
        assertTrue(read.get(1).createModelUi(Duration.ofSeconds(10), problems::add).isPresent());
    }

    @Test
    void classOfTheWrongTypeIsReported() {
        contributeModelUis(PARTNER, modelUi("id=\"wrong\" modelId=\"m\" class=\"" + C + "NotAModelUi\""));
        ModelUiDescriptor d = open().modelUis().descriptors().get(0);

        assertEquals(Optional.empty(), d.createModelUi(Duration.ofSeconds(10), problems::add));
        assertTrue(problemText().contains("does not implement " + ModelUi.class.getName()), problemText());
    }

    @Test
    void constructorThatHangsIsAbandonedAfterTheTimeLimit() throws InterruptedException {
        contributeModelUis(PARTNER, modelUi("id=\"hangs\" modelId=\"m\" class=\"" + C + "HangingModelUi\""));
        ModelUiDescriptor d = open().modelUis().descriptors().get(0);
        int interruptedBefore = Contributed.HangingModelUi.INTERRUPTED.get();

        long start = System.nanoTime();
        Optional<ModelUi> ui = d.createModelUi(SHORT, problems::add);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(Optional.empty(), ui);
        assertTrue(elapsedMs >= SHORT.toMillis() && elapsedMs < 5_000, "waited " + elapsedMs + " ms");
        assertTrue(problemText().contains("took longer than 400 ms"), problemText());
        // the abandoned constructor was interrupted, so its thread does not stay blocked forever
        long end = System.currentTimeMillis() + 5_000;
        while (Contributed.HangingModelUi.INTERRUPTED.get() == interruptedBefore && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertEquals(interruptedBefore + 1, Contributed.HangingModelUi.INTERRUPTED.get());
    }

    @Test
    void contributionsAddedAndRemovedAtRunTimeAreSeenByTheListener() throws Exception {
        WorkbenchContributions c = open();
        ContributionTracker<ModelUiDescriptor> tracker = c.modelUis();
        AtomicInteger changes = new AtomicInteger();
        try (AutoCloseable sub = tracker.onChange(changes::incrementAndGet)) {
            assertTrue(tracker.descriptors().isEmpty());

            contributeModelUis("com.example.late", modelUi("id=\"late.ui\" modelId=\"late.model\" class=\"" + C + "GoodModelUi\""));
            awaitChanges(changes, 1); // the registry delivers events on its own thread
            assertEquals(List.of("late.ui"), tracker.descriptors().stream().map(ModelUiDescriptor::id).toList());
            assertTrue(c.modelUiFor("late.model").isPresent());

            registry.removeExtensions("com.example.late", ExtensionPoints.MODEL_UI);
            awaitChanges(changes, 2);
            assertTrue(tracker.descriptors().isEmpty());
            assertTrue(c.modelUiFor("late.model").isEmpty());
        }
        contributeModelUis("com.example.after", modelUi("id=\"after\" modelId=\"x\" class=\"" + C + "GoodModelUi\""));
        long end = System.currentTimeMillis() + 5_000;
        while (tracker.descriptors().isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertEquals(List.of("after"), tracker.descriptors().stream().map(ModelUiDescriptor::id).toList());
        assertEquals(2, changes.get(), "a closed listener registration must not be called");
    }

    private static void awaitChanges(AtomicInteger changes, int expected) throws InterruptedException {
        long end = System.currentTimeMillis() + 5_000;
        while (changes.get() < expected && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertEquals(expected, changes.get());
    }

    @Test
    void exportersAreValidatedAndCreated() {
        registry.contribute(PARTNER, "<plugin><extension point=\"" + ExtensionPoints.EXPORTERS + "\">"
                + "<exporter id=\"csv\" name=\"CSV\" extension=\"csv\" mediaType=\"text/csv\" class=\"" + C + "GoodExporter\"/>"
                + "<exporter id=\"dotted\" name=\"Dotted\" extension=\".csv\" class=\"" + C + "GoodExporter\"/>"
                + "<exporter id=\"noext\" name=\"No extension\" class=\"" + C + "GoodExporter\"/>"
                + "<wrongElement id=\"w\"/>"
                + "</extension></plugin>");
        WorkbenchContributions c = open();

        List<ExporterDescriptor> read = c.exporters().descriptors();
        assertEquals(List.of("csv"), read.stream().map(ExporterDescriptor::id).toList());
        assertEquals("text/csv", read.get(0).mediaType());
        Optional<ResultExporter> exporter = read.get(0).createExporter(Duration.ofSeconds(10), problems::add);
        assertTrue(exporter.isPresent());
        String text = problemText();
        assertTrue(text.contains("extension '.csv'"), text);
        assertTrue(text.contains("has no 'extension' attribute"), text);
        assertTrue(text.contains("unknown element <wrongElement>"), text);
        assertFalse(c.importWizards().descriptors().iterator().hasNext());
    }
}
