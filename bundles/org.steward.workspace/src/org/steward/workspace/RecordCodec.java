package org.steward.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steward.workspace.internal.Messages;

/**
 * Reads and writes the record file format: a front matter block between two {@code ---} lines, then the Markdown
 * body. Front matter lines are {@code key: value}; a key followed by indented {@code - item} lines is a list, by
 * indented {@code key: value} lines a map (one level). {@code type} and {@code id} come first, then the fields in
 * their order. A value is written bare unless it is empty, starts or ends with white space, starts with {@code "},
 * {@code [} or <code>{</code>, or holds a control character (line break, tab): then it is double-quoted with
 * {@code \" \\ \n \r \t \\uXXXX} escapes. {@code []} and <code>{}</code> are the empty list and map.
 * {@code decode(encode(r))} equals {@code r}; {@code encode(decode(t))} equals {@code t} for any file this codec
 * wrote. Stateless and thread-safe.
 */
public final class RecordCodec {
    public static final String FENCE = "---";
    private static final String INDENT = "  ";
    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*):(?: (.*))?");

    private RecordCodec() {
    }

    /** The file text of a record; locked values are written as stored. */
    public static String encode(Record record) {
        StringBuilder out = new StringBuilder(256 + record.body().length());
        out.append(FENCE).append('\n');
        out.append("type: ").append(scalar(record.type())).append('\n');
        out.append("id: ").append(scalar(record.id())).append('\n');
        for (Map.Entry<String, FieldValue> e : record.fields().entrySet()) {
            FieldValue v = e.getValue() instanceof FieldValue.Locked l ? l.stored() : e.getValue();
            out.append(e.getKey()).append(':');
            switch (v) {
                case FieldValue.Text t -> out.append(' ').append(scalar(t.value())).append('\n');
                case FieldValue.TextList l -> {
                    if (l.values().isEmpty()) {
                        out.append(" []\n");
                    } else {
                        out.append('\n');
                        for (String item : l.values()) {
                            out.append(INDENT).append("- ").append(scalar(item)).append('\n');
                        }
                    }
                }
                case FieldValue.TextMap m -> {
                    if (m.entries().isEmpty()) {
                        out.append(" {}\n");
                    } else {
                        out.append('\n');
                        for (Map.Entry<String, String> me : m.entries().entrySet()) {
                            out.append(INDENT).append(me.getKey()).append(": ").append(scalar(me.getValue())).append('\n');
                        }
                    }
                }
                case FieldValue.Locked l -> throw new IllegalStateException("unreachable");
            }
        }
        out.append(FENCE).append('\n');
        out.append(record.body());
        return out.toString();
    }

    /**
     * Parses a record file.
     *
     * @param file the name used in error messages (path inside the workspace)
     * @throws RecordFormatException naming the file, the line, what is wrong and the fix
     */
    public static Record decode(String file, String text) throws RecordFormatException {
        List<String> lines = new ArrayList<>();
        int bodyStart = -1;
        int pos = 0;
        int lineNo = 0;
        boolean closed = false;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lineNo++;
            pos = nl < 0 ? text.length() : nl + 1;
            if (lineNo == 1) {
                if (!line.equals(FENCE)) {
                    throw problem(file, 1, "codec.noOpening", "codec.noOpening.fix");
                }
                continue;
            }
            if (line.equals(FENCE)) {
                closed = true;
                bodyStart = pos;
                break;
            }
            lines.add(line);
        }
        if (lineNo == 0) {
            throw problem(file, 0, "codec.empty", "codec.empty.fix");
        }
        if (!closed) {
            throw problem(file, lineNo, "codec.notClosed", "codec.notClosed.fix");
        }
        String body = text.substring(bodyStart);
        return parseFront(file, lines, body);
    }

    private static Record parseFront(String file, List<String> lines, String body) throws RecordFormatException {
        String type = null;
        String id = null;
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int lineNo = i + 2;
            String line = lines.get(i);
            if (line.isBlank()) {
                throw problem(file, lineNo, "codec.blankLine", "codec.blankLine.fix");
            }
            if (line.startsWith(" ")) {
                throw problem(file, lineNo, "codec.strayIndent", "codec.strayIndent.fix");
            }
            Matcher m = KEY_LINE.matcher(line);
            if (!m.matches()) {
                throw problem(file, lineNo, "codec.notKeyValue", "codec.notKeyValue.fix", line);
            }
            String key = m.group(1);
            String raw = m.group(2);
            if (fields.containsKey(key) || (key.equals("type") && type != null) || (key.equals("id") && id != null)) {
                throw problem(file, lineNo, "codec.duplicate", "codec.duplicate.fix", key);
            }
            i++;
            FieldValue value;
            if (raw == null || raw.isEmpty()) {
                List<String> block = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith(INDENT)) {
                    block.add(lines.get(i).substring(INDENT.length()));
                    i++;
                }
                if (block.isEmpty()) {
                    throw problem(file, lineNo, "codec.noValue", "codec.noValue.fix", key);
                }
                value = parseBlock(file, key, lineNo, block);
            } else if (raw.equals("[]")) {
                value = new FieldValue.TextList(List.of());
            } else if (raw.equals("{}")) {
                value = new FieldValue.TextMap(Map.of());
            } else {
                value = new FieldValue.Text(parseScalar(file, lineNo, raw));
            }
            if (key.equals("type") || key.equals("id")) {
                if (!(value instanceof FieldValue.Text t)) {
                    throw problem(file, lineNo, "codec.keyNotText", "codec.keyNotText.fix", key);
                }
                if (key.equals("type")) {
                    type = t.value();
                } else {
                    id = t.value();
                }
            } else {
                fields.put(key, value);
            }
        }
        if (type == null || id == null) {
            throw problem(file, 1, "codec.missingKey", "codec.missingKey.fix", type == null ? "type" : "id");
        }
        try {
            return new Record(new RecordKey(type, id), fields, body);
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(new RecordProblem(file, 1, e.getMessage(), Messages.get("codec.badKey.fix")));
        }
    }

    private static FieldValue parseBlock(String file, String key, int keyLine, List<String> block) throws RecordFormatException {
        boolean list = block.get(0).startsWith("- ") || block.get(0).equals("-");
        List<String> items = new ArrayList<>();
        Map<String, String> map = new LinkedHashMap<>();
        for (int k = 0; k < block.size(); k++) {
            int lineNo = keyLine + 1 + k;
            String entry = block.get(k);
            if (list) {
                if (!entry.startsWith("- ")) {
                    throw problem(file, lineNo, "codec.listItem", "codec.listItem.fix", key);
                }
                items.add(parseScalar(file, lineNo, entry.substring(2)));
            } else {
                Matcher m = KEY_LINE.matcher(entry);
                if (!m.matches() || m.group(2) == null) {
                    throw problem(file, lineNo, "codec.mapEntry", "codec.mapEntry.fix", key);
                }
                if (map.containsKey(m.group(1))) {
                    throw problem(file, lineNo, "codec.duplicate", "codec.duplicate.fix", key + "." + m.group(1));
                }
                map.put(m.group(1), parseScalar(file, lineNo, m.group(2)));
            }
        }
        return list ? new FieldValue.TextList(items) : new FieldValue.TextMap(map);
    }

    static String scalar(String value) {
        if (!needsQuotes(value)) {
            return value;
        }
        StringBuilder q = new StringBuilder(value.length() + 8).append('"');
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static boolean needsQuotes(String v) {
        if (v.isEmpty()) {
            return true;
        }
        char first = v.charAt(0);
        if (first == '"' || first == '[' || first == '{' || Character.isWhitespace(first) || Character.isSpaceChar(first)
                || Character.isWhitespace(v.charAt(v.length() - 1)) || Character.isSpaceChar(v.charAt(v.length() - 1))) {
            return true;
        }
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String parseScalar(String file, int lineNo, String raw) throws RecordFormatException {
        if (!raw.startsWith("\"")) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int k = 1;
        while (k < raw.length()) {
            char c = raw.charAt(k);
            if (c == '"') {
                if (k != raw.length() - 1) {
                    throw problem(file, lineNo, "codec.afterQuote", "codec.afterQuote.fix");
                }
                return out.toString();
            }
            if (c == '\\') {
                if (k + 1 >= raw.length()) {
                    break;
                }
                char e = raw.charAt(k + 1);
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (k + 6 > raw.length()) {
                            throw problem(file, lineNo, "codec.badEscape", "codec.badEscape.fix", "\\u");
                        }
                        try {
                            out.append((char) Integer.parseInt(raw.substring(k + 2, k + 6), 16));
                        } catch (NumberFormatException ex) {
                            throw problem(file, lineNo, "codec.badEscape", "codec.badEscape.fix", raw.substring(k, k + 6));
                        }
                        k += 4;
                    }
                    default -> throw problem(file, lineNo, "codec.badEscape", "codec.badEscape.fix", "\\" + e);
                }
                k += 2;
                continue;
            }
            out.append(c);
            k++;
        }
        throw problem(file, lineNo, "codec.unclosedQuote", "codec.unclosedQuote.fix");
    }

    private static RecordFormatException problem(String file, int line, String key, String fixKey, Object... args) {
        return new RecordFormatException(new RecordProblem(file, line, Messages.get(key, args), Messages.get(fixKey, args)));
    }
}
