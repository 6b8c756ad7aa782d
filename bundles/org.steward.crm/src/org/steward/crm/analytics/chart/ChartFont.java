package org.steward.crm.analytics.chart;

import java.awt.Font;
import java.io.File;
import java.util.Locale;

/**
 * A font that shows Chinese labels: Noto Sans CJK SC (Debian fonts-noto-cjk) or WenQuanYi from the system font folders,
 * else a logical font that can display Chinese, else SansSerif (labels may then show as boxes: {@link #canShowChinese()}).
 */
final class ChartFont {
    private static final String SAMPLE = "客户健康度漏斗";
    private static final String[] FILES = {
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    };
    private static volatile Font base;

    private ChartFont() {
    }

    static Font get(int style, float size) {
        Font b = base;
        if (b == null) {
            b = find();
            base = b;
        }
        return b.deriveFont(style, size);
    }

    static boolean canShowChinese() {
        return get(Font.PLAIN, 12).canDisplayUpTo(SAMPLE) < 0;
    }

    private static Font find() {
        for (String path : FILES) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            try {
                Font chosen = null;
                for (Font f : Font.createFonts(file)) {
                    if (chosen == null || f.getFamily(Locale.ROOT).endsWith(" SC")) {
                        chosen = f;
                        if (f.getFamily(Locale.ROOT).endsWith(" SC")) {
                            break;
                        }
                    }
                }
                if (chosen != null && chosen.canDisplayUpTo(SAMPLE) < 0) {
                    return chosen;
                }
            } catch (Exception | Error e) { // an unreadable font file: try the next one
                continue;
            }
        }
        for (String name : new String[] {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"}) {
            Font f = new Font(name, Font.PLAIN, 12);
            if (f.canDisplayUpTo(SAMPLE) < 0) {
                return f;
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
