package org.steward.text.coword;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an installed font family that can show Chinese labels: first the known CJK families (Noto Sans CJK from
 * Debian {@code fonts-noto-cjk}, Source Han Sans, WenQuanYi, Droid Sans Fallback, Microsoft YaHei, SimHei, PingFang),
 * then any other physical family whose font can display 管网溯源. Java's logical fonts are not used, since whether
 * they show CJK depends on the platform's font configuration.
 */
public final class MapFont {
    /** Preferred families, tried in order. */
    public static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "Noto Serif CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
            "Microsoft YaHei", "SimHei", "PingFang SC", "Noto Sans CJK TC", "Noto Sans CJK JP");

    private static final Set<String> LOGICAL = Set.of("Dialog", "DialogInput", "Monospaced", "Serif", "SansSerif");
    private static final String PROBE = "管网溯源园区";

    private MapFont() {
    }

    /** The family to draw Chinese with, or empty if none is installed. */
    public static Optional<String> find() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String f : PREFERRED) {
            if (installed.contains(f) && canShow(f)) {
                return Optional.of(f);
            }
        }
        return installed.stream().sorted().filter(f -> !LOGICAL.contains(f)).filter(MapFont::canShow).findFirst();
    }

    private static boolean canShow(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(PROBE) < 0;
    }
}
