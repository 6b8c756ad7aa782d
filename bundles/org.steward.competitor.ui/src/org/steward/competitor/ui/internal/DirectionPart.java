package org.steward.competitor.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.steward.competitor.analysis.Action;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.Assessment;
import org.steward.competitor.analysis.Recommendation;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.WorkspaceException;

/**
 * The direction per segment: for every competitor and segment the action the rules derive (imitate, differentiate,
 * partner, avoid) with their reasoning, and the decision as edited by a person (action and reasoning), saved into the
 * competitor's record (a Git commit). The report uses the edited decision where there is one.
 */
public class DirectionPart {
    public static final String ID = "org.steward.competitor.ui.views.direction";
    public static final String TABLE_ID = "competitor.direction.table";

    /** One line: a competitor's recommendation in one segment, derived and as decided. */
    public record Line(String segment, Competitor competitor, Recommendation derived, Optional<Direction> edited) {
        public Action action() {
            return edited.map(Direction::action).orElse(derived.action());
        }

        public String reasoning() {
            return edited.map(Direction::reasoning).orElse(derived.reasoning());
        }
    }

    private TableViewer table;
    private Combo action;
    private Text reasoning;
    private Label derived;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        Widgets.id(table.getTable(), TABLE_ID);
        table.getTable().setData(DirectionPart.class.getName(), this);
        Widgets.column(table, Messages.Direction_segment, 170, Line.class, Line::segment);
        Widgets.column(table, Messages.Direction_competitor, 200, Line.class, l -> l.competitor().name());
        Widgets.column(table, Messages.Direction_relation, 110, Line.class, l -> Terms.name(l.derived().relation()));
        Widgets.column(table, Messages.Direction_derived, 140, Line.class, l -> Terms.name(l.derived().action()) + " (" + l.derived().rule() + ")");
        Widgets.column(table, Messages.Direction_decided, 120, Line.class, l -> Terms.name(l.action()) + (l.edited().isPresent() ? " ✎" : ""));
        Widgets.column(table, Messages.Direction_reasoning, 520, Line.class, Line::reasoning);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addSelectionChangedListener(e -> fill());

        Composite edit = new Composite(sash, SWT.NONE);
        edit.setLayout(new GridLayout(2, false));
        derived = new Label(edit, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(derived);
        new Label(edit, SWT.NONE).setText(Messages.Direction_action);
        action = Widgets.id(new Combo(edit, SWT.READ_ONLY), "competitor.direction.action");
        for (Action a : Action.values()) {
            action.add(Terms.name(a));
        }
        Label r = new Label(edit, SWT.NONE);
        r.setText(Messages.Direction_reasoning);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(r);
        reasoning = Widgets.id(new Text(edit, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "competitor.direction.reasoning");
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 60).applyTo(reasoning);
        Composite buttons = new Composite(edit, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        Widgets.button(buttons, Messages.Direction_save, "competitor.direction.save", () -> run(this::saveSelected));
        Widgets.button(buttons, Messages.Direction_reset, "competitor.direction.reset", () -> run(this::resetSelected));
        sash.setWeights(65, 35);
        Widgets.follow(table, this::refresh);
        refresh();
    }

    public void refresh() {
        Object before = selected().map(l -> l.competitor().name() + "\u0000" + l.segment()).orElse("");
        List<Line> lines = lines(CompetitorSession.get().derived());
        table.setInput(lines);
        lines.stream().filter(l -> (l.competitor().name() + "\u0000" + l.segment()).equals(before)).findFirst()
                .ifPresent(l -> table.setSelection(new StructuredSelection(l)));
        fill();
    }

    static List<Line> lines(AnalysisResult r) {
        List<Line> out = new ArrayList<>();
        for (Assessment a : r.assessments()) {
            for (Recommendation rec : a.recommendations()) {
                out.add(new Line(rec.segment(), a.competitor(), rec, CompetitorSession.get().edited(a.competitor(), rec.segment())));
            }
        }
        out.sort(Comparator.comparing(Line::segment));
        return out;
    }

    public List<Line> lines() {
        return java.util.Arrays.stream(table.getTable().getItems()).map(i -> (Line) i.getData()).toList();
    }

    public Optional<Line> selected() {
        if (table == null) {
            return Optional.empty();
        }
        Object o = ((IStructuredSelection) table.getSelection()).getFirstElement();
        return o instanceof Line l ? Optional.of(l) : Optional.empty();
    }

    /** Selects a competitor's segment (tests and the list). */
    public boolean select(String competitor, String segment) {
        Optional<Line> l = lines().stream().filter(x -> x.competitor().name().equals(competitor) && x.segment().equals(segment)).findFirst();
        l.ifPresent(x -> table.setSelection(new StructuredSelection(x)));
        fill();
        return l.isPresent();
    }

    private void fill() {
        Optional<Line> l = selected();
        action.setEnabled(l.isPresent());
        reasoning.setEnabled(l.isPresent());
        if (l.isEmpty()) {
            derived.setText(Messages.Direction_choose);
            action.deselectAll();
            reasoning.setText("");
            return;
        }
        Recommendation d = l.get().derived();
        derived.setText(Messages.bind(Messages.Direction_derivedText, new Object[] {Terms.name(d.action()), d.rule(),
                d.activities().isEmpty() ? "—" : d.activities().stream().map((Activity a) -> Terms.name(a)).collect(Collectors.joining(", ")),
                d.reasoning()}));
        action.select(l.get().action().ordinal());
        reasoning.setText(l.get().reasoning());
        derived.getParent().layout(true, true);
    }

    /** Sets the decision fields (tests). */
    public void edit(Action a, String text) {
        action.select(a.ordinal());
        reasoning.setText(text);
    }

    /** Saves the edited action and reasoning of the selected line into the competitor's record. */
    public Optional<CommitInfo> saveSelected() throws WorkspaceException, IOException {
        Optional<Line> l = selected();
        if (l.isEmpty() || action.getSelectionIndex() < 0) {
            return Optional.empty();
        }
        Direction d = new Direction(l.get().segment(), Action.values()[action.getSelectionIndex()], reasoning.getText().strip());
        return Optional.of(write(l.get().competitor(), d.segment(), Optional.of(d)));
    }

    /** Drops the edited decision: the derived one applies again. */
    public Optional<CommitInfo> resetSelected() throws WorkspaceException, IOException {
        Optional<Line> l = selected();
        if (l.isEmpty() || l.get().edited().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(write(l.get().competitor(), l.get().segment(), Optional.empty()));
    }

    private static CommitInfo write(Competitor c, String segment, Optional<Direction> d) throws WorkspaceException, IOException {
        CompetitorSession s = CompetitorSession.get();
        List<Direction> list = new ArrayList<>(s.directions(c).stream()
                .filter(x -> !org.steward.competitor.model.Names.normalise(x.segment()).equals(org.steward.competitor.model.Names.normalise(segment)))
                .toList());
        d.ifPresent(list::add);
        return s.saveDirections(c, list);
    }

    private interface Work {
        Optional<CommitInfo> run() throws WorkspaceException, IOException;
    }

    private void run(Work w) {
        try {
            w.run();
        } catch (WorkspaceException | IOException | RuntimeException e) {
            MessageDialog.openError(table.getControl().getShell(), Messages.Direction_save, Messages.bind(Messages.Save_failed, e.getMessage()));
        }
    }
}
