package org.steward.crm.analytics.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

/**
 * A horizontal bar chart: one row per bar (label left, bar, value text right of the bar), a title on top. Width
 * {@value #WIDTH}; height {@code TOP + rows × ROW + BOTTOM}.
 */
public final class BarChart {
    public static final int WIDTH = 760;
    static final int LABEL_W = 220;
    static final int VALUE_W = 150;
    static final int ROW = 30;
    static final int TOP = 54;
    static final int BOTTOM = 20;

    /** One bar; {@code color} as 0xRRGGBB. */
    public record Bar(String label, double value, String valueText, int color) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(valueText, "valueText");
        }
    }

    private final String title;
    private final List<Bar> bars;

    public BarChart(String title, List<Bar> bars) {
        this.title = title;
        this.bars = List.copyOf(bars);
    }

    public int height() {
        return TOP + Math.max(1, bars.size()) * ROW + BOTTOM;
    }

    public BufferedImage image() {
        BufferedImage img = new BufferedImage(WIDTH, height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height());
            g.setColor(new Color(0x222222));
            g.setFont(ChartFont.get(Font.BOLD, 17f));
            g.drawString(title, 14, 32);
            double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
            int barSpace = WIDTH - LABEL_W - VALUE_W - 20;
            g.setFont(ChartFont.get(Font.PLAIN, 14f));
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < bars.size(); i++) {
                Bar b = bars.get(i);
                int y = TOP + i * ROW;
                String label = fit(b.label(), fm, LABEL_W - 20);
                g.setColor(new Color(0x333333));
                g.drawString(label, LABEL_W - 10 - fm.stringWidth(label), y + ROW / 2 + fm.getAscent() / 2 - 2);
                int w = max <= 0 ? 0 : (int) Math.round(barSpace * Math.max(0, b.value()) / max);
                g.setColor(new Color(b.color()));
                g.fillRect(LABEL_W, y + 5, Math.max(w, b.value() > 0 ? 2 : 0), ROW - 10);
                g.setColor(new Color(0x333333));
                g.drawString(b.valueText(), LABEL_W + w + 8, y + ROW / 2 + fm.getAscent() / 2 - 2);
            }
            g.setColor(new Color(0x999999));
            g.drawLine(LABEL_W, TOP, LABEL_W, TOP + Math.max(1, bars.size()) * ROW);
        } finally {
            g.dispose();
        }
        return img;
    }

    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
