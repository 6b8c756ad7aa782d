package org.steward.data.ui.internal.history;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.steward.data.ui.internal.Messages;
import org.steward.workspace.Conflict;

/** Base, ours and theirs side by side; the user picks one or edits the result, then resolves. */
final class ConflictDialog extends Dialog {
    private final Conflict conflict;
    private Text result;
    private String chosen = "";

    ConflictDialog(Shell parent, Conflict conflict) {
        super(parent);
        this.conflict = conflict;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Conflict_title, conflict.path()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, true));
        side(area, Messages.Conflict_base, conflict.base().orElse(Messages.Conflict_absent));
        side(area, Messages.Conflict_ours, conflict.ours().orElse(Messages.Conflict_absent));
        side(area, Messages.Conflict_theirs, conflict.theirs().orElse(Messages.Conflict_absent));
        Button ours = new Button(area, SWT.PUSH);
        ours.setText(Messages.Conflict_useOurs);
        ours.addListener(SWT.Selection, e -> result.setText(conflict.ours().orElse("")));
        Button theirs = new Button(area, SWT.PUSH);
        theirs.setText(Messages.Conflict_useTheirs);
        theirs.addListener(SWT.Selection, e -> result.setText(conflict.theirs().orElse("")));
        new Label(area, SWT.NONE);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.Conflict_result);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(label);
        result = new Text(area, SWT.BORDER | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        result.setFont(JFaceResources.getTextFont());
        result.setText(conflict.ours().orElse(""));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(900, 200).applyTo(result);
        return area;
    }

    private static void side(Composite area, String title, String text) {
        Composite box = new Composite(area, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
        new Label(box, SWT.NONE).setText(title);
        Text t = new Text(box, SWT.BORDER | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.READ_ONLY);
        t.setFont(JFaceResources.getTextFont());
        t.setText(text);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 250).applyTo(t);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OK, Messages.Conflict_resolve, true);
        createButton(parent, CANCEL, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        chosen = result.getText();
        super.okPressed();
    }

    String result() {
        return chosen;
    }
}
