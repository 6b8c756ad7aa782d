package org.steward.competitor.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The small subset of YAML front matter a record uses: {@code key: value}, {@code key: [a, b]} and a key with an empty
 * value followed by {@code - item} lines; {@code #} starts a comment line. Anything else is reported with its line.
 */
final class FrontMatter {

    /** A value: its line, and either one scalar or a list. */
    record Value(int line, Optional<String> scalar, List<String> list) {
        List<String> asList() {
            return scalar.map(s -> s.isEmpty() ? List.<String>of() : splitInline(s)).orElse(list);
        }

        String asText() {
            return scalar.orElse(String.join("、", list));
        }
    }

    private final Map<String, Value> values;
    private final int end;

    private FrontMatter(Map<String, Value> values, int end) {
        this.values = values;
        this.end = end;
    }

    Map<String, Value> values() {
        return values;
    }

    /** Index (into the line list) of the first line after the closing {@code ---}. */
    int end() {
        return end;
    }

    /** Reads the block, or returns empty after reporting why there is none. */
    static Optional<FrontMatter> read(String file, List<Line> lines, Problems problems) {
        int first = 0;
        while (first < lines.size() && lines.get(first).text().isBlank()) {
            first++;
        }
        if (first >= lines.size() || !lines.get(first).text().strip().equals("---")) {
            int n = first < lines.size() ? lines.get(first).number() : 1;
            problems.add(file, n, "front matter", "fm.missing");
            return Optional.empty();
        }
        int close = -1;
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).text().strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(file, lines.get(first).number(), "front matter", "fm.unclosed");
            return Optional.empty();
        }
        Map<String, Value> values = new LinkedHashMap<>();
        String listKey = null;
        List<String> list = null;
        int listLine = 0;
        for (int i = first + 1; i < close; i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("- ") || t.equals("-")) {
                if (listKey == null) {
                    problems.add(file, l.number(), "front matter", "fm.itemWithoutKey", t);
                } else {
                    String item = unquote(t.substring(1).strip());
                    if (!item.isEmpty()) {
                        list.add(item);
                    }
                }
                continue;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                problems.add(file, l.number(), "front matter", "fm.malformed", t);
                continue;
            }
            if (listKey != null) {
                values.put(listKey, new Value(listLine, Optional.empty(), List.copyOf(list)));
                listKey = null;
            }
            String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            String value = t.substring(colon + 1).strip();
            if (values.containsKey(key)) {
                problems.add(file, l.number(), key, "fm.duplicateKey", key, values.get(key).line());
                continue;
            }
            if (value.isEmpty()) {
                listKey = key;
                list = new ArrayList<>();
                listLine = l.number();
            } else {
                values.put(key, new Value(l.number(), Optional.of(unquote(value)), List.of()));
            }
        }
        if (listKey != null) {
            values.put(listKey, new Value(listLine, Optional.empty(), List.copyOf(list)));
        }
        return Optional.of(new FrontMatter(values, close + 1));
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** {@code [a, b]} or {@code a; b} or {@code a、b} into items. */
    static List<String> splitInline(String s) {
        String t = s.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String part : t.split("[,，;；、]")) {
            String p = unquote(part.strip());
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
