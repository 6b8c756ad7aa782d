package org.steward.competitor.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.chart.ChartFont;
import org.steward.competitor.chart.HeatMap;
import org.steward.competitor.io.HtmlReport;

/**
 * Writes the competitor report into a folder as a job with progress: {@value #HTML} (the model's self-contained HTML
 * report, {@link HtmlReport}, with the heat map embedded and the edited directions in place of the derived ones) and
 * the picture beside it as {@value #PNG} and {@value #SVG}.
 */
public final class ReportJob extends Job {
    public static final String HTML = "competitor-report.html";
    public static final String PNG = "chains.png";
    public static final String SVG = "chains.svg";

    private final Path folder;
    private final Consumer<Path> done;

    public ReportJob(Path folder, Consumer<Path> done) {
        super(Messages.bind(Messages.Report_job, folder));
        this.folder = folder;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Path html = write(folder, CompetitorSession.get().analysis(), monitor);
            done.accept(html);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error(Messages.bind(Messages.Report_failed, folder, e.getMessage()), e);
        }
    }

    /** Writes the three files (each through a temporary file, so no half-written report is left); returns the HTML file. */
    public static Path write(Path folder, AnalysisResult r, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.bind(Messages.Report_job, folder), 4);
        if (r.assessments().isEmpty()) {
            throw new IOException(Messages.Report_empty);
        }
        Files.createDirectories(folder);
        List<HeatMap.Row> rows = r.assessments().stream()
                .map(a -> new HeatMap.Row(a.competitor().name(), a.competitor().us(), a.scores())).toList();
        HeatMap map = new HeatMap(rows, ChartFont.get());
        sub.subTask(Messages.Report_picture);
        byte[] png = map.png();
        sub.split(1);
        atomically(folder.resolve(PNG), png);
        atomically(folder.resolve(SVG), map.svg().getBytes(StandardCharsets.UTF_8));
        sub.split(1);
        sub.subTask(Messages.Report_html);
        String html = HtmlReport.write(r, png, CompetitorSession.locale());
        sub.split(1);
        Path target = folder.resolve(HTML);
        atomically(target, html.getBytes(StandardCharsets.UTF_8));
        sub.split(1);
        return target;
    }

    private static void atomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".report", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
