package org.steward.workbench.p2.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.internal.install.Installers;
import org.steward.workbench.p2.internal.FeatureInstaller;
import org.steward.workbench.p2.internal.WorkbenchInstaller;

/** Opens the Install Feature from Update Site wizard for the running workbench. */
public final class InstallFeatureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            FeatureInstaller installer = WorkbenchInstaller.get();
            String policy = Installers.trustGate().policy().key();
            new WizardDialog(shell, new InstallFeatureWizard(installer, policy, shell)).open();
        } catch (InstallException e) {
            MessageDialog.openError(shell, Messages.Error_title, e.getMessage());
        }
        return null;
    }
}
