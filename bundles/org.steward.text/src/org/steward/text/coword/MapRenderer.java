package org.steward.text.coword;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

/**
 * Draws a term map as PNG (Java2D, headless) and SVG, VOSviewer style: a circle per term sized by √frequency,
 * coloured by cluster, the strongest links as grey lines, labels in a CJK font (largest terms first; a label that
 * would overlap one already drawn is left out of the PNG, never drawn on top). Without a CJK font, no labels are drawn
 * (never empty boxes) and {@link Rendered#labels()} is false.
 */
public final class MapRenderer {
    static final Color[] PALETTE = { new Color(0xE6, 0x19, 0x4B), new Color(0x3C, 0xB4, 0x4B), new Color(0x43, 0x63, 0xD8),
        new Color(0xF5, 0x82, 0x31), new Color(0x91, 0x1E, 0xB4), new Color(0x46, 0xA0, 0xA0), new Color(0xF0, 0x32, 0xE6),
        new Color(0x9A, 0x63, 0x24), new Color(0x80, 0x80, 0x00), new Color(0x00, 0x00, 0x75), new Color(0x80, 0x80, 0x80) };

    /** The pictures and whether labels could be drawn. */
    public record Rendered(byte[] png, byte[] svg, Optional<String> font, boolean labels, String note) {
    }

    private final int width;
    private final int height;
    private final int maxLinks;

    public MapRenderer(int width, int height, int maxLinks) {
        this.width = width;
        this.height = height;
        this.maxLinks = maxLinks;
    }

    public Rendered render(CowordMap map, String title) {
        Optional<String> family = MapFont.find();
        int n = map.terms().size();
        double[] px = new double[n];
        double[] py = new double[n];
        place(map, px, py);
        long maxW = 1;
        for (long w : map.weights()) {
            maxW = Math.max(maxW, w);
        }
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            radius[i] = 4 + 18 * Math.sqrt((double) map.weights()[i] / maxW);
        }
        List<int[]> links = strongestLinks(map.similarity());
        double maxS = links.isEmpty() ? 1 : map.similarity()[links.get(0)[0]][links.get(0)[1]];
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingLong((Integer i) -> map.weights()[i]).reversed()).toArray(Integer[]::new);

        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        StringBuilder svg = new StringBuilder(4096);
        String fontName = family.orElse("sans-serif");
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"").append(xml(fontName)).append(", 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            for (int[] l : links) {
                double s = map.similarity()[l[0]][l[1]] / maxS;
                float alpha = (float) (0.15 + 0.45 * s);
                g.setColor(new Color(0.5f, 0.5f, 0.5f, alpha));
                g.setStroke(new BasicStroke((float) (0.5 + 2.5 * s)));
                g.draw(new Line2D.Double(px[l[0]], py[l[0]], px[l[1]], py[l[1]]));
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#808080\" stroke-opacity=\"%.2f\" stroke-width=\"%.2f\"/>%n",
                        px[l[0]], py[l[0]], px[l[1]], py[l[1]], alpha, 0.5 + 2.5 * s));
            }
            for (int i : order) {
                Color c = color(map.clusters()[i]);
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 190));
                g.fill(new Ellipse2D.Double(px[i] - radius[i], py[i] - radius[i], 2 * radius[i], 2 * radius[i]));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.75\"><title>%s</title></circle>%n",
                        px[i], py[i], radius[i], hex(c), xml(map.terms().get(i))));
            }
            if (family.isPresent()) {
                List<Rectangle2D> used = new ArrayList<>();
                for (int i : order) {
                    int size = (int) Math.round(12 + 10 * Math.sqrt((double) map.weights()[i] / maxW));
                    Font f = new Font(family.get(), Font.PLAIN, size);
                    g.setFont(f);
                    FontMetrics fm = g.getFontMetrics();
                    String label = map.terms().get(i);
                    double w = fm.stringWidth(label);
                    double x = px[i] - w / 2;
                    double y = py[i] + radius[i] + fm.getAscent();
                    Rectangle2D box = new Rectangle2D.Double(x - 1, y - fm.getAscent(), w + 2, fm.getHeight());
                    if (used.stream().anyMatch(box::intersects)) {
                        continue;
                    }
                    used.add(box);
                    g.setColor(color(map.clusters()[i]).darker());
                    g.drawString(label, (float) x, (float) y);
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>%n",
                            px[i], y, size, hex(color(map.clusters()[i]).darker()), xml(label)));
                }
                g.setColor(Color.DARK_GRAY);
                g.setFont(new Font(family.get(), Font.BOLD, 20));
                g.drawString(title, 20, 32);
                svg.append("<text x=\"20\" y=\"32\" font-size=\"20\" font-weight=\"bold\" fill=\"#404040\">").append(xml(title)).append("</text>\n");
            }
        } finally {
            g.dispose();
        }
        svg.append("</svg>\n");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String note = family.isPresent() ? "" : org.steward.text.internal.Messages.get("font.none", String.join(", ", MapFont.PREFERRED));
        return new Rendered(png.toByteArray(), svg.toString().getBytes(StandardCharsets.UTF_8), family, family.isPresent(), note);
    }

    private void place(CowordMap map, double[] px, double[] py) {
        int n = map.terms().size();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : map.xy()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double margin = 80;
        double sx = maxX > minX ? (width - 2 * margin) / (maxX - minX) : 1;
        double sy = maxY > minY ? (height - 2 * margin - 30) / (maxY - minY) : 1;
        double s = Math.min(sx, sy);
        double ox = (width - s * (maxX - minX)) / 2;
        double oy = (height + 30 - s * (maxY - minY)) / 2;
        for (int i = 0; i < n; i++) {
            px[i] = n == 1 ? width / 2.0 : ox + s * (map.xy()[i][0] - minX);
            py[i] = n == 1 ? height / 2.0 : oy + s * (map.xy()[i][1] - minY);
        }
    }

    private List<int[]> strongestLinks(double[][] s) {
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                if (s[i][j] > 0) {
                    all.add(new int[] { i, j });
                }
            }
        }
        all.sort(Comparator.comparingDouble((int[] l) -> s[l[0]][l[1]]).reversed());
        return all.size() > maxLinks ? all.subList(0, maxLinks) : all;
    }

    static Color color(int cluster) {
        return PALETTE[Math.min(cluster, PALETTE.length - 1)];
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
