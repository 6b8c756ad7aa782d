package org.steward.compose.ui.internal.wizard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Compose Workbench…: opens the composition wizard. */
public class ComposeHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), new ComposeWizard(ComposeSettings.instance()));
        dialog.setPageSize(720, 520);
        dialog.open();
        return null;
    }
}
