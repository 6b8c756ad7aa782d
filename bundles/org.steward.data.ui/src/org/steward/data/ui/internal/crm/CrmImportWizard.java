package org.steward.data.ui.internal.crm;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.steward.data.ui.internal.Messages;

/** File › Import… › Customer overview (Markdown): a preview of what the crm importer finds in the file. */
public class CrmImportWizard extends Wizard implements IImportWizard {
    private CrmImportPage page;

    public CrmImportWizard() {
        setWindowTitle(Messages.Crm_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // nothing from the selection is used
    }

    @Override
    public void addPages() {
        page = new CrmImportPage();
        addPage(page);
    }

    public CrmImportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        return page.overview().isPresent();
    }
}
