package org.steward.data.ui.internal.store;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.steward.data.ui.internal.Messages;
import org.steward.store.StoreInfo;

/** The status-line text for a {@link StoreInfo}: mode, location, size and last backup. */
public final class StoreStatusFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private StoreStatusFormat() {
    }

    /** The full text (tool tip). */
    public static String text(StoreInfo info) {
        return text(info, info.location());
    }

    /** The status-line text: the location shortened to its last {@code max} characters. */
    public static String shortText(StoreInfo info, int max) {
        String location = info.location();
        return text(info, location.length() <= max ? location : "\u2026" + location.substring(location.length() - max));
    }

    private static String text(StoreInfo info, String location) {
        String backup = info.lastBackup().map(TIME::format).orElse(Messages.Status_neverBackedUp);
        return NLS.bind(Messages.Status_text, new Object[] {info.mode(), location, size(info.sizeBytes()), backup});
    }

    /** Bytes in B, KB, MB or GB (1024-based), one decimal above bytes. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
