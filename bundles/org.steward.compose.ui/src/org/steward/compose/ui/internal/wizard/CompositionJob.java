package org.steward.compose.ui.internal.wizard;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.steward.compose.ui.internal.Messages;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.CompositionResult;
import org.steward.compose.ui.internal.composition.CompositionRunner;

/**
 * Finish of the wizard: runs the {@link CompositionRunner} as a user job, every line compose.sh prints as the
 * progress sub-task; Cancel kills compose.sh and its Maven build. At the end the {@link ResultDialog} shows the
 * result folder and the composed workbench's models, or the tail of build.log.
 */
public class CompositionJob extends Job {
    private final Composition composition;
    private final CompositionRunner runner;
    private volatile Optional<CompositionResult> result = Optional.empty();
    private boolean showResult = true;

    public CompositionJob(Composition composition) {
        super(NLS.bind(Messages.Job_name, composition.branding().name()));
        this.composition = composition;
        this.runner = new CompositionRunner(composition);
        setUser(true);
    }

    public Composition composition() {
        return composition;
    }

    /** Tests: no dialog at the end. */
    public void showResult(boolean yes) {
        showResult = yes;
    }

    public Optional<CompositionResult> result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            CompositionResult r = runner.run(line -> {
                monitor.subTask(line);
                monitor.worked(1);
            }, monitor::isCanceled);
            result = Optional.of(r);
            if (showResult && PlatformUI.isWorkbenchRunning()) {
                Display display = PlatformUI.getWorkbench().getDisplay();
                display.asyncExec(() -> new ResultDialog(display.getActiveShell(), composition.branding().name(), r).open());
            }
            return r.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.Result_startFailed, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runner.cancel();
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    @Override
    protected void canceling() {
        runner.cancel();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == CompositionJob.class;
    }
}
