package org.steward.customer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.workbench.testing.Ui;

/** Runs in a workbench started with {@code -nl zh} (second surefire execution): the views speak Chinese. */
class ChineseUiTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void viewsAreInChinese(@TempDir Path tmp) throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
        Path folder = tmp.resolve("transcripts");
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("steward.demo")))) {
            for (Path p : s.toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        Ui.sync(() -> {
            try {
                IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
                page.showView(TranscriptsPart.ID);
                page.toggleZoom(page.findViewReference(TranscriptsPart.ID));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        TranscriptsPart part = Ui.await("the transcript view", WAIT, () -> Ui.findAny(Text.class, TranscriptsPart.FOLDER_ID)
                .map(t -> (TranscriptsPart) t.getData(TranscriptsPart.class.getName())));
        AnalysisJob job = Ui.sync(() -> part.analyse(folder));
        job.join(WAIT.toMillis(), null);
        IStatus status = job.getResult();
        assertTrue(status != null && status.isOK(), String.valueOf(status));
        Ui.await("the analysis in the views", WAIT, () -> part.result().map(r -> true));
        // messages_zh.properties: TabMap = 共词图, Analysed = 已分析 …
        assertEquals("共词图", Ui.sync(() -> part.tabs().getItem(2).getText()));
        String line = Ui.sync(part::statusText);
        assertTrue(line.startsWith("已分析 6 份访谈记录"), line);
        Ui.sync(() -> {
            part.tabs().setSelection(4);
            part.selectSegment(0, "industrial_chain");
            return null;
        });
        Ui.settle();
        assertTrue(Files.size(Ui.screenshot("customer-segments-zh")) > 0);
        Ui.sync(() -> {
            part.tabs().setSelection(2);
            part.showDocumentsOf("管网溯源");
            return null;
        });
        Ui.settle();
        assertTrue(Files.size(Ui.screenshot("customer-map-zh")) > 0);
    }
}
