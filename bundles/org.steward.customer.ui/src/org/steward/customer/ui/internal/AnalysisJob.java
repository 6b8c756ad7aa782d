package org.steward.customer.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.steward.customer.TranscriptAnalysis;
import org.steward.customer.TranscriptFolder;
import org.steward.text.Lexicon;
import org.steward.text.UserLexicon;

/**
 * Analyses a transcript folder in the background (segmentation, statistics, co-word network, keyness) with progress
 * and cancel; the project's own dictionary and stop words ({@link UserLexicon}) are used.
 */
final class AnalysisJob extends Job {
    static final String PLUGIN = "org.steward.customer.ui";
    static final int TOP_N = 50;

    private final Path folder;
    private final Path project;
    private final Consumer<TranscriptAnalysis.Result> done;
    private volatile TranscriptAnalysis.Result result;

    AnalysisJob(Path folder, Path project, Consumer<TranscriptAnalysis.Result> done) {
        super(NLS.bind(Messages.Job, folder));
        this.folder = folder;
        this.project = project;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            int files = TranscriptFolder.open(folder).sources().size();
            SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.JobSegment, files), files + 1);
            Lexicon lexicon = UserLexicon.forProject(project);
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            TranscriptAnalysis.Result r = TranscriptAnalysis.run(folder, lexicon, TOP_N, threads, monitor::isCanceled, name -> {
                synchronized (sub) {
                    sub.subTask(name);
                    sub.worked(1);
                }
            });
            sub.worked(1);
            result = r;
            done.accept(r);
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return new Status(IStatus.ERROR, PLUGIN, NLS.bind(Messages.Failed, e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }

    /** The result once the job finished successfully. */
    java.util.Optional<TranscriptAnalysis.Result> result() {
        return java.util.Optional.ofNullable(result);
    }
}
