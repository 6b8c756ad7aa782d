package org.steward.partner.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.partner.vendor.VendorProblem;

/**
 * The front matter of a workspace record (docs/workspace.md, "Record format"): {@code ---}, then {@code name: value}
 * lines, a name with nothing after it followed by indented {@code - item} lines (a list) or {@code key: value} lines (a
 * map), {@code []}/{@code {}} for empty ones, double-quoted values with backslash escapes (quote, backslash, n, r, t, u+4 hex digits), closed by
 * {@code ---}. Also accepted, as in the competitor records: {@code [a, b]} inline lists and {@code #} comment lines.
 */
public final class FrontMatter {

    /** One field: its line, and a scalar, a list or a map (exactly one is meaningful, {@code kind} says which). */
    public record Field(String name, int line, Kind kind, String scalar, List<String> list, Map<String, Item> map) {
    }

    /** A map entry with its own line. */
    public record Item(String value, int line) {
    }

    public enum Kind {
        SCALAR, LIST, MAP
    }

    /** The fields in file order, the body after the closing line, and the problems met. */
    public record Parsed(Map<String, Field> fields, String body, List<VendorProblem> problems) {
    }

    private FrontMatter() {
    }

    public static Parsed parse(String file, String text) {
        List<VendorProblem> problems = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        Map<String, Field> fields = new LinkedHashMap<>();
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(new VendorProblem(file, 1, "front matter", Messages.get("vendor.noFrontMatter")));
            return new Parsed(fields, text, problems);
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(new VendorProblem(file, 1, "front matter", Messages.get("vendor.unclosed")));
            return new Parsed(fields, "", problems);
        }
        Field open = null;
        for (int i = 1; i < close; i++) {
            int number = i + 1;
            String raw = lines[i];
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            boolean indented = raw.startsWith(" ") || raw.startsWith("\t");
            if (indented || t.startsWith("- ") || t.equals("-")) {
                if (open == null) {
                    problems.add(new VendorProblem(file, number, "front matter", Messages.get("vendor.strayItem", t)));
                    continue;
                }
                if (t.startsWith("-")) {
                    if (open.kind() == Kind.MAP && !open.map().isEmpty()) {
                        problems.add(new VendorProblem(file, number, open.name(), Messages.get("vendor.mixed", open.name())));
                        continue;
                    }
                    if (open.kind() != Kind.LIST) {
                        open = new Field(open.name(), open.line(), Kind.LIST, "", new ArrayList<>(), Map.of());
                        fields.put(open.name(), open);
                    }
                    String item = value(file, number, open.name(), t.substring(1).strip(), problems);
                    if (!item.isEmpty()) {
                        open.list().add(item);
                    }
                } else {
                    int colon = t.indexOf(':');
                    if (colon <= 0 || open.kind() == Kind.LIST && !open.list().isEmpty()) {
                        problems.add(new VendorProblem(file, number, open.name(), Messages.get("vendor.badItem", t, open.name())));
                        continue;
                    }
                    if (open.kind() != Kind.MAP) {
                        open = new Field(open.name(), open.line(), Kind.MAP, "", List.of(), new LinkedHashMap<>());
                        fields.put(open.name(), open);
                    }
                    String key = t.substring(0, colon).strip();
                    open.map().put(key, new Item(value(file, number, open.name() + "." + key, t.substring(colon + 1).strip(), problems),
                            number));
                }
                continue;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                problems.add(new VendorProblem(file, number, "front matter", Messages.get("vendor.malformed", t)));
                open = null;
                continue;
            }
            String name = t.substring(0, colon).strip();
            String rest = t.substring(colon + 1).strip();
            if (fields.containsKey(name)) {
                problems.add(new VendorProblem(file, number, name, Messages.get("vendor.duplicate", name, fields.get(name).line())));
                open = null;
                continue;
            }
            Field f;
            if (rest.isEmpty()) {
                // a list or a map follows (or nothing: an empty value)
                f = new Field(name, number, Kind.SCALAR, "", new ArrayList<>(), new LinkedHashMap<>());
                open = f;
            } else if (rest.equals("[]")) {
                f = new Field(name, number, Kind.LIST, "", List.of(), Map.of());
                open = null;
            } else if (rest.equals("{}")) {
                f = new Field(name, number, Kind.MAP, "", List.of(), Map.of());
                open = null;
            } else if (rest.startsWith("[") && rest.endsWith("]")) {
                List<String> items = new ArrayList<>();
                for (String part : rest.substring(1, rest.length() - 1).split("[,，、;；]")) {
                    String p = value(file, number, name, part.strip(), problems);
                    if (!p.isEmpty()) {
                        items.add(p);
                    }
                }
                f = new Field(name, number, Kind.LIST, "", items, Map.of());
                open = null;
            } else {
                f = new Field(name, number, Kind.SCALAR, value(file, number, name, rest, problems), List.of(), Map.of());
                open = null;
            }
            fields.put(name, f);
        }
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new Parsed(fields, body.toString(), problems);
    }

    /** A bare or double-quoted value; a single-quoted one is accepted too (hand-edited files). */
    private static String value(String file, int line, String field, String v, List<VendorProblem> problems) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1);
        }
        if (!v.startsWith("\"")) {
            return v;
        }
        if (v.length() < 2 || !v.endsWith("\"")) {
            problems.add(new VendorProblem(file, line, field, Messages.get("vendor.openQuote")));
            return v.substring(1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c != '\\' || i + 1 >= v.length() - 1) {
                out.append(c);
                continue;
            }
            char e = v.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 < v.length() - 1 + 1 && i + 4 <= v.length() - 2) {
                        try {
                            out.append((char) Integer.parseInt(v.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException ex) {
                            out.append("\\u");
                        }
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
