package org.steward.data.ui.internal.compare;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** A resizable window holding an Eclipse Compare viewer for a {@link VersionCompare}. */
public final class CompareDialog extends Dialog {
    private final VersionCompare input;

    public CompareDialog(Shell parent, VersionCompare input) {
        super(parent);
        this.input = input;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(input.getTitle());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        embed(area, input);
        return area;
    }

    /** Prepares the input and puts its compare viewer into {@code parent} (used by the conflict dialog too). */
    public static Control embed(Composite parent, VersionCompare input) {
        try {
            input.run(new NullProgressMonitor());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Control viewer = input.createContents(parent);
        viewer.setData("steward.widget", "data.compare.viewer");
        GridDataFactory.fillDefaults().grab(true, true).hint(1000, 480).applyTo(viewer);
        return viewer;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }
}
