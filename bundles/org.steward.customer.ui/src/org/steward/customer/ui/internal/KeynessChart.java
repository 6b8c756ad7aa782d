package org.steward.customer.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.steward.text.Keyness;

/** Horizontal bars: the log-likelihood G² of the terms a group uses more than the others, with significance marks. */
final class KeynessChart {
    static final String CHART_ID = "customer.keyness";
    static final int BARS = 15;

    private final Canvas canvas;
    private String group = "";
    private List<Keyness.Score> scores = List.of();
    private String empty = Messages.NoSegments;

    KeynessChart(Composite parent) {
        canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setData("steward.widget", CHART_ID);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** Shows the overused terms of {@code all} (at most {@value #BARS}). */
    void show(String groupName, List<Keyness.Score> all) {
        group = groupName;
        scores = all.stream().filter(Keyness.Score::overused).limit(BARS).toList();
        canvas.redraw();
    }

    void clear() {
        scores = List.of();
        group = "";
        canvas.redraw();
    }

    List<Keyness.Score> shown() {
        return scores;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (scores.isEmpty()) {
            gc.drawText(empty, 10, 10, true);
            return;
        }
        Rectangle area = canvas.getClientArea();
        gc.drawText(NLS.bind(Messages.KeynessTitle, group), 10, 8, true);
        int labelWidth = 0;
        for (Keyness.Score s : scores) {
            labelWidth = Math.max(labelWidth, gc.textExtent(s.term()).x);
        }
        int left = 20 + labelWidth;
        int right = area.width - 140;
        int rowH = Math.max(18, Math.min(30, (area.height - 50) / BARS));
        double max = scores.stream().mapToDouble(Keyness.Score::logLikelihood).max().orElse(1);
        Color bar = new Color(31, 119, 180);
        Color faint = new Color(170, 200, 230);
        for (int i = 0; i < scores.size(); i++) {
            Keyness.Score s = scores.get(i);
            int y = 40 + i * rowH;
            Point ext = gc.textExtent(s.term());
            gc.drawText(s.term(), left - 8 - ext.x, y + (rowH - ext.y) / 2, true);
            int w = (int) Math.round(Math.max(0, right - left) * s.logLikelihood() / max);
            gc.setBackground(s.significance().isEmpty() ? faint : bar);
            gc.fillRectangle(left, y + 3, Math.max(1, w), rowH - 6);
            String value = String.format(Locale.ROOT, "%.2f %s (%d / %d)", s.logLikelihood(), s.significance(), s.target(), s.reference());
            gc.drawText(value, left + w + 6, y + (rowH - ext.y) / 2, true);
        }
        bar.dispose();
        faint.dispose();
    }
}
