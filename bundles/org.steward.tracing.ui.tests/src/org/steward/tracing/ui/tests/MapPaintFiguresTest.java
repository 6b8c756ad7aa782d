package org.steward.tracing.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.NetworkGenerator;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.ui.internal.map.Colours;
import org.steward.tracing.ui.internal.map.MapData;
import org.steward.tracing.ui.internal.map.MapPainter;
import org.steward.tracing.ui.internal.map.Overlay;
import org.steward.tracing.ui.internal.map.ViewTransform;
import org.steward.workbench.testing.Ui;

/**
 * Measures (does not judge) how long one map frame takes on generated networks of 100, 1,000 and 10,000 nodes
 * (NetworkGenerator, seed 42), painted into a 1200×800 image on the test's display, whole network and zoomed ×8,
 * in thread CPU time.
 * Baseline in the same run: the same links as bare {@code drawLine} calls from precomputed pixels. Figures go to
 * {@code target/paint-figures.txt}; the assertions only check that every node was drawn.
 */
class MapPaintFiguresTest {
    private static final int W = 1200;
    private static final int H = 800;
    private static final int WARM = 5;
    private static final int RUNS = 15;

    @Test
    void paintTimesOnGeneratedNetworks() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Map paint, median thread CPU time of %d frames after %d warm-up, %dx%d image (ms)%n", RUNS, WARM, W, H));
        out.append(String.format(Locale.ROOT, "%8s %8s %12s %12s %12s %8s%n", "nodes", "links", "whole", "zoom x8", "baseline", "ratio"));
        for (int n : new int[] {100, 1_000, 10_000}) {
            SewerNetwork network = InpReader.parse("generated-" + n + ".inp", NetworkGenerator.generate(n, 42, 0), DirectionPolicy.DECLARED);
            MapData data = new MapData(network, Attachments.none(), Optional.empty());
            double[] r = Ui.sync(() -> measure(data));
            out.append(String.format(Locale.ROOT, "%8d %8d %12.2f %12.2f %12.2f %8.1f%n", n, network.linkCount(), r[0], r[1], r[2], r[0] / r[2]));
            assertEquals(n, (int) r[3], "every node is drawn when the whole network is shown");
        }
        Path file = Path.of(System.getProperty("steward.screenshots", "target/screenshots")).resolveSibling("paint-figures.txt");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        assertTrue(Files.size(file) > 0);
    }

    private static double[] measure(MapData data) {
        Image image = new Image(Ui.display(), W, H);
        GC gc = new GC(image);
        try {
            Rectangle area = new Rectangle(0, 0, W, H);
            MapPainter painter = new MapPainter(new Colours());
            Overlay overlay = new Overlay();
            ViewTransform fit = ViewTransform.fit(data.bounds(), W, H, 24);
            ViewTransform zoom = fit.zoomAt(8, W / 2.0, H / 2.0);
            int[] drawn = new int[1];
            double whole = median(() -> drawn[0] = painter.paint(gc, data, fit, overlay, area).nodesDrawn());
            double zoomed = median(() -> painter.paint(gc, data, zoom, overlay, area));
            int links = data.network().linkCount();
            int[] xy = new int[4 * links];
            for (int l = 0; l < links; l++) {
                int a = data.network().from(l);
                int b = data.network().to(l);
                xy[4 * l] = (int) fit.screenX(data.x(a));
                xy[4 * l + 1] = (int) fit.screenY(data.y(a));
                xy[4 * l + 2] = (int) fit.screenX(data.x(b));
                xy[4 * l + 3] = (int) fit.screenY(data.y(b));
            }
            double baseline = median(() -> {
                gc.fillRectangle(area);
                for (int l = 0; l < links; l++) {
                    gc.drawLine(xy[4 * l], xy[4 * l + 1], xy[4 * l + 2], xy[4 * l + 3]);
                }
            });
            return new double[] {whole, zoomed, baseline, drawn[0]};
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static double median(Runnable frame) {
        for (int i = 0; i < WARM; i++) {
            frame.run();
        }
        // thread CPU time: an image is rendered by cairo in this thread, and the shared build machine's load
        // stretches wall-clock times several-fold
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = cpu.getCurrentThreadCpuTime();
            frame.run();
            ms[i] = (cpu.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
