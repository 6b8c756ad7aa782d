package org.steward.competitor.chart;

import java.awt.BasicStroke;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.steward.competitor.model.Activity;

/**
 * A heat map of value-chain scores: one row per record ("us" first), one column per activity (five primary, four
 * support), a cell's shade and number its 1–5 score, grey "—" when not scored. The size is fixed by the number of
 * rows: width {@value #WIDTH}, height {@code TOP + rows × CELL_H + BOTTOM}.
 */
public final class HeatMap {
    public static final int LABEL_W = 240;
    public static final int CELL_W = 88;
    public static final int CELL_H = 34;
    public static final int TOP = 96;
    public static final int BOTTOM = 56;
    public static final int RIGHT = 16;
    public static final int WIDTH = LABEL_W + 9 * CELL_W + RIGHT;
    public static final Color BACKGROUND = Color.WHITE;
    private static final Color LIGHT = new Color(0xdeebf7);
    private static final Color DARK = new Color(0x08306b);
    private static final Color MISSING = new Color(0xe0e0e0);

    /** One row: its label, whether it is us, and its scores. */
    public record Row(String label, boolean us, Map<Activity, Integer> scores) {
        public Row {
            Objects.requireNonNull(label, "label");
            scores = Map.copyOf(scores);
        }
    }

    private final List<Row> rows;
    private final ChartFont font;

    public HeatMap(List<Row> rows, ChartFont font) {
        this.rows = List.copyOf(rows);
        this.font = font;
    }

    public int height() {
        return TOP + rows.size() * CELL_H + BOTTOM;
    }

    /** The shade of a score: linear from light (1) to dark blue (5). */
    public static Color shade(int score) {
        double t = (score - 1) / 4.0;
        return new Color((int) Math.round(LIGHT.getRed() + t * (DARK.getRed() - LIGHT.getRed())),
                (int) Math.round(LIGHT.getGreen() + t * (DARK.getGreen() - LIGHT.getGreen())),
                (int) Math.round(LIGHT.getBlue() + t * (DARK.getBlue() - LIGHT.getBlue())));
    }

    private static String title() {
        return "竞争对手价值链评分  Value-chain scores (1 weak – 5 strong)";
    }

    public BufferedImage image() {
        BufferedImage img = new BufferedImage(WIDTH, height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, height());
            g.setColor(Color.BLACK);
            g.setFont(font.font(Font.BOLD, 17f));
            g.drawString(title(), 12, 26);
            // group bands
            Font band = font.font(Font.PLAIN, 13f);
            g.setFont(band);
            g.setColor(new Color(0xf0f0f0));
            g.fillRect(LABEL_W, 34, 5 * CELL_W - 2, 21);
            g.fillRect(LABEL_W + 5 * CELL_W, 34, 4 * CELL_W - 2, 21);
            g.setColor(Color.DARK_GRAY);
            centre(g, "基本活动 Primary", LABEL_W, 5 * CELL_W, 49);
            centre(g, "辅助活动 Support", LABEL_W + 5 * CELL_W, 4 * CELL_W, 49);
            g.setFont(font.font(Font.BOLD, 14f));
            g.setColor(Color.BLACK);
            Activity[] acts = Activity.values();
            for (int j = 0; j < acts.length; j++) {
                String name = acts[j].chinese();
                if (g.getFontMetrics().stringWidth(name) <= CELL_W - 6) {
                    centre(g, name, LABEL_W + j * CELL_W, CELL_W, 82);
                } else { // two lines: 企业基础 / 设施, 人力资源 / 管理
                    centre(g, fit(g, head(name), CELL_W - 4), LABEL_W + j * CELL_W, CELL_W, 72);
                    centre(g, fit(g, tail(name), CELL_W - 4), LABEL_W + j * CELL_W, CELL_W, 89);
                }
            }
            Font label = font.font(Font.PLAIN, 14f);
            Font labelUs = font.font(Font.BOLD, 14f);
            Font number = font.font(Font.BOLD, 15f);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                int y = TOP + i * CELL_H;
                g.setFont(r.us() ? labelUs : label);
                g.setColor(Color.BLACK);
                String text = r.us() ? "★ " + r.label() : r.label();
                g.drawString(fit(g, text, LABEL_W - 16), 10, y + CELL_H / 2 + 5);
                for (int j = 0; j < acts.length; j++) {
                    int x = LABEL_W + j * CELL_W;
                    Integer s = r.scores().get(acts[j]);
                    g.setColor(s == null ? MISSING : shade(s));
                    g.fillRect(x, y, CELL_W - 2, CELL_H - 2);
                    g.setFont(number);
                    g.setColor(s != null && s >= 4 ? Color.WHITE : Color.BLACK);
                    centre(g, s == null ? "—" : Integer.toString(s), x, CELL_W - 2, y + CELL_H / 2 + 5);
                }
                if (r.us()) {
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(2f));
                    g.drawLine(8, y + CELL_H - 1, WIDTH - RIGHT, y + CELL_H - 1);
                }
            }
            // legend
            int ly = TOP + rows.size() * CELL_H + 18;
            g.setFont(label);
            g.setColor(Color.BLACK);
            g.drawString("评分 Score:", 10, ly + 14);
            for (int s = 1; s <= 5; s++) {
                int x = 110 + (s - 1) * 40;
                g.setColor(shade(s));
                g.fillRect(x, ly, 34, 20);
                g.setColor(s >= 4 ? Color.WHITE : Color.BLACK);
                centre(g, Integer.toString(s), x, 34, ly + 15);
            }
            g.setColor(MISSING);
            g.fillRect(320, ly, 34, 20);
            g.setColor(Color.BLACK);
            centre(g, "—", 320, 34, ly + 15);
            g.drawString("未评分 not scored    ★ 我方 us", 362, ly + 15);
            font.problem().ifPresent(p -> {
                g.setColor(Color.RED);
                g.setFont(font.font(Font.PLAIN, 11f));
                g.drawString(p, 10, height() - 4);
            });
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

    /** The same picture as SVG; viewers choose a CJK font from the family list. */
    public String svg() {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height())
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height()).append("\" font-family=\"")
                .append("'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(b, 12, 26, 17, "bold", "start", "#000000", title());
        rect(b, LABEL_W, 34, 5 * CELL_W - 2, 21, "#f0f0f0");
        rect(b, LABEL_W + 5 * CELL_W, 34, 4 * CELL_W - 2, 21, "#f0f0f0");
        text(b, LABEL_W + 5 * CELL_W / 2, 49, 13, "normal", "middle", "#404040", "基本活动 Primary");
        text(b, LABEL_W + 5 * CELL_W + 2 * CELL_W, 49, 13, "normal", "middle", "#404040", "辅助活动 Support");
        Activity[] acts = Activity.values();
        for (int j = 0; j < acts.length; j++) {
            String name = acts[j].chinese();
            int x = LABEL_W + j * CELL_W + CELL_W / 2;
            if (name.length() <= 5) {
                text(b, x, 82, 14, "bold", "middle", "#000000", name);
            } else {
                text(b, x, 72, 14, "bold", "middle", "#000000", head(name));
                text(b, x, 89, 14, "bold", "middle", "#000000", tail(name));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = TOP + i * CELL_H;
            text(b, 10, y + CELL_H / 2 + 5, 14, r.us() ? "bold" : "normal", "start", "#000000", r.us() ? "★ " + r.label() : r.label());
            for (int j = 0; j < acts.length; j++) {
                int x = LABEL_W + j * CELL_W;
                Integer s = r.scores().get(acts[j]);
                rect(b, x, y, CELL_W - 2, CELL_H - 2, s == null ? hex(MISSING) : hex(shade(s)));
                text(b, x + (CELL_W - 2) / 2, y + CELL_H / 2 + 5, 15, "bold", "middle", s != null && s >= 4 ? "#ffffff" : "#000000",
                        s == null ? "—" : Integer.toString(s));
            }
        }
        int ly = TOP + rows.size() * CELL_H + 18;
        text(b, 10, ly + 14, 14, "normal", "start", "#000000", "评分 Score:");
        for (int s = 1; s <= 5; s++) {
            int x = 110 + (s - 1) * 40;
            rect(b, x, ly, 34, 20, hex(shade(s)));
            text(b, x + 17, ly + 15, 14, "normal", "middle", s >= 4 ? "#ffffff" : "#000000", Integer.toString(s));
        }
        rect(b, 320, ly, 34, 20, hex(MISSING));
        text(b, 337, ly + 15, 14, "normal", "middle", "#000000", "—");
        text(b, 362, ly + 15, 14, "normal", "start", "#000000", "未评分 not scored    ★ 我方 us");
        return b.append("</svg>\n").toString();
    }

    /** First line of a two-line header: the first four characters. */
    private static String head(String s) {
        return s.substring(0, Math.min(4, s.length()));
    }

    private static String tail(String s) {
        return s.length() > 4 ? s.substring(4) : "";
    }

    private static void rect(StringBuilder b, int x, int y, int w, int h, String fill) {
        b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" fill=\"").append(fill).append("\"/>\n");
    }

    private static void text(StringBuilder b, int x, int y, int size, String weight, String anchor, String fill, String s) {
        b.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size).append("\" font-weight=\"")
                .append(weight).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append("\">")
                .append(xml(s)).append("</text>\n");
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static void centre(Graphics2D g, String s, int x, int w, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x + (w - fm.stringWidth(s)) / 2, baseline);
    }

    /** The text, cut with "…" so that it fits {@code width} pixels. */
    private static String fit(Graphics2D g, String s, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
