package org.steward.partner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Horizontal bar chart, one row per category and one bar per series in each row (grouped), drawn with Java2D and
 * encoded as PNG. A {@code NaN} value draws no bar but the text given for missing values.
 *
 * @param title    chart title
 * @param axis     label of the value axis
 * @param rows     category names, top to bottom
 * @param series   series names (legend), empty names for a single unnamed series
 * @param values   values[series][row]
 * @param missing  text drawn where a value is NaN
 */
public record BarChart(String title, String axis, List<String> rows, List<String> series, double[][] values, String missing) {

    public BarChart {
        rows = List.copyOf(rows);
        series = List.copyOf(series);
        if (values.length != series.size()) {
            throw new IllegalArgumentException(values.length + " value rows for " + series.size() + " series");
        }
        for (double[] v : values) {
            if (v.length != rows.size()) {
                throw new IllegalArgumentException(v.length + " values for " + rows.size() + " rows");
            }
        }
    }

    /** A single-series chart. */
    public static BarChart of(String title, String axis, List<String> rows, double[] values) {
        return new BarChart(title, axis, rows, List.of(""), new double[][] {values}, "");
    }

    /** The chart as a PNG of the given width; the height follows from the number of rows. */
    public byte[] png(int width) {
        int s = series.size();
        int rowHeight = Math.max(22, 14 * s + 8);
        int legend = s > 1 || !series.get(0).isEmpty() ? 24 : 0;
        int height = 40 + legend + rowHeight * rows.size() + 44;
        return Png.draw(width, height, g -> paint(g, width, height, rowHeight, legend));
    }

    private void paint(Graphics2D g, int width, int height, int rowHeight, int legend) {
        g.setFont(Fonts.get(15f));
        g.setColor(Color.BLACK);
        g.drawString(title, 10, 24);
        g.setFont(Fonts.get(12f));
        FontMetrics fm = g.getFontMetrics();
        int labelWidth = 0;
        for (String r : rows) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(r));
        }
        int left = Math.min(width / 2, labelWidth + 16);
        int right = width - 70;
        int top = 40 + legend;
        int bottom = top + rowHeight * rows.size();
        double max = 0;
        for (double[] v : values) {
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    max = Math.max(max, x);
                }
            }
        }
        double step = Png.step(max > 0 ? max : 1, 5);
        double axisMax = Math.ceil((max > 0 ? max : 1) / step) * step;
        // grid and ticks
        for (double t = 0; t <= axisMax + step / 2; t += step) {
            int x = left + (int) Math.round((right - left) * t / axisMax);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, top, x, bottom);
            g.setColor(Color.DARK_GRAY);
            String lbl = Png.label(t, step);
            g.drawString(lbl, x - fm.stringWidth(lbl) / 2, bottom + 16);
        }
        g.drawString(axis, left + (right - left - fm.stringWidth(axis)) / 2, bottom + 34);
        // legend
        if (legend > 0) {
            int x = left;
            for (int k = 0; k < series.size(); k++) {
                g.setColor(Png.PALETTE[k % Png.PALETTE.length]);
                g.fillRect(x, 40, 12, 12);
                g.setColor(Color.BLACK);
                g.drawString(series.get(k), x + 16, 51);
                x += 28 + fm.stringWidth(series.get(k));
            }
        }
        int barHeight = (rowHeight - 8) / series.size();
        for (int i = 0; i < rows.size(); i++) {
            int y0 = top + i * rowHeight + 4;
            g.setColor(Color.BLACK);
            g.drawString(rows.get(i), left - 8 - fm.stringWidth(rows.get(i)), y0 + (rowHeight - 8) / 2 + fm.getAscent() / 2 - 1);
            for (int k = 0; k < series.size(); k++) {
                double v = values[k][i];
                int y = y0 + k * barHeight;
                if (Double.isNaN(v)) {
                    g.setColor(Color.GRAY);
                    g.drawString(missing, left + 4, y + barHeight - 3);
                    continue;
                }
                int w = (int) Math.round((right - left) * v / axisMax);
                g.setColor(Png.PALETTE[k % Png.PALETTE.length]);
                g.fillRect(left, y, Math.max(w, 1), barHeight - 2);
                g.setColor(Color.BLACK);
                g.drawString(Png.label(v, Math.max(step / 100, 0.001)), left + w + 4, y + barHeight - 3);
            }
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, right, bottom);
    }
}
