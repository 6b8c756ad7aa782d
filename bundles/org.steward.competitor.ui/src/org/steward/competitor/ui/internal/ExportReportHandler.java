package org.steward.competitor.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Competitors › Export competitor report…: asks for a folder and writes the report there as a job. */
public class ExportReportHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        exportWithDialog(HandlerUtil.getActiveShellChecked(event));
        return null;
    }

    public static void exportWithDialog(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.Report_choose);
        dialog.setMessage(Messages.Report_choose);
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        new ReportJob(Path.of(folder), html -> shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.openInformation(shell, Messages.Report_button, Messages.bind(Messages.Report_done, html));
            }
        })).schedule();
    }
}
