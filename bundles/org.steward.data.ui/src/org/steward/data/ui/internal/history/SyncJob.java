package org.steward.data.ui.internal.history;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.steward.data.ui.internal.Messages;
import org.steward.workspace.Conflict;
import org.steward.workspace.Credentials;
import org.steward.workspace.PullResult;
import org.steward.workspace.WorkspaceException;

/** Pull then push as a job; conflicts open the {@link ConflictDialog} one by one; no remote → says how to add one. */
final class SyncJob extends Job {
    private final Path project;
    private final Shell shell;

    SyncJob(Path project, Shell shell) {
        super(Messages.Sync_job);
        this.project = project;
        this.shell = shell;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(Messages.Sync_job, 2);
        try (WorkspaceSession ws = WorkspaceSession.open(project)) {
            if (ws.workspace().remote().isEmpty()) {
                inform(NLS.bind(Messages.Sync_noRemote, project));
                return Status.OK_STATUS;
            }
            PullResult pulled = ws.workspace().pull(Credentials.NONE, WorkspaceSession.author());
            monitor.worked(1);
            if (pulled.status() == PullResult.Status.CONFLICTS) {
                List<Conflict> conflicts = pulled.conflicts();
                shell.getDisplay().asyncExec(() -> resolve(conflicts));
                return Status.OK_STATUS;
            }
            ws.workspace().push(Credentials.NONE);
            monitor.worked(1);
            inform(NLS.bind(Messages.Sync_done, pulled.status()));
            return Status.OK_STATUS;
        } catch (WorkspaceException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Sync_failed, e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }

    private void inform(String text) {
        shell.getDisplay().asyncExec(() -> MessageDialog.openInformation(shell, Messages.History_sync, text));
    }

    private void resolve(List<Conflict> conflicts) {
        for (Conflict c : conflicts) {
            ConflictDialog dialog = new ConflictDialog(shell, c);
            if (dialog.open() != ConflictDialog.OK) {
                return;
            }
            try (WorkspaceSession ws = WorkspaceSession.open(project)) {
                ws.workspace().resolve(c.path(), dialog.result(), WorkspaceSession.author());
            } catch (WorkspaceException e) {
                MessageDialog.openError(shell, Messages.Conflict_title, NLS.bind(Messages.Sync_failed, e.getMessage()));
                return;
            }
        }
    }
}
