package org.steward.workbench.internal.install;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.osgi.framework.Bundle;
import org.steward.workbench.internal.Messages;

/** File › Installed Bundles…: lists the drop-ins; the ones the user ticks are removed. */
public final class ManageBundlesAction extends Action {

    private final IWorkbenchWindow window;

    public ManageBundlesAction(IWorkbenchWindow window) {
        super(Messages.Install_manage);
        this.window = window;
        setId("org.steward.workbench.manageBundles");
    }

    @Override
    public void run() {
        try {
            BundleInstaller installer = Installers.forWorkbench();
            List<Bundle> bundles = installer.installed();
            if (bundles.isEmpty()) {
                MessageDialog.openInformation(window.getShell(), Messages.Manage_title, Messages.Manage_empty);
                return;
            }
            ListSelectionDialog dialog = ListSelectionDialog.of(bundles).contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            Bundle b = (Bundle) element;
                            return b.getSymbolicName() + " " + b.getVersion();
                        }
                    }).message(Messages.Manage_message).title(Messages.Manage_title).create(window.getShell());
            if (dialog.open() != ListSelectionDialog.OK) {
                return;
            }
            StringBuilder done = new StringBuilder();
            for (Object o : dialog.getResult()) {
                Bundle b = (Bundle) o;
                installer.uninstall(b);
                done.append(NLS.bind(Messages.Manage_removed, b.getSymbolicName())).append('\n');
            }
            if (!done.isEmpty()) {
                MessageDialog.openInformation(window.getShell(), Messages.Manage_title, done.toString().strip());
            }
        } catch (InstallException e) {
            MessageDialog.openError(window.getShell(), Messages.Manage_title, e.getMessage());
        }
    }
}
