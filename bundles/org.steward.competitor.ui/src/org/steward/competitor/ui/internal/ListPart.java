package org.steward.competitor.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.LineRelation;
import org.steward.competitor.model.RecordProblem;

/** The competitor records of the open project: name, region, business lines, relation to us, revenue band; open one. */
public class ListPart {
    public static final String ID = "org.steward.competitor.ui.views.list";
    public static final String TABLE_ID = "competitor.list.table";
    public static final String PROBLEMS_ID = "competitor.list.problems";

    private Label folder;
    private TableViewer table;
    private org.eclipse.swt.widgets.List problems;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        folder = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(folder);
        Widgets.button(bar, Messages.List_open, "competitor.list.open", this::openSelected);
        Widgets.button(bar, Messages.List_refresh, "competitor.list.refresh", () -> CompetitorSession.get().reload());
        Widgets.button(bar, Messages.Report_button, "competitor.list.report", () -> ExportReportHandler.exportWithDialog(parent.getShell()));

        table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        Widgets.id(table.getTable(), TABLE_ID);
        table.getTable().setData(ListPart.class.getName(), this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
        Widgets.column(table, Messages.List_name, 240, Competitor.class, c -> c.us() ? "★ " + c.name() : c.name());
        Widgets.column(table, Messages.List_region, 110, Competitor.class, Competitor::region);
        Widgets.column(table, Messages.List_lines, 260, Competitor.class, c -> String.join("、", c.businessLines()));
        Widgets.column(table, Messages.List_relation, 420, Competitor.class, ListPart::relation);
        Widgets.column(table, Messages.List_revenue, 110, Competitor.class, Competitor::revenueBand);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(e -> openSelected());

        problems = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Widgets.id(problems, PROBLEMS_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(problems);
        Widgets.follow(table, this::refresh);
        refresh();
    }

    static String relation(Competitor c) {
        if (c.us()) {
            return Messages.List_us;
        }
        return c.relations().stream().map((LineRelation r) -> r.businessLine() + ": " + Terms.name(r.relation()))
                .collect(Collectors.joining("; "));
    }

    public void refresh() {
        CompetitorSession s = CompetitorSession.get();
        List<Competitor> all = s.set().competitors();
        folder.setText(Messages.bind(Messages.List_folder, s.folder(), all.size()));
        table.setInput(all);
        List<RecordProblem> list = s.set().problems();
        problems.setItems(list.stream().map(RecordProblem::text).toArray(String[]::new));
        problems.setVisible(!list.isEmpty());
        ((org.eclipse.swt.layout.GridData) problems.getLayoutData()).exclude = list.isEmpty();
        problems.getParent().layout(true, true);
    }

    /** The names shown, in order (for tests). */
    public List<String> names() {
        return java.util.Arrays.stream(table.getTable().getItems()).map(i -> i.getText(0)).toList();
    }

    /** Opens the selected record in the value-chain editor. */
    public void openSelected() {
        Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
        if (first instanceof Competitor c) {
            open(c);
        }
    }

    public static void open(Competitor c) {
        CompetitorSession.get().select(c.name());
        OpenViewsHandler.show(ChainEditorPart.ID);
    }
}
