package org.steward.competitor.chart;

import java.awt.Font;
import java.io.File;
import java.util.Optional;

/**
 * A font that can show Chinese labels: Noto Sans CJK SC from the system's font folder if present (Debian
 * fonts-noto-cjk), else a logical font that can display the sample, else SansSerif with a note saying labels may
 * show as boxes.
 */
public final class ChartFont {
    static final String SAMPLE = "价值链评分运营";
    private static final String[] FILES = {
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    };
    private static volatile ChartFont instance;

    private final Font base;
    private final String description;
    private final Optional<String> problem;

    private ChartFont(Font base, String description, Optional<String> problem) {
        this.base = base;
        this.description = description;
        this.problem = problem;
    }

    /** The font found on this machine (looked up once). */
    public static ChartFont get() {
        ChartFont f = instance;
        if (f == null) {
            synchronized (ChartFont.class) {
                if (instance == null) {
                    instance = find();
                }
                f = instance;
            }
        }
        return f;
    }

    private static ChartFont find() {
        for (String path : FILES) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            try {
                Font[] fonts = Font.createFonts(file);
                Font chosen = null;
                for (Font font : fonts) {
                    if (font.getFamily(java.util.Locale.ROOT).endsWith(" SC") || font.getFontName(java.util.Locale.ROOT).contains(" SC")) {
                        chosen = font;
                        break;
                    }
                }
                if (chosen == null && fonts.length > 0) {
                    chosen = fonts[0];
                }
                if (chosen != null && chosen.canDisplayUpTo(SAMPLE) < 0) {
                    return new ChartFont(chosen, chosen.getFontName(java.util.Locale.ROOT) + " (" + path + ")", Optional.empty());
                }
            } catch (Exception | Error e) { // a broken or unsupported font file: try the next one
                continue;
            }
        }
        for (String name : new String[] {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", Font.SANS_SERIF}) {
            Font f = new Font(name, Font.PLAIN, 12);
            if (f.canDisplayUpTo(SAMPLE) < 0) {
                return new ChartFont(f, f.getFontName(java.util.Locale.ROOT), Optional.empty());
            }
        }
        Font fallback = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        return new ChartFont(fallback, fallback.getFontName(java.util.Locale.ROOT),
                Optional.of("no font able to show Chinese was found (looked for Noto Sans CJK in /usr/share/fonts): Chinese labels "
                        + "may show as boxes; install fonts-noto-cjk"));
    }

    public Font font(int style, float size) {
        return base.deriveFont(style, size);
    }

    /** The font used, for result.json. */
    public String description() {
        return description;
    }

    /** Why labels may be unreadable, when no CJK font was found. */
    public Optional<String> problem() {
        return problem;
    }
}
