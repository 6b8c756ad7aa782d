package org.steward.crm.ui.internal.customers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.steward.crm.analytics.CrmAnalytics;
import org.steward.crm.analytics.CrmInputException;
import org.steward.crm.analytics.CrmReport;
import org.steward.crm.analytics.RecordFolder;
import org.steward.crm.analytics.chart.CrmCharts;
import org.steward.crm.ui.internal.CrmProject;
import org.steward.crm.ui.internal.Messages;
import org.steward.crm.ui.internal.ProjectBar;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.Workspaces;

/**
 * Customers (with health, ABC grade, lifecycle stage and lifetime value) and their contacts. Contacts are read through
 * the workspace, so phones and e-mails are decrypted with this computer's key or shown locked.
 */
public class CustomersPart {
    public static final String ID = "org.steward.crm.ui.views.customers";
    public static final String CUSTOMERS_ID = "crm.customers.table";
    public static final String CONTACTS_ID = "crm.contacts.table";

    /** One customer row: the account and what the analytics say about it. */
    public record CustomerRow(String id, String name, String parkType, String region, String source, String grade, String health,
                              String lifecycle, String ltv) {
    }

    private Path project;
    private Label projectLabel;
    private Label status;
    private TableViewer customers;
    private TableViewer contacts;
    private List<CustomerRow> customerRows = List.of();
    private List<ContactRow> contactRows = List.of();

    @PostConstruct
    public void create(Composite parent) {
        project = CrmProject.folder();
        projectLabel = ProjectBar.create(parent, this::reload);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        customers = table(sash, Messages.Customers_title, CUSTOMERS_ID);
        column(customers, Messages.Customers_id, 70, CustomerRow::id);
        column(customers, Messages.Customers_name, 250, CustomerRow::name);
        column(customers, Messages.Customers_parkType, 160, CustomerRow::parkType);
        column(customers, Messages.Customers_region, 80, CustomerRow::region);
        column(customers, Messages.Customers_source, 80, CustomerRow::source);
        column(customers, Messages.Customers_grade, 70, CustomerRow::grade);
        column(customers, Messages.Customers_health, 70, CustomerRow::health);
        column(customers, Messages.Customers_lifecycle, 90, CustomerRow::lifecycle);
        column(customers, Messages.Customers_ltv, 110, CustomerRow::ltv);
        contacts = table(sash, Messages.Customers_contacts, CONTACTS_ID);
        column(contacts, Messages.Contacts_name, 110, ContactRow::name);
        column(contacts, Messages.Contacts_role, 180, ContactRow::role);
        column(contacts, Messages.Contacts_customer, 80, ContactRow::customer);
        column(contacts, Messages.Contacts_phone, 290, ContactRow::phone);
        column(contacts, Messages.Contacts_email, 290, ContactRow::email);
        customers.getTable().setData(CustomersPart.class.getName(), this);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        reload();
    }

    private static TableViewer table(Composite parent, String title, String id) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        new Label(box, SWT.NONE).setText(title);
        TableViewer v = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION);
        v.getTable().setHeaderVisible(true);
        v.getTable().setLinesVisible(true);
        v.getTable().setData("steward.widget", id);
        v.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(v.getTable());
        return v;
    }

    private static <T> void column(TableViewer v, String title, int width, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(v, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
    }

    public void setProject(Path folder) {
        project = folder;
        reload();
    }

    public void reload() {
        projectLabel.setText(NLS.bind(Messages.Project_label, project));
        List<String> problems = new ArrayList<>();
        try {
            RecordFolder.Loaded loaded = RecordFolder.read(project);
            CrmReport r = CrmAnalytics.analyse(loaded.data(), loaded.settings());
            List<CustomerRow> rows = new ArrayList<>();
            for (int i = 0; i < r.data().accounts().size(); i++) {
                var a = r.data().accounts().get(i);
                rows.add(new CustomerRow(a.id(), a.name(), a.parkType(), a.region(), a.source(), r.grades().get(i).grade(),
                        r.health().get(i).score().map(s -> String.format(Locale.ROOT, "%.0f", s)).orElse("—"),
                        Messages.lifecycle(r.lifecycle().get(i).stage()),
                        r.lifetimeValues().get(i).valueYuan().map(CrmCharts::money).orElse("—")));
            }
            customerRows = rows;
            loaded.data().problems().forEach(p -> problems.add(p.toString()));
        } catch (CrmInputException e) {
            customerRows = List.of();
            problems.add(NLS.bind(Messages.Project_unreadable, e.getMessage()));
        }
        contactRows = readContacts(problems);
        customers.setInput(customerRows);
        contacts.setInput(contactRows);
        status.setText(problems.isEmpty() ? "" : NLS.bind(Messages.Project_problems, problems.size(), String.join("; ", problems)));
        status.getParent().layout(true, true);
    }

    private List<ContactRow> readContacts(List<String> problems) {
        Workspaces service = CrmProject.service(Workspaces.class).orElse(null);
        if (service == null) {
            problems.add(NLS.bind(Messages.Contacts_unavailable, "org.steward.workspace"));
            return List.of();
        }
        List<ContactRow> out = new ArrayList<>();
        try (Workspace ws = service.open(project)) {
            for (RecordKey key : ws.list("contact")) {
                try {
                    out.add(ContactRow.of(ws.load(key)));
                } catch (WorkspaceException e) {
                    problems.add(key.path() + ": " + e.getMessage());
                }
            }
        } catch (WorkspaceException e) {
            problems.add(NLS.bind(Messages.Contacts_unavailable, e.getMessage()));
        }
        return out;
    }

    public List<CustomerRow> customerRows() {
        return customerRows;
    }

    public List<ContactRow> contactRows() {
        return contactRows;
    }
}
