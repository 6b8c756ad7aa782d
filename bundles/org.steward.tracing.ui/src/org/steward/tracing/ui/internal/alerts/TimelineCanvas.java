package org.steward.tracing.ui.internal.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.steward.tracing.ui.internal.live.Alert;

/**
 * Alerts over time: one bar per alert from the event's start to its end (open alerts up to their last issue time,
 * red), stacked so bars do not overlap; a click selects an alert.
 */
public final class TimelineCanvas extends Canvas {
    public static final String WIDGET_ID = "tracing.alerts.timeline";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final Color OPEN = new Color(220, 40, 40);
    private static final Color CLOSED = new Color(150, 150, 160);
    private static final Color SELECTED = new Color(0, 0, 0);
    private static final Color AXIS = new Color(90, 90, 90);
    private static final int ROW = 14;

    private List<Alert> alerts = List.of();
    private Optional<String> selected = Optional.empty();
    private Consumer<String> onSelect = id -> { };
    private String empty = "";
    private Rectangle[] bars = new Rectangle[0];

    public TimelineCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        setData("steward.widget", WIDGET_ID);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseUp, e -> {
            for (int i = 0; i < bars.length; i++) {
                if (bars[i] != null && bars[i].contains(e.x, e.y)) {
                    onSelect.accept(alerts.get(i).id());
                    return;
                }
            }
        });
    }

    public void setAlerts(List<Alert> list, Optional<String> selectedId, String emptyText) {
        alerts = List.copyOf(list);
        selected = selectedId;
        empty = emptyText;
        redraw();
    }

    public void onSelect(Consumer<String> listener) {
        onSelect = listener;
    }

    /** The bar of each alert as last drawn (null when not drawn), in the order given. */
    public List<Rectangle> bars() {
        return java.util.Arrays.asList(bars.clone());
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        bars = new Rectangle[alerts.size()];
        gc.setForeground(AXIS);
        if (alerts.isEmpty()) {
            gc.drawString(empty, 8, 8, true);
            return;
        }
        Instant from = alerts.stream().map(Alert::start).min(Instant::compareTo).orElseThrow();
        Instant to = alerts.stream().map(Alert::until).max(Instant::compareTo).orElseThrow();
        if (!to.isAfter(from)) {
            to = from.plusSeconds(60);
        }
        int left = 8;
        int right = area.width - 8;
        int axisY = area.height - 18;
        double span = to.toEpochMilli() - from.toEpochMilli();
        gc.drawLine(left, axisY, right, axisY);
        gc.drawString(CLOCK.format(from), left, axisY + 2, true);
        String end = CLOCK.format(to);
        Point size = gc.stringExtent(end);
        gc.drawString(end, right - size.x, axisY + 2, true);
        int rows = Math.max(1, (axisY - 6) / ROW);
        long[] rowEnds = new long[rows];
        java.util.Arrays.fill(rowEnds, Long.MIN_VALUE);
        for (int i = 0; i < alerts.size(); i++) {
            Alert a = alerts.get(i);
            int x0 = (int) Math.round(left + (right - left) * (a.start().toEpochMilli() - from.toEpochMilli()) / span);
            int x1 = Math.max(x0 + 4, (int) Math.round(left + (right - left) * (a.until().toEpochMilli() - from.toEpochMilli()) / span));
            int row = 0;
            while (row < rows - 1 && rowEnds[row] >= x0) {
                row++;
            }
            rowEnds[row] = x1 + 2;
            Rectangle bar = new Rectangle(x0, axisY - 6 - (row + 1) * ROW, x1 - x0, ROW - 3);
            bars[i] = bar;
            gc.setBackground(a.open() ? OPEN : CLOSED);
            gc.fillRectangle(bar);
            if (selected.isPresent() && selected.get().equals(a.id())) {
                gc.setForeground(SELECTED);
                gc.setLineWidth(2);
                gc.drawRectangle(bar);
                gc.setLineWidth(1);
            }
        }
    }
}
