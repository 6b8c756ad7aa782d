package org.steward.customer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

import org.steward.customer.internal.Messages;

/**
 * A kind of service a customer may ask for (consulting, monitoring, operation, tracing …) and the terms that signal
 * it. The shipped list is {@code preferences/needs.tsv}.
 */
public record NeedCategory(String key, String name, String chinese, Set<String> cues) {

    public static final String SHIPPED = "preferences/needs.tsv";

    public NeedCategory {
        cues = Set.copyOf(cues);
    }

    public static List<NeedCategory> shipped() {
        try (InputStream in = NeedCategory.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IOException("missing resource " + SHIPPED);
            }
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads {@code key<TAB>name<TAB>chinese<TAB>cue,cue,…} lines; {@code #} comments; a bad line names file and line. */
    public static List<NeedCategory> read(InputStream in, String source) throws IOException {
        List<NeedCategory> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                if (p.length != 4 || p[0].isBlank() || p[3].isBlank()) {
                    throw new IOException(Messages.get("needs.bad", source, no, line));
                }
                Set<String> cues = new LinkedHashSet<>();
                Arrays.stream(p[3].split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(cues::add);
                out.add(new NeedCategory(p[0].strip(), p[1].strip(), p[2].strip(), cues));
            }
        }
        return List.copyOf(out);
    }
}
