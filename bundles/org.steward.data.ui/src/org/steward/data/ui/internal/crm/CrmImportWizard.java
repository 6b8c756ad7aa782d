package org.steward.data.ui.internal.crm;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.Services;
import org.steward.data.ui.internal.history.WorkspaceSession;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.WorkspaceException;

/** File › Import… › Customer overview (Markdown): a preview of what the crm importer finds in the file. */
public class CrmImportWizard extends Wizard implements IImportWizard {
    private CrmImportPage page;
    private Path target = Services.project();
    private List<CommitInfo> saved = List.of();

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

    /** The project Finish saves into (default: the current workspace project). */
    public void setTarget(Path project) {
        target = project;
    }

    /** Commits made by the last Finish (empty when nothing was saved). */
    public List<CommitInfo> saved() {
        return saved;
    }

    @Override
    public boolean performFinish() {
        if (page.overview().isEmpty()) {
            return false;
        }
        if (!page.saveRequested()) {
            return true;
        }
        try {
            saved = OverviewRecords.save(target, OverviewRecords.of(page.overview().get()), WorkspaceSession.author(), page.source());
            return true;
        } catch (WorkspaceException | RuntimeException e) {
            page.setErrorMessage(NLS.bind(Messages.Crm_saveFailed, target, e.getMessage()));
            return false;
        }
    }
}
