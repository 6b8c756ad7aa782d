package org.steward.crm.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline Markdown helpers: bold markers, {@code **key**: value} lines, list items, status emoji. */
public final class Inline {
    private static final Pattern BOLD_KEY = Pattern.compile("^\\s*(?:[-*]\\s+)?(?:\\S+\\s+)??\\*\\*(.+?)\\*\\*\\s*[:：]\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+\\.)\\s+(.*)$");

    private Inline() {
    }

    /** Removes bold markers and surrounding spaces. */
    public static String plain(String text) {
        return text.replace("**", "").strip();
    }

    /** {@code **客户编号**: C001} or {@code - **核心痛点**: 生产数据分散} → key and value. */
    public static Optional<String[]> boldKeyValue(String line) {
        Matcher m = BOLD_KEY.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1).strip(), m.group(2).strip()});
    }

    /** A list item: its indentation and text; empty for other lines. */
    public static Optional<String[]> listItem(String line) {
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1), m.group(2).strip()});
    }

    /** The traffic light of a status or rating, from its emoji. */
    public static String level(String text) {
        if (text.contains("🟢")) {
            return "green";
        }
        if (text.contains("🟡")) {
            return "yellow";
        }
        if (text.contains("🔴")) {
            return "red";
        }
        return "unknown";
    }

    public static String emoji(String level) {
        return switch (level) {
            case "green" -> "🟢 ";
            case "yellow" -> "🟡 ";
            case "red" -> "🔴 ";
            default -> "";
        };
    }

    /** Removes leading status and checkbox emoji. */
    public static String withoutMarks(String text) {
        return text.replaceAll("^[\\s🟢🟡🔴✅⏳🔄🎯❌⚠️\\uFE0F]+", "").strip();
    }

    /** done / pending / in-progress / open from a leading mark. */
    public static String state(String text) {
        String t = text.strip();
        if (t.startsWith("✅") || t.startsWith("[x]") || t.startsWith("[X]")) {
            return "done";
        }
        if (t.startsWith("⏳")) {
            return "pending";
        }
        if (t.startsWith("🔄")) {
            return "in-progress";
        }
        return "open";
    }

    public static String mark(String state) {
        return switch (state) {
            case "done" -> "✅ ";
            case "pending" -> "⏳ ";
            case "in-progress" -> "🔄 ";
            default -> "";
        };
    }
}
