package org.steward.partner.chart;

import java.awt.Font;
import java.io.File;
import java.util.Locale;

/**
 * The font for chart text: a CJK font from the system's font folders when one is installed (so Chinese vendor names
 * are drawn, not boxes), else the logical SansSerif font.
 */
final class Fonts {
    private static final String[] CANDIDATES = {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "C:/Windows/Fonts/msyh.ttc", "/System/Library/Fonts/PingFang.ttc"};
    private static volatile Font base;

    private Fonts() {
    }

    static Font get(float size) {
        Font f = base;
        if (f == null) {
            f = find();
            base = f;
        }
        return f.deriveFont(size);
    }

    private static Font find() {
        for (String path : CANDIDATES) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            try {
                Font[] fonts = Font.createFonts(file);
                for (Font font : fonts) {
                    if (font.getFamily(Locale.ROOT).contains(" SC") || fonts.length == 1) {
                        return font;
                    }
                }
                return fonts[0];
            } catch (Exception e) {
                // try the next candidate
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
