package org.steward.workbench.p2.internal.ui;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.p2.internal.FeatureInstaller;
import org.steward.workbench.p2.internal.InstallPlan;
import org.steward.workbench.p2.internal.SiteFeature;
import org.steward.workbench.p2.internal.WorkbenchInstaller;

/** File › Installed Features…: the features installed from update sites; the ticked ones are uninstalled in a job. */
public final class InstalledFeaturesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            FeatureInstaller installer = WorkbenchInstaller.get();
            List<SiteFeature> features = installer.installed();
            if (features.isEmpty()) {
                MessageDialog.openInformation(shell, Messages.Installed_title, Messages.Installed_empty);
                return null;
            }
            ListSelectionDialog dialog = ListSelectionDialog.of(features).contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            SiteFeature f = (SiteFeature) element;
                            return f.name() + "  (" + f.id() + " " + f.version() + ")";
                        }
                    }).message(Messages.Installed_message).title(Messages.Installed_title).create(shell);
            if (dialog.open() != ListSelectionDialog.OK || dialog.getResult().length == 0) {
                return null;
            }
            List<String> ids = Arrays.stream(dialog.getResult()).map(o -> ((SiteFeature) o).id()).toList();
            InstallPlan plan = installer.planUninstall(ids, null);
            new ApplyJob(installer, plan, false, shell).schedule();
        } catch (InstallException e) {
            MessageDialog.openError(shell, Messages.Error_title, e.getMessage());
        }
        return null;
    }
}
