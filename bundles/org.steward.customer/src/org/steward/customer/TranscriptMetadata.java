package org.steward.customer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.steward.customer.internal.Messages;

/**
 * The optional {@code metadata.csv} beside the transcripts: UTF-8 (BOM allowed), comma-separated, RFC 4180 quotes,
 * header exactly {@code file,customer,region,park_type,date}. A bad line is reported with its number and skipped;
 * the other lines are used.
 */
public final class TranscriptMetadata {
    public static final List<String> COLUMNS = List.of("file", "customer", "region", "park_type", "date");
    /** Columns that may follow the required ones, each at most once: the city and the park sub-type (coal-chemical, dyeing …). */
    public static final List<String> OPTIONAL_COLUMNS = List.of("city", "park_subtype");

    /**
     * One row.
     *
     * @param region      the province (or a region name)
     * @param city        the city, empty when the file has no {@code city} column
     * @param parkSubType e.g. 煤化工, 印染, 制革, 医药; empty when the file has no {@code park_subtype} column
     */
    public record Entry(String file, String customer, String region, String parkType, String date, String city, String parkSubType) {
        public Entry(String file, String customer, String region, String parkType, String date) {
            this(file, customer, region, parkType, date, "", "");
        }
    }

    private final Map<String, Entry> entries;
    private final List<String> problems;

    private TranscriptMetadata(Map<String, Entry> entries, List<String> problems) {
        this.entries = Collections.unmodifiableMap(entries);
        this.problems = List.copyOf(problems);
    }

    public static TranscriptMetadata none() {
        return new TranscriptMetadata(Map.of(), List.of());
    }

    /**
     * @param knownFiles names of the transcripts in the folder (relative, with '/')
     */
    public static TranscriptMetadata read(Path csv, Set<String> knownFiles) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null) {
                problems.add(Messages.get("metadata.header", String.join(",", COLUMNS), ""));
                return new TranscriptMetadata(entries, problems);
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            Optional<List<String>> header = cells(line);
            List<String> columns = header.map(h -> h.stream().map(String::strip).toList()).orElse(List.of());
            if (!validHeader(columns)) {
                problems.add(Messages.get("metadata.header", String.join(",", COLUMNS), line));
                return new TranscriptMetadata(entries, problems);
            }
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                Optional<List<String>> cells = cells(line);
                if (cells.isEmpty()) {
                    problems.add(Messages.get("metadata.quote", no));
                    continue;
                }
                List<String> c = cells.get().stream().map(String::strip).toList();
                if (c.size() != columns.size()) {
                    problems.add(Messages.get("metadata.cells", no, c.size(), columns.size(), String.join(",", columns)));
                    continue;
                }
                String file = c.get(0).replace('\\', '/');
                if (!knownFiles.contains(file)) {
                    problems.add(Messages.get("metadata.unknownFile", no, file));
                    continue;
                }
                if (entries.containsKey(file)) {
                    problems.add(Messages.get("metadata.duplicate", no, file));
                    continue;
                }
                int city = columns.indexOf("city");
                int sub = columns.indexOf("park_subtype");
                entries.put(file, new Entry(file, c.get(1), c.get(2), c.get(3), c.get(4), city < 0 ? "" : c.get(city),
                        sub < 0 ? "" : c.get(sub)));
            }
        }
        return new TranscriptMetadata(entries, problems);
    }

    /** The five required columns in order, then optional ones, each known and at most once. */
    static boolean validHeader(List<String> columns) {
        if (columns.size() < COLUMNS.size() || !columns.subList(0, COLUMNS.size()).equals(COLUMNS)) {
            return false;
        }
        List<String> rest = columns.subList(COLUMNS.size(), columns.size());
        return OPTIONAL_COLUMNS.containsAll(rest) && rest.stream().distinct().count() == rest.size();
    }

    /** Splits one CSV line; empty if a quote is not closed. */
    static Optional<List<String>> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        out.add(cur.toString());
        return Optional.of(out);
    }

    public Optional<Entry> entry(String file) {
        return Optional.ofNullable(entries.get(file));
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /** Messages naming the line of each bad row. */
    public List<String> problems() {
        return problems;
    }
}
