package org.steward.tracing.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.steward.tracing.network.InpDocument.Line;
import org.steward.tracing.network.InpDocument.Section;

/**
 * Writes a network back as a SWMM 5 input file. Sections the reader interprets ({@link InpReader#READ_SECTIONS})
 * are written field by field in aligned columns with their comments; every other section, and the lines before
 * the first section, are written exactly as read. Sections keep their order. Reading the output gives the same
 * nodes, links and sections.
 */
public final class InpWriter {

    private InpWriter() {
    }

    public static String write(SewerNetwork network) {
        return write(network.document());
    }

    public static String write(InpDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Line l : doc.preamble()) {
            sb.append(l.text()).append('\n');
        }
        for (Section s : doc.sections()) {
            sb.append(s.header()).append('\n');
            boolean read = InpReader.READ_SECTIONS.contains(s.name());
            for (Line l : s.lines()) {
                if (!read || l.isBlankOrComment()) {
                    sb.append(l.text()).append('\n');
                } else {
                    sb.append(format(l.fields(), l.comment())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    public static void write(SewerNetwork network, Path file) throws IOException {
        Files.writeString(file, write(network), StandardCharsets.UTF_8);
    }

    /** Fields left-aligned in 16-character columns (SWMM's own layout), then the comment. */
    static String format(List<String> fields, String comment) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            sb.append(f);
            if (i < fields.size() - 1) {
                sb.append(" ".repeat(Math.max(1, 16 - f.length())));
            }
        }
        if (!comment.isEmpty()) {
            sb.append(" ;").append(comment);
        }
        return sb.toString();
    }
}
