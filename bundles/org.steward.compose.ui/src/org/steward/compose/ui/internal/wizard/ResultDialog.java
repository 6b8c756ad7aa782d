package org.steward.compose.ui.internal.wizard;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.steward.compose.ui.internal.Messages;
import org.steward.compose.ui.internal.composition.ComposedModel;
import org.steward.compose.ui.internal.composition.CompositionResult;

/**
 * The end of a composition: composed — the folder, the launchers and the models the composed workbench lists, with
 * Open Folder; failed — the tail of build.log and its path; either way compose.sh's output.
 */
public class ResultDialog extends TitleAreaDialog {
    public static final String MODELS_ID = "compose.result.models";
    public static final String LOG_ID = "compose.result.log";
    private static final int OPEN = IDialogConstants.CLIENT_ID + 1;

    private final String name;
    private final CompositionResult result;

    public ResultDialog(Shell parent, String name, CompositionResult result) {
        super(parent);
        this.name = name;
        this.result = result;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Result_title);
        setTitle(Messages.Result_title);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        if (result.composed()) {
            setMessage(NLS.bind(Messages.Result_done, name, result.out()));
            label(c, NLS.bind(Messages.Result_workbench, result.workbench()));
            label(c, NLS.bind(Messages.Result_node, result.node()));
            label(c, Messages.Result_models);
            Table models = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
            models.setData("steward.widget", MODELS_ID);
            models.setHeaderVisible(true);
            new TableColumn(models, SWT.NONE).setText(Messages.Result_modelId);
            new TableColumn(models, SWT.NONE).setText(Messages.Result_modelName);
            for (ComposedModel m : result.models()) {
                new TableItem(models, SWT.NONE).setText(new String[] {m.id(), m.name()});
            }
            for (TableColumn col : models.getColumns()) {
                col.pack();
            }
            GridDataFactory.fillDefaults().grab(true, true).hint(560, 120).applyTo(models);
            if (!result.modelsProblem().isEmpty()) {
                setMessage(NLS.bind(Messages.Result_modelsProblem, result.modelsProblem()), IMessageProvider.WARNING);
            } else if (result.models().isEmpty()) {
                label(c, Messages.Result_noModels);
            }
            log(c, Messages.Result_output, String.join("\n", result.output()));
        } else if (result.canceled()) {
            setMessage(NLS.bind(Messages.Result_canceled, result.out()), IMessageProvider.WARNING);
            log(c, Messages.Result_output, String.join("\n", result.output()));
        } else {
            setErrorMessage(NLS.bind(Messages.Result_failed, result.exitCode(), result.log()));
            log(c, NLS.bind(Messages.Result_logTail, result.log()),
                    String.join("\n", result.logTail().isEmpty() ? result.output() : result.logTail()));
        }
        return area;
    }

    private static void label(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setText(text.replace("&", "&&")); // a label's & marks a mnemonic
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(l);
    }

    private static void log(Composite c, String title, String text) {
        label(c, title);
        Text log = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        log.setData("steward.widget", LOG_ID);
        log.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        log.setText(text);
        log.setTopIndex(Math.max(0, log.getLineCount() - 1));
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 160).applyTo(log);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (result.composed()) {
            createButton(parent, OPEN, Messages.Result_open, false);
        }
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == OPEN) {
            Program.launch(result.out().toString());
            return;
        }
        super.buttonPressed(buttonId);
    }
}
