package org.steward.data.ui.internal.crm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.steward.core.model.ModelException;
import org.steward.crm.model.Overview;
import org.steward.data.ui.internal.Messages;

/** Chooses a Markdown overview and lists the customers, contacts (phones masked) and opportunities found in it. */
public class CrmImportPage extends WizardPage {
    public static final String TABLE_ID = "data.crm.preview";

    private Text file;
    private Table table;
    private Overview overview;
    private Button save;

    CrmImportPage() {
        super("crmImport");
        setTitle(Messages.Crm_pageTitle);
        setDescription(Messages.Crm_pageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText(Messages.Crm_file);
        file = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.addListener(SWT.DefaultSelection, e -> load(Path.of(file.getText().trim())));
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Crm_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.md", "*.*"});
            String chosen = dialog.open();
            if (chosen != null) {
                load(Path.of(chosen));
            }
        });
        table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("steward.widget", TABLE_ID);
        for (String title : new String[] {Messages.Crm_kind, Messages.Crm_name, Messages.Crm_details}) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(title);
            col.setWidth(160);
        }
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(640, 300).applyTo(table);
        save = new Button(c, SWT.CHECK);
        save.setText(Messages.Crm_save);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(save);
        setControl(c);
    }

    /** Reads {@code source} through the crm importer and lists what it found; errors go to the page's message. */
    public void load(Path source) {
        file.setText(source.toString());
        table.removeAll();
        overview = null;
        if (!Files.isRegularFile(source)) {
            fail(NLS.bind(Messages.Crm_notFound, source));
            return;
        }
        try {
            Optional<Overview> read = OverviewImport.read(source);
            if (read.isEmpty()) {
                fail(Messages.Crm_noImporter);
                return;
            }
            overview = read.get();
        } catch (ModelException e) {
            fail(e.getMessage());
            return;
        }
        List<OverviewRows> rows = OverviewRows.of(overview);
        for (OverviewRows r : rows) {
            new TableItem(table, SWT.NONE).setText(new String[] {r.kind(), r.name(), r.details()});
        }
        for (TableColumn col : table.getColumns()) {
            col.pack();
        }
        setErrorMessage(null);
        setMessage(NLS.bind(Messages.Crm_found, new Object[] {overview.customers().size(), overview.contacts().size(),
                overview.opportunities().size()}));
        setPageComplete(true);
    }

    private void fail(String message) {
        setErrorMessage(message);
        setPageComplete(false);
    }

    /** The file name read last, for commit messages. */
    String source() {
        return Path.of(file.getText()).getFileName().toString();
    }

    /** Whether Finish saves the overview into the workspace as records. */
    public boolean saveRequested() {
        return save.getSelection();
    }

    public void requestSave(boolean yes) {
        save.setSelection(yes);
    }

    /** The overview read last. */
    public Optional<Overview> overview() {
        return Optional.ofNullable(overview);
    }

    /** Rows of the preview table, as shown: kind, name, details. */
    public List<String[]> rows() {
        return java.util.Arrays.stream(table.getItems())
                .map(i -> new String[] {i.getText(0), i.getText(1), i.getText(2)}).toList();
    }
}
