package org.steward.tracing.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a SWMM 5 input file split into its sections, with line numbers. Sections the tracing model reads
 * are tokenised on demand; all others are kept line for line so that export writes them back unchanged.
 */
public final class InpDocument {

    /** One line of the file. */
    public record Line(int number, String text) {
        public Line {
            Objects.requireNonNull(text, "text");
        }

        /** The text before the first ';' that is not inside double quotes. */
        public String data() {
            return text.substring(0, commentStart());
        }

        /** The comment after ';' (without it), empty when there is none. */
        public String comment() {
            int c = commentStart();
            return c < text.length() ? text.substring(c + 1) : "";
        }

        /** True for blank lines and lines that hold only a comment. */
        public boolean isBlankOrComment() {
            return data().isBlank();
        }

        /** Whitespace-separated fields of the data part; a double-quoted field keeps its quotes. */
        public List<String> fields() {
            List<String> out = new ArrayList<>();
            String d = data();
            int i = 0;
            int n = d.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(d.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                int start = i;
                if (d.charAt(i) == '"') {
                    i++;
                    while (i < n && d.charAt(i) != '"') {
                        i++;
                    }
                    i = Math.min(n, i + 1);
                } else {
                    while (i < n && !Character.isWhitespace(d.charAt(i))) {
                        i++;
                    }
                }
                out.add(d.substring(start, i));
            }
            return out;
        }

        private int commentStart() {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ';' && !quoted) {
                    return i;
                }
            }
            return text.length();
        }
    }

    /**
     * One section: its header as written (e.g. {@code [Polygons]}), its upper-case name without brackets, the
     * header's line and the lines up to the next header.
     */
    public record Section(String header, String name, int line, List<Line> lines) {
        public Section {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(name, "name");
            lines = List.copyOf(lines);
        }

        /** The lines that carry data (not blank, not comment only). */
        public List<Line> dataLines() {
            return lines.stream().filter(l -> !l.isBlankOrComment()).toList();
        }
    }

    private final List<Line> preamble;
    private final List<Section> sections;

    public InpDocument(List<Line> preamble, List<Section> sections) {
        this.preamble = List.copyOf(preamble);
        this.sections = List.copyOf(sections);
    }

    /** Splits text (already decoded) into sections. Lines before the first header form the preamble. */
    public static InpDocument split(String text) {
        List<Line> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String header = null;
        int headerLine = 0;
        List<Line> current = preamble;
        int number = 0;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String t = text.substring(start, end);
            number++;
            // \r\n, \n and \r all end a line; a final line break does not start another line
            start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            String s = t.strip();
            if (s.startsWith("[") && s.indexOf(']') > 0) {
                if (header != null) {
                    sections.add(new Section(header, nameOf(header), headerLine, current));
                }
                header = s.substring(0, s.indexOf(']') + 1);
                headerLine = number;
                current = new ArrayList<>();
            } else {
                current.add(new Line(number, t));
            }
        }
        if (header != null) {
            sections.add(new Section(header, nameOf(header), headerLine, current));
        }
        return new InpDocument(preamble, sections);
    }

    private static String nameOf(String header) {
        return header.substring(1, header.length() - 1).strip().toUpperCase(Locale.ROOT);
    }

    public List<Line> preamble() {
        return preamble;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The first section of that name (case-insensitive, without brackets). */
    public Optional<Section> section(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return sections.stream().filter(s -> s.name().equals(n)).findFirst();
    }

    /** Every section of that name, in file order (SWMM allows a section to appear more than once). */
    public List<Section> sections(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return sections.stream().filter(s -> s.name().equals(n)).toList();
    }
}
