package org.steward.workbench.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ListDialog;
import org.steward.workbench.internal.contributions.ImportWizardDescriptor;
import org.steward.workbench.internal.contributions.WorkbenchContributions;

/** File &gt; Import…: lists the contributed import wizards and runs the chosen one. */
final class ImportAction extends Action {

    private final IWorkbenchWindow window;

    ImportAction(IWorkbenchWindow window) {
        super(Messages.Import_action);
        this.window = window;
        setId("org.steward.workbench.import");
    }

    @Override
    public void run() {
        WorkbenchContributions contributions = window.getWorkbench().getService(IEclipseContext.class)
                .get(WorkbenchContributions.class);
        List<ImportWizardDescriptor> wizards = contributions == null ? List.of() : contributions.importWizards().descriptors();
        if (wizards.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Import_title, Messages.Import_none);
            return;
        }
        ListDialog chooser = new ListDialog(window.getShell());
        chooser.setTitle(Messages.Import_title);
        chooser.setMessage(Messages.Import_choose);
        chooser.setContentProvider(ArrayContentProvider.getInstance());
        chooser.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                ImportWizardDescriptor d = (ImportWizardDescriptor) element;
                return d.description().isEmpty() ? d.name() : d.name() + " — " + d.description();
            }
        });
        chooser.setInput(wizards);
        if (chooser.open() != ListDialog.OK || chooser.getResult().length == 0) {
            return;
        }
        ImportWizardDescriptor chosen = (ImportWizardDescriptor) chooser.getResult()[0];
        ILog log = ILog.of(ImportAction.class);
        Optional<IImportWizard> wizard = chosen.createWizard(WorkbenchContributions.CREATION_TIMEOUT, log::log);
        if (wizard.isEmpty()) {
            MessageDialog.openError(window.getShell(), Messages.Import_title, org.eclipse.osgi.util.NLS.bind(Messages.Import_broken, chosen.describe()));
            return;
        }
        IStructuredSelection selection = window.getSelectionService().getSelection() instanceof IStructuredSelection s ? s
                : StructuredSelection.EMPTY;
        wizard.get().init(window.getWorkbench(), selection);
        new WizardDialog(window.getShell(), wizard.get()).open();
    }
}
