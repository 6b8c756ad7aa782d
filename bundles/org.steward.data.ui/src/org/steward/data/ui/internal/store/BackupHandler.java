package org.steward.data.ui.internal.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.steward.data.ui.internal.Messages;

/** Data › Back up store…: choose a folder, back up as a job, then say where the copy went. */
public class BackupHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.Backup_chooseFolder);
        String folder = dialog.open();
        if (folder == null) {
            return null;
        }
        AtomicReference<Path> copy = new AtomicReference<>();
        Job job = StoreActions.backup(Path.of(folder), copy);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent e) {
                if (e.getResult().isOK()) {
                    Display.getDefault().asyncExec(() -> MessageDialog.openInformation(shell, Messages.Backup_chooseFolder,
                            NLS.bind(Messages.Backup_done, copy.get())));
                }
            }
        });
        job.schedule();
        return null;
    }
}
