package org.steward.competitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.steward.competitor.chart.ChartFont;
import org.steward.competitor.chart.HeatMap;
import org.steward.competitor.model.Activity;

/** The heat map is a real PNG of the documented size, with the expected colours where the cells are. */
class PictureTest {

    @Test
    void pngOfExpectedSizeWithCells() throws Exception {
        HeatMap map = new HeatMap(List.of(
                new HeatMap.Row("我方", true, Map.of(Activity.INBOUND_LOGISTICS, 5)),
                new HeatMap.Row("蓝澄环保管家服务有限公司", false, Map.of(Activity.INBOUND_LOGISTICS, 1, Activity.PROCUREMENT, 3)),
                new HeatMap.Row("乙", false, Map.of())), ChartFont.get());
        byte[] png = map.png();
        // PNG signature 89 50 4E 47 0D 0A 1A 0A (ISO/IEC 15948 §5.2)
        assertEquals(0x89, png[0] & 0xff);
        assertEquals('P', png[1]);
        assertEquals('N', png[2]);
        assertEquals('G', png[3]);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        // width 240 + 9 × 88 + 16 = 1048; height 96 + 3 × 34 + 56 = 254
        assertEquals(1048, img.getWidth());
        assertEquals(254, img.getHeight());
        int nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    nonWhite++;
                }
            }
        }
        // 27 cells of 86 × 32 px are filled: at least 27 × 2752 = 74 304 non-white pixels
        assertTrue(nonWhite > 74_304, "non-white pixels: " + nonWhite);
        // first cell of the first row (score 5) at (240 + 3, 96 + 3): the darkest blue #08306b
        assertEquals(0x08306b, img.getRGB(243, 99) & 0xffffff);
        // second row, first cell (score 1): the lightest blue #deebf7
        assertEquals(0xdeebf7, img.getRGB(243, 96 + 34 + 3) & 0xffffff);
        // third row, not scored: grey #e0e0e0
        assertEquals(0xe0e0e0, img.getRGB(243, 96 + 68 + 3) & 0xffffff);
    }

    @Test
    void chineseFontIsFoundHere() {
        // fonts-noto-cjk is installed on the build machines; elsewhere the fallback must say why
        ChartFont f = ChartFont.get();
        assertTrue(f.problem().isEmpty() || f.problem().get().contains("fonts-noto-cjk"), f.description());
        assertTrue(f.font(java.awt.Font.PLAIN, 14f).canDisplayUpTo("技术开发") < 0 || f.problem().isPresent(), f.description());
    }

    @Test
    void svgHasEveryCellAndEscapesNames() {
        String svg = new HeatMap(List.of(new HeatMap.Row("A&B <公司>", false, Map.of(Activity.SERVICE, 4))), ChartFont.get()).svg();
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1048\" height=\"186\""), svg.substring(0, 120));
        assertTrue(svg.contains("A&amp;B &lt;公司&gt;"));
        assertTrue(svg.contains(">技术开发</text>"));
    }
}
