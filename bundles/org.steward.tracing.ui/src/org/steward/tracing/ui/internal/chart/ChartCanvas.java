package org.steward.tracing.ui.internal.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.steward.tracing.ui.internal.live.Sample;

/**
 * Recent values of one sensor, one small panel per parameter stacked top to bottom, drawn with GC: value axis with
 * nice ticks, time axis shared by all panels, the line of readings, and shaded spans where alerts were open.
 */
public final class ChartCanvas extends Canvas {
    public static final String WIDGET_ID = "tracing.chart.canvas";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final Color LINE = new Color(30, 90, 170);
    private static final Color GRID = new Color(225, 225, 225);
    private static final Color FRAME = new Color(120, 120, 120);
    private static final Color ALARM = new Color(255, 215, 215);
    private static final Color TEXT = new Color(40, 40, 40);

    /** Series by parameter, and the time spans of alerts to shade. */
    public record Content(String title, Map<String, List<Sample>> series, List<Instant[]> alarms) {
    }

    private Content content = new Content("", Map.of(), List.of());
    private String empty = "";

    public ChartCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        setData("steward.widget", WIDGET_ID);
        addListener(SWT.Paint, this::paint);
    }

    public void setContent(Content c, String emptyText) {
        content = c;
        empty = emptyText;
        redraw();
    }

    public Content content() {
        return content;
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(TEXT);
        gc.drawString(content.title(), 8, 4, true);
        Map<String, List<Sample>> series = content.series();
        if (series.values().stream().allMatch(List::isEmpty)) {
            gc.drawString(empty, 8, 26, true);
            return;
        }
        Instant from = series.values().stream().filter(l -> !l.isEmpty()).map(l -> l.get(0).time()).min(Instant::compareTo).orElseThrow();
        Instant to = series.values().stream().filter(l -> !l.isEmpty()).map(l -> l.get(l.size() - 1).time()).max(Instant::compareTo).orElseThrow();
        if (!to.isAfter(from)) {
            to = from.plusSeconds(60);
        }
        int top = 24;
        int bottom = area.height - 20;
        int left = 60;
        int right = area.width - 12;
        int panels = series.size();
        int panelHeight = Math.max(30, (bottom - top) / Math.max(1, panels));
        int i = 0;
        gc.setAntialias(SWT.ON);
        for (Map.Entry<String, List<Sample>> s : series.entrySet()) {
            int y0 = top + i * panelHeight;
            panel(gc, s.getKey(), s.getValue(), new Rectangle(left, y0 + 4, Math.max(10, right - left), panelHeight - 14), from, to);
            i++;
        }
        gc.setForeground(TEXT);
        gc.drawString(CLOCK.format(from), left, bottom + 2, true);
        String end = CLOCK.format(to);
        Point size = gc.stringExtent(end);
        gc.drawString(end, right - size.x, bottom + 2, true);
    }

    private void panel(GC gc, String parameter, List<Sample> values, Rectangle r, Instant from, Instant to) {
        double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        gc.setBackground(ALARM);
        for (Instant[] a : content.alarms()) {
            int x0 = (int) Math.round(r.x + r.width * (Math.max(a[0].toEpochMilli(), from.toEpochMilli()) - from.toEpochMilli()) / span);
            int x1 = (int) Math.round(r.x + r.width * (Math.min(a[1].toEpochMilli(), to.toEpochMilli()) - from.toEpochMilli()) / span);
            if (x1 >= x0 && x1 >= r.x) {
                gc.fillRectangle(x0, r.y, Math.max(2, x1 - x0), r.height);
            }
        }
        double min = values.stream().mapToDouble(Sample::value).min().orElse(0);
        double max = values.stream().mapToDouble(Sample::value).max().orElse(1);
        double[] range = Ticks.padded(min, max, 4);
        double lo = range[0];
        double hi = range[1];
        gc.setForeground(GRID);
        gc.setLineWidth(1);
        for (double t : Ticks.of(lo, hi, 4)) {
            int y = (int) Math.round(r.y + r.height - r.height * (t - lo) / (hi - lo));
            gc.setForeground(GRID);
            gc.drawLine(r.x, y, r.x + r.width, y);
            gc.setForeground(TEXT);
            String label = Math.abs(t) >= 1000 || t == Math.rint(t) ? String.format(Locale.ROOT, "%.0f", t) : String.format(Locale.ROOT, "%.2g", t);
            Point size = gc.stringExtent(label);
            gc.drawString(label, r.x - size.x - 4, y - size.y / 2, true);
        }
        gc.setForeground(FRAME);
        gc.drawRectangle(r);
        gc.setForeground(TEXT);
        String unit = values.isEmpty() || values.get(values.size() - 1).unit().isEmpty() ? "" : " (" + values.get(values.size() - 1).unit() + ")";
        gc.drawString(parameter + unit, r.x + 6, r.y + 2, true);
        if (values.isEmpty()) {
            return;
        }
        int[] points = new int[values.size() * 2];
        for (int k = 0; k < values.size(); k++) {
            Sample s = values.get(k);
            points[2 * k] = (int) Math.round(r.x + r.width * (s.time().toEpochMilli() - from.toEpochMilli()) / span);
            points[2 * k + 1] = (int) Math.round(r.y + r.height - r.height * (s.value() - lo) / (hi - lo));
        }
        gc.setForeground(LINE);
        gc.setLineWidth(2);
        if (points.length == 2) {
            gc.drawOval(points[0] - 2, points[1] - 2, 4, 4);
        } else {
            gc.drawPolyline(points);
        }
        gc.setLineWidth(1);
    }
}
