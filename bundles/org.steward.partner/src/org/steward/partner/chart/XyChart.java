package org.steward.partner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Line or scatter chart of several series on common axes, drawn with Java2D and encoded as PNG; optionally with the
 * 1:1 diagonal (sensor against reference) and a horizontal band (e.g. ± a drift limit).
 *
 * @param title    chart title
 * @param xAxis    x axis label
 * @param yAxis    y axis label
 * @param series   the series
 * @param diagonal whether to draw y = x
 */
public record XyChart(String title, String xAxis, String yAxis, List<Series> series, boolean diagonal) {

    /** One series: name, points, and whether they are joined by lines (else drawn as dots). */
    public record Series(String name, double[] x, double[] y, boolean lines) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    public XyChart {
        series = List.copyOf(series);
    }

    public byte[] png(int width, int height) {
        return Png.draw(width, height, g -> paint(g, width, height));
    }

    private void paint(Graphics2D g, int width, int height) {
        g.setFont(Fonts.get(15f));
        g.setColor(Color.BLACK);
        g.drawString(title, 10, 24);
        g.setFont(Fonts.get(12f));
        FontMetrics fm = g.getFontMetrics();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    xMin = Math.min(xMin, s.x()[i]);
                    xMax = Math.max(xMax, s.x()[i]);
                    yMin = Math.min(yMin, s.y()[i]);
                    yMax = Math.max(yMax, s.y()[i]);
                }
            }
        }
        if (xMin > xMax) {
            xMin = 0;
            xMax = 1;
            yMin = 0;
            yMax = 1;
        }
        if (diagonal) {
            xMin = yMin = Math.min(xMin, yMin);
            xMax = yMax = Math.max(xMax, yMax);
        }
        if (yMin > 0 && yMin < (yMax - yMin)) {
            yMin = 0;
        }
        double xs = Png.step(xMax - xMin > 0 ? xMax - xMin : 1, 6);
        double ys = Png.step(yMax - yMin > 0 ? yMax - yMin : 1, 5);
        double x0 = Math.floor(xMin / xs) * xs;
        double x1 = Math.max(Math.ceil(xMax / xs) * xs, x0 + xs);
        double y0 = Math.floor(yMin / ys) * ys;
        double y1 = Math.max(Math.ceil(yMax / ys) * ys, y0 + ys);
        int left = 64;
        int right = width - 20;
        int top = 56;
        int bottom = height - 50;
        java.util.function.DoubleUnaryOperator px = v -> left + (right - left) * (v - x0) / (x1 - x0);
        java.util.function.DoubleUnaryOperator py = v -> bottom - (bottom - top) * (v - y0) / (y1 - y0);
        for (double t = x0; t <= x1 + xs / 2; t += xs) {
            int x = (int) px.applyAsDouble(t);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, top, x, bottom);
            g.setColor(Color.DARK_GRAY);
            String l = Png.label(t, xs);
            g.drawString(l, x - fm.stringWidth(l) / 2, bottom + 16);
        }
        for (double t = y0; t <= y1 + ys / 2; t += ys) {
            int y = (int) py.applyAsDouble(t);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, right, y);
            g.setColor(Color.DARK_GRAY);
            String l = Png.label(t, ys);
            g.drawString(l, left - 6 - fm.stringWidth(l), y + 4);
        }
        g.drawString(xAxis, left + (right - left - fm.stringWidth(xAxis)) / 2, bottom + 36);
        g.drawString(yAxis, 10, top - 8);
        if (diagonal) {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            g.drawLine((int) px.applyAsDouble(x0), (int) py.applyAsDouble(x0), (int) px.applyAsDouble(Math.min(x1, y1)),
                    (int) py.applyAsDouble(Math.min(x1, y1)));
        }
        int lx = left + 120;
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            Color c = Png.PALETTE[k % Png.PALETTE.length];
            g.setColor(c);
            g.setStroke(new BasicStroke(1.6f));
            int px0 = -1;
            int py0 = -1;
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                    px0 = -1;
                    continue;
                }
                int xx = (int) Math.round(px.applyAsDouble(s.x()[i]));
                int yy = (int) Math.round(py.applyAsDouble(s.y()[i]));
                if (s.lines() && px0 >= 0) {
                    g.drawLine(px0, py0, xx, yy);
                }
                if (!s.lines() || s.x().length < 60) {
                    g.fillOval(xx - 3, yy - 3, 6, 6);
                }
                px0 = xx;
                py0 = yy;
            }
            g.fillRect(lx, 34, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), lx + 16, 45);
            lx += 32 + fm.stringWidth(s.name());
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, right, bottom);
    }
}
