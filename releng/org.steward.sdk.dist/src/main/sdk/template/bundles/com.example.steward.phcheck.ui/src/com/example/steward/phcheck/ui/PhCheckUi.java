package com.example.steward.phcheck.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.steward.core.model.ModelDescriptor;
import org.steward.workbench.ModelUi;

/**
 * The smallest useful UI contribution: says what the model checks. Replace it with your own parts or editors;
 * {@link #open} runs on the UI thread, the constructor must not touch widgets.
 */
public class PhCheckUi implements ModelUi {

    @Override
    public void open(IWorkbenchWindow window, ModelDescriptor model) throws CoreException {
        MessageDialog.openInformation(window.getShell(), model.name(),
                model.description() + "\n\nDefault range: pH 6–9 (GB 8978-1996).");
    }
}
