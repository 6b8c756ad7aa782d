package org.steward.tracing.ui.internal.alerts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.steward.tracing.ui.internal.Messages;
import org.steward.tracing.ui.internal.TracingSession;
import org.steward.tracing.ui.internal.live.Alert;

/**
 * The event timeline (alerts over time) above the list of alerts, newest first, and the ranked candidates of the
 * selected alert. Selecting an alert shows its candidates on the map.
 */
public class AlertsPart {
    public static final String ID = "org.steward.tracing.ui.views.alerts";
    public static final String TABLE_ID = "tracing.alerts.table";
    public static final String CANDIDATES_ID = "tracing.alerts.candidates";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final TracingSession session = TracingSession.get();
    private final Runnable listener = this::refresh;
    private TimelineCanvas timeline;
    private Table table;
    private Table candidates;
    private long seen = -1;
    private List<Alert> rows = List.of();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        timeline = new TimelineCanvas(sash);
        timeline.setData(AlertsPart.class.getName(), this);
        timeline.onSelect(id -> session.selectAlert(Optional.of(id)));
        SashForm lower = new SashForm(sash, SWT.HORIZONTAL);
        table = new Table(lower, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData("steward.widget", TABLE_ID);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : List.of(Messages.Alerts_start, Messages.Alerts_state, Messages.Alerts_sensors, Messages.Alerts_top,
                Messages.Alerts_confidence, Messages.Alerts_id)) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < rows.size()) {
                session.selectAlert(Optional.of(rows.get(i).id()));
            }
        });
        candidates = new Table(lower, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        candidates.setData("steward.widget", CANDIDATES_ID);
        candidates.setHeaderVisible(true);
        candidates.setLinesVisible(true);
        for (String title : List.of(Messages.Cand_rank, Messages.Cand_node, Messages.Cand_score, Messages.Cand_enterprises)) {
            new TableColumn(candidates, SWT.NONE).setText(title);
        }
        lower.setWeights(62, 38);
        sash.setWeights(35, 65);
        session.addListener(listener);
        refresh();
        parent.getDisplay().timerExec(500, this::tick);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void tick() {
        if (table.isDisposed()) {
            return;
        }
        if (session.live().alertMessages() != seen) {
            refresh(); // readings do not change this view
        }
        table.getDisplay().timerExec(500, this::tick);
    }

    public TimelineCanvas timeline() {
        return timeline;
    }

    /** The alerts listed, newest first. */
    public List<Alert> rows() {
        return rows;
    }

    /** Selects an alert as a click in the list or the timeline does. */
    public void select(String id) {
        session.selectAlert(Optional.of(id));
    }

    /** Rebuilds the timeline and tables from the live state. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        seen = session.live().alertMessages();
        List<Alert> all = session.live().alerts();
        Optional<String> selected = session.selectedAlert();
        timeline.setAlerts(all, selected, Messages.Timeline_empty);
        List<Alert> newest = new ArrayList<>(all);
        Collections.reverse(newest);
        rows = List.copyOf(newest);
        table.setRedraw(false);
        table.removeAll();
        for (Alert a : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {TIME.format(a.start()), a.open() ? Messages.Alerts_open : Messages.Alerts_final,
                    String.join(", ", a.sensors().stream().map(Alert.FiredSensor::sensor).toList()),
                    a.candidates().isEmpty() ? "—" : a.candidates().get(0).node(),
                    String.format(Locale.ROOT, "%.2f", a.confidence()), a.id()});
            if (a.open()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            if (selected.isPresent() && selected.get().equals(a.id())) {
                table.setSelection(item);
            }
        }
        pack(table);
        table.setRedraw(true);
        candidates.setRedraw(false);
        candidates.removeAll();
        selected.flatMap(session.live()::alert).ifPresent(a -> {
            int rank = 0;
            for (Alert.Candidate c : a.candidates()) {
                rank++;
                new TableItem(candidates, SWT.NONE).setText(new String[] {Integer.toString(rank), c.node(),
                        String.format(Locale.ROOT, "%.3f", c.score()), String.join(", ", c.enterprises())});
            }
        });
        pack(candidates);
        candidates.setRedraw(true);
    }

    private static void pack(Table t) {
        for (TableColumn c : t.getColumns()) {
            c.pack();
        }
    }

    static <T> String join(List<T> items, Function<T, String> text) {
        return String.join(", ", items.stream().map(text).toList());
    }
}
