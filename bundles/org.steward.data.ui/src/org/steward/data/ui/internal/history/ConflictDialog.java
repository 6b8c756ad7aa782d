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
import org.steward.data.ui.internal.compare.CompareDialog;
import org.steward.data.ui.internal.compare.VersionCompare;
import org.steward.workspace.Conflict;

/**
 * Base, ours and theirs side by side in Eclipse Compare's three-way text viewer (conflicting lines marked); the user
 * picks one side or edits the result, then resolves.
 */
public final class ConflictDialog extends Dialog {
    public static final String RESULT_ID = "data.conflict.result";
    private final Conflict conflict;
    private Text result;
    private String chosen = "";

    public ConflictDialog(Shell parent, Conflict conflict) {
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
        Composite compare = new Composite(area, SWT.NONE);
        compare.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(compare);
        CompareDialog.embed(compare, VersionCompare.conflict(NLS.bind(Messages.Compare_conflictTitle, conflict.path()),
                Messages.Conflict_base, conflict.base().orElse(""), Messages.Conflict_ours, conflict.ours().orElse(""),
                Messages.Conflict_theirs, conflict.theirs().orElse("")));
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
        result.setData("steward.widget", RESULT_ID);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(900, 200).applyTo(result);
        return area;
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

    public String result() {
        return chosen;
    }
}
