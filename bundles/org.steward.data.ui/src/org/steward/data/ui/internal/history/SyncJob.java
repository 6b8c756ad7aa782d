package org.steward.data.ui.internal.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.secure.SecureSecrets;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Conflict;
import org.steward.workspace.Credentials;
import org.steward.workspace.PullResult;
import org.steward.workspace.WorkspaceException;

/**
 * Pull then push as a job; no remote → says how to add one. What it finds goes to a {@link Reporter}: the view's
 * reporter shows messages in dialogs and opens the {@link ConflictDialog} for each conflict.
 */
public final class SyncJob extends Job {
    /** Where the outcome goes (called on the job's thread). */
    public interface Reporter {
        void inform(String message);

        void conflicts(List<Conflict> conflicts);
    }

    private final Path project;
    private final Reporter reporter;
    private final Credentials credentials;

    /** Sync with the credentials of Eclipse secure storage (Data › Key and credentials). */
    public SyncJob(Path project, Reporter reporter) {
        this(project, reporter, SecureSecrets.ofDefault().asCredentials());
    }

    public SyncJob(Path project, Reporter reporter, Credentials credentials) {
        super(Messages.Sync_job);
        this.project = project;
        this.reporter = reporter;
        this.credentials = credentials;
        setUser(true);
    }

    /** The reporter of the history view: dialogs on the UI thread. */
    static Reporter dialogs(Path project, Shell shell) {
        return new Reporter() {
            @Override
            public void inform(String message) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openInformation(shell, Messages.History_sync, message));
            }

            @Override
            public void conflicts(List<Conflict> conflicts) {
                shell.getDisplay().asyncExec(() -> resolveInDialogs(project, shell, conflicts));
            }
        };
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(Messages.Sync_job, 2);
        try (WorkspaceSession ws = WorkspaceSession.open(project)) {
            if (ws.workspace().remote().isEmpty()) {
                reporter.inform(NLS.bind(Messages.Sync_noRemote, project));
                return Status.OK_STATUS;
            }
            PullResult pulled = ws.workspace().pull(credentials, WorkspaceSession.author());
            monitor.worked(1);
            if (pulled.status() == PullResult.Status.CONFLICTS) {
                reporter.conflicts(pulled.conflicts());
                return Status.OK_STATUS;
            }
            ws.workspace().push(credentials);
            monitor.worked(1);
            reporter.inform(NLS.bind(Messages.Sync_done, pulled.status()));
            return Status.OK_STATUS;
        } catch (WorkspaceException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Sync_failed, e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }

    private static void resolveInDialogs(Path project, Shell shell, List<Conflict> conflicts) {
        for (Conflict c : conflicts) {
            ConflictDialog dialog = new ConflictDialog(shell, c);
            if (dialog.open() != ConflictDialog.OK) {
                return;
            }
            try {
                resolve(project, c.path(), dialog.result());
            } catch (WorkspaceException e) {
                MessageDialog.openError(shell, Messages.Conflict_title, NLS.bind(Messages.Sync_failed, e.getMessage()));
                return;
            }
        }
    }

    /** Settles one conflicting file with the text the user chose; the merge commit when it was the last one. */
    public static Optional<CommitInfo> resolve(Path project, String path, String chosenText) throws WorkspaceException {
        try (WorkspaceSession ws = WorkspaceSession.open(project)) {
            return ws.workspace().resolve(path, chosenText, WorkspaceSession.author());
        }
    }
}
