package org.steward.partner.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.steward.partner.screen.Rule;
import org.steward.partner.screen.Rules;
import org.steward.partner.screen.RulesException;
import org.steward.partner.screen.Screening;
import org.steward.partner.vendor.Stage;
import org.steward.partner.vendor.Vendor;
import org.steward.partner.vendor.VendorFolder;
import org.steward.partner.vendor.VendorProblem;
import org.steward.partner.vendor.VendorReader;

/**
 * The vendors of the project ({@code vendors/*.md}): a list, a pipeline board with one column per contact stage, and
 * the screening rules ({@code partners/screening-rules.txt}) applied live with the reason for each exclusion.
 */
public class VendorsPart {
    public static final String ID = "org.steward.partner.ui.views.vendors";
    public static final String LIST_ID = "partner.vendors.list";
    public static final String BOARD_ID = "partner.vendors.board";
    public static final String RULES_ID = "partner.screening.rules";
    public static final String SCREEN_ID = "partner.screening.table";
    public static final String STATUS_ID = "partner.vendors.status";
    public static final String SCREEN_STATUS_ID = "partner.screening.status";
    public static final String TABS_ID = "partner.vendors.tabs";

    private Path project;
    private Label projectLabel;
    private Label status;
    private CTabFolder tabs;
    private Table list;
    private Composite board;
    private Text rules;
    private Table screening;
    private Label screenStatus;
    private List<Vendor> vendors = List.of();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        projectLabel = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(projectLabel);
        Button reload = new Button(parent, SWT.PUSH);
        reload.setText(Messages.Reload);
        reload.addListener(SWT.Selection, e -> show(project));
        status = new Label(parent, SWT.WRAP);
        status.setData("steward.widget", STATUS_ID);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setData("steward.widget", TABS_ID);
        tabs.setData(getClass().getName(), this);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tabs);

        list = table(tabs, LIST_ID, Messages.Col_id, Messages.Col_name, Messages.Col_location, Messages.Col_parameters, Messages.Col_rdStaff,
                Messages.Col_patents, Messages.Col_certifications, Messages.Col_price, Messages.Col_stage);
        tab(Messages.Tab_list, list);

        board = new Composite(tabs, SWT.NONE);
        board.setData("steward.widget", BOARD_ID);
        board.setLayout(new GridLayout(Stage.values().length + 1, true));
        tab(Messages.Tab_board, board);

        Composite screen = new Composite(tabs, SWT.NONE);
        screen.setLayout(new GridLayout(3, false));
        Label l = new Label(screen, SWT.NONE);
        l.setText(Messages.Screening_rules);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(l);
        rules = new Text(screen, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        rules.setData("steward.widget", RULES_ID);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 90).applyTo(rules);
        rules.addListener(SWT.Modify, e -> screen());
        Button save = new Button(screen, SWT.PUSH);
        save.setText(Messages.Screening_save);
        save.addListener(SWT.Selection, e -> saveRules());
        screenStatus = new Label(screen, SWT.WRAP);
        screenStatus.setData("steward.widget", SCREEN_STATUS_ID);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(screenStatus);
        screening = table(screen, SCREEN_ID, Messages.Col_id, Messages.Col_name, Messages.Col_status, Messages.Col_reasons);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(screening);
        tab(Messages.Tab_screening, screen);
        tabs.setSelection(0);
        show(Project.folder());
    }

    private void tab(String text, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    private static Table table(Composite parent, String id, String... columns) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setData("steward.widget", id);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String c : columns) {
            TableColumn col = new TableColumn(t, SWT.NONE);
            col.setText(c);
            col.setWidth(110);
        }
        return t;
    }

    /** Shows the vendors and rules of {@code folder} (the project folder, which holds vendors/ and partners/). */
    public void show(Path folder) {
        project = folder;
        projectLabel.setText(NLS.bind(Messages.Project_label, folder));
        VendorFolder f;
        try {
            f = Files.isDirectory(folder.resolve("vendors")) ? VendorReader.readFolder(folder.resolve("vendors"))
                    : new VendorFolder(List.of(), List.of());
        } catch (IOException e) {
            f = new VendorFolder(List.of(), List.of());
        }
        vendors = f.vendors();
        if (!f.problems().isEmpty()) {
            status.setText(NLS.bind(Messages.Vendors_problems, f.problems().size(),
                    f.problems().stream().map(VendorProblem::toString).collect(Collectors.joining("; "))));
        } else {
            status.setText(vendors.isEmpty() ? NLS.bind(Messages.Vendors_none, folder.resolve("vendors")) : "");
        }
        list.removeAll();
        for (Vendor v : vendors) {
            TableItem item = new TableItem(list, SWT.NONE);
            item.setText(new String[] {v.id(), v.name(), v.location(), String.join(", ", v.parameters()),
                v.rdStaff().isPresent() ? Integer.toString(v.rdStaff().getAsInt()) : "",
                v.patents().isPresent() ? Integer.toString(v.patents().getAsInt()) : "", String.join(", ", v.certifications()),
                v.priceBand().map(String::valueOf).orElse(""), v.stage().map(Stage::key).orElse("")});
            item.setData(v);
        }
        for (TableColumn c : list.getColumns()) {
            c.pack();
        }
        fillBoard();
        Path rulesFile = folder.resolve("partners").resolve("screening-rules.txt");
        try {
            rules.setText(Files.isRegularFile(rulesFile) ? Files.readString(rulesFile, StandardCharsets.UTF_8) : "");
        } catch (IOException e) {
            rules.setText("");
        }
        screen();
        status.getParent().layout(true, true);
    }

    private void fillBoard() {
        for (org.eclipse.swt.widgets.Control c : board.getChildren()) {
            c.dispose();
        }
        List<String> headers = new ArrayList<>();
        headers.add(Messages.Stage_none);
        for (Stage s : Stage.values()) {
            headers.add(s.key());
        }
        for (String h : headers) {
            Label head = new Label(board, SWT.CENTER);
            head.setText(h);
            head.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(head);
        }
        for (int column = 0; column <= Stage.values().length; column++) {
            org.eclipse.swt.widgets.List cards = new org.eclipse.swt.widgets.List(board, SWT.BORDER | SWT.V_SCROLL);
            cards.setData("steward.widget", BOARD_ID + "." + headers.get(column));
            GridDataFactory.fillDefaults().grab(true, true).hint(60, 120).applyTo(cards);
            for (Vendor v : vendors) {
                int at = v.stage().map(s -> s.ordinal() + 1).orElse(0);
                if (at == column) {
                    cards.add(v.name() + (column > 0 ? "  " + v.pipeline().get(Stage.values()[column - 1]) : ""));
                }
            }
        }
        board.layout(true, true);
    }

    private void screen() {
        screening.removeAll();
        List<Rule> parsed;
        try {
            parsed = Rules.parse("screening-rules.txt", List.of(rules.getText().split("\r\n|\n|\r", -1)));
        } catch (RulesException e) {
            screenStatus.setText(e.getMessage().replace('\n', ' '));
            screenStatus.setForeground(screenStatus.getDisplay().getSystemColor(SWT.COLOR_RED));
            screenStatus.getParent().layout(true, true);
            return;
        }
        List<Screening.Outcome> out = Screening.apply(vendors, parsed);
        long shortlisted = out.stream().filter(Screening.Outcome::shortlisted).count();
        screenStatus.setText(NLS.bind(Messages.Screening_result, shortlisted, out.size()));
        screenStatus.setForeground(null);
        for (Screening.Outcome o : out) {
            TableItem item = new TableItem(screening, SWT.NONE);
            item.setText(new String[] {o.vendor().id(), o.vendor().name(),
                o.shortlisted() ? Messages.Screening_shortlisted : Messages.Screening_excluded,
                o.reasons().stream().map(r -> r.rule().text() + " \u2192 " + r.reason()).collect(Collectors.joining("; "))});
            if (!o.shortlisted()) {
                item.setForeground(2, screening.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        for (TableColumn c : screening.getColumns()) {
            c.pack();
        }
        screenStatus.getParent().layout(true, true);
    }

    private void saveRules() {
        try {
            Path dir = Files.createDirectories(project.resolve("partners"));
            Files.writeString(dir.resolve("screening-rules.txt"), rules.getText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            screenStatus.setText(NLS.bind(Messages.Error_read, project, e.getMessage()));
        }
    }

    /** The vendors shown, for tests. */
    public List<Vendor> vendors() {
        return vendors;
    }

    /** Selects a tab (0 list, 1 board, 2 screening), for tests and screenshots. */
    public void select(int tab) {
        tabs.setSelection(tab);
    }
}
