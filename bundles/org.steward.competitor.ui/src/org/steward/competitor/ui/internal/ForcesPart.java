package org.steward.competitor.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.steward.competitor.analysis.Rules;
import org.steward.competitor.analysis.SegmentForces;
import org.steward.competitor.model.Force;

/** Porter's five forces for one market segment: each force's mean rating and every rating with its drivers. */
public class ForcesPart {
    public static final String ID = "org.steward.competitor.ui.views.forces";
    public static final String SEGMENT_ID = "competitor.forces.segment";
    public static final String TABLE_ID = "competitor.forces.table";

    /** One line of the table: the force and its mean on the first line of the force, then one rating. */
    public record Line(String force, String mean, String record, String rating, String drivers) {
    }

    private Combo segment;
    private Label overall;
    private TableViewer table;
    private List<SegmentForces> forces = List.of();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Forces_segment);
        segment = Widgets.id(new Combo(bar, SWT.READ_ONLY), SEGMENT_ID);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(segment);
        segment.addListener(SWT.Selection, e -> show());
        overall = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(overall);
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        Widgets.id(table.getTable(), TABLE_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
        Widgets.column(table, Messages.Forces_force, 190, Line.class, Line::force);
        Widgets.column(table, Messages.Forces_mean, 70, Line.class, Line::mean);
        Widgets.column(table, Messages.Forces_by, 220, Line.class, Line::record);
        Widgets.column(table, Messages.Forces_rating, 60, Line.class, Line::rating);
        Widgets.column(table, Messages.Forces_drivers, 420, Line.class, Line::drivers);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Widgets.follow(table, this::refresh);
        refresh();
    }

    public void refresh() {
        String before = segment.getSelectionIndex() >= 0 ? segment.getItem(segment.getSelectionIndex()) : "";
        forces = CompetitorSession.get().analysis().forces();
        segment.setItems(forces.stream().map(SegmentForces::segment).toArray(String[]::new));
        int keep = forces.stream().map(SegmentForces::segment).toList().indexOf(before);
        segment.select(keep >= 0 ? keep : 0);
        show();
    }

    /** Shows a segment by name (tests); false when there is no such segment. */
    public boolean select(String name) {
        int i = forces.stream().map(SegmentForces::segment).toList().indexOf(name);
        if (i >= 0) {
            segment.select(i);
            show();
        }
        return i >= 0;
    }

    private void show() {
        Optional<SegmentForces> s = segment.getSelectionIndex() >= 0 && segment.getSelectionIndex() < forces.size()
                ? Optional.of(forces.get(segment.getSelectionIndex())) : Optional.empty();
        table.setInput(s.map(ForcesPart::lines).orElse(List.of()));
        overall.setText(s.map(f -> f.overall().isPresent()
                ? Messages.bind(Messages.Forces_overall, String.format(Locale.ROOT, "%.2f", f.overall().getAsDouble()),
                        f.overall().getAsDouble() >= Rules.UNATTRACTIVE ? Messages.Forces_unattractive : Messages.Forces_attractive)
                : "").orElse(Messages.Forces_none));
        overall.getParent().layout(true, true);
    }

    static List<Line> lines(SegmentForces s) {
        List<Line> out = new ArrayList<>();
        for (Force f : Force.values()) {
            List<SegmentForces.Rated> rated = s.ratings().stream().filter(r -> r.force() == f).toList();
            Double mean = s.means().get(f);
            String m = mean == null ? "—" : String.format(Locale.ROOT, "%.1f", mean);
            if (rated.isEmpty()) {
                out.add(new Line(Terms.name(f), m, "", "", Messages.Forces_notRated));
            }
            for (int i = 0; i < rated.size(); i++) {
                SegmentForces.Rated r = rated.get(i);
                out.add(new Line(i == 0 ? Terms.name(f) : "", i == 0 ? m : "", r.record(), Integer.toString(r.rating()), r.drivers()));
            }
        }
        return out;
    }
}
