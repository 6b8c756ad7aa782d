package org.steward.data.ui.internal.store;

import java.nio.file.Path;

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

/** Data › Restore store…: choose a backup copy (a folder), confirm, restore as a job. */
public class RestoreHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.Restore_choose);
        String copy = dialog.open();
        if (copy == null || !MessageDialog.openConfirm(shell, Messages.Restore_confirmTitle, NLS.bind(Messages.Restore_confirm, copy))) {
            return null;
        }
        Job job = StoreActions.restore(Path.of(copy));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent e) {
                if (e.getResult().isOK()) {
                    Display.getDefault().asyncExec(() -> MessageDialog.openInformation(shell, Messages.Restore_confirmTitle,
                            NLS.bind(Messages.Restore_done, copy)));
                }
            }
        });
        job.schedule();
        return null;
    }
}
