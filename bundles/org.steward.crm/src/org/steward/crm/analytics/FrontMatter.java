package org.steward.crm.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of a workspace record file (docs/workspace.md, "Record format"): a front matter between two
 * {@code ---} lines of {@code name: value} lines, lists ({@code   - item}) and one-level maps ({@code   key: value}).
 * A small reader of its own because the node, which runs the analytics, has no workspace bundle (JGit); encrypted
 * values ({@code enc:v1:…}) are kept as they are — the analytics never need them.
 */
final class FrontMatter {
    /** A field value: a text, a list or a map. */
    sealed interface Value permits Text, Items, Entries {
    }

    record Text(String value) implements Value {
    }

    record Items(List<String> values) implements Value {
    }

    record Entries(Map<String, String> entries) implements Value {
    }

    private FrontMatter() {
    }

    /** The fields by name, in file order ({@code type} and {@code id} included). */
    static Map<String, Value> read(String file, String text) throws CrmInputException {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new CrmInputException(new Problem(file, "-", "line 1 is not '---': a record starts with a front matter block; "
                    + "save it from Steward or add the block"));
        }
        Map<String, Value> out = new LinkedHashMap<>();
        String open = null;
        List<String> items = null;
        Map<String, String> entries = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---") && !line.startsWith(" ")) {
                close(out, open, items, entries);
                return out;
            }
            if (line.startsWith("  ") && open != null) {
                String inner = line.substring(2);
                if (inner.startsWith("- ") && entries == null) {
                    items = items == null ? new ArrayList<>() : items;
                    items.add(scalar(file, i + 1, inner.substring(2)));
                    continue;
                }
                int colon = inner.indexOf(": ");
                if (colon > 0 && items == null) {
                    entries = entries == null ? new LinkedHashMap<>() : entries;
                    entries.put(inner.substring(0, colon), scalar(file, i + 1, inner.substring(colon + 2)));
                    continue;
                }
                throw new CrmInputException(new Problem(file, open, "line " + (i + 1) + " is neither '  - item' nor '  key: value'"));
            }
            close(out, open, items, entries);
            open = null;
            items = null;
            entries = null;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new CrmInputException(new Problem(file, "-", "line " + (i + 1) + " is not 'name: value'"));
            }
            String name = line.substring(0, colon);
            String rest = line.substring(colon + 1);
            if (rest.isBlank()) {
                open = name;
            } else if (rest.strip().equals("[]")) {
                out.put(name, new Items(List.of()));
            } else if (rest.strip().equals("{}")) {
                out.put(name, new Entries(Map.of()));
            } else {
                out.put(name, new Text(scalar(file, i + 1, rest.substring(1))));
            }
        }
        throw new CrmInputException(new Problem(file, "-", "the front matter is never closed with '---' (the file may be cut off)"));
    }

    private static void close(Map<String, Value> out, String open, List<String> items, Map<String, String> entries) {
        if (open != null) {
            out.put(open, items != null ? new Items(List.copyOf(items)) : entries != null ? new Entries(entries) : new Text(""));
        }
    }

    private static String scalar(String file, int line, String raw) throws CrmInputException {
        if (!raw.startsWith("\"")) {
            return raw;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\' && i + 1 < raw.length()) {
                char e = raw.charAt(++i);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 >= raw.length()) {
                            throw new CrmInputException(new Problem(file, "-", "line " + line + ": a \\u escape needs four hex digits"));
                        }
                        b.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        throw new CrmInputException(new Problem(file, "-", "line " + line + ": a quoted value is not closed with '\"'"));
    }

    static String text(Map<String, Value> fields, String name) {
        return fields.get(name) instanceof Text t ? t.value().strip() : "";
    }
}
