package org.steward.competitor.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.Names;

/**
 * Reads competitors from a folder of records ({@code *.md} with front matter; {@code *.md} with a flat table;
 * {@code *.csv} flat files), from one such file, or from text. Duplicates (same name) keep the first; a set without
 * an {@code us} record, or with two, is reported. Nothing readable is dropped because of another record's problem.
 */
public final class CompetitorReader {
    private CompetitorReader() {
    }

    /** A folder (its {@code .md} and {@code .csv} files, sorted by name, not recursive) or a single file. */
    public static CompetitorSet read(Path path) {
        Problems problems = new Problems();
        List<Competitor> all = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> Files.isRegularFile(p) && (name(p).endsWith(".md") || name(p).endsWith(".csv")))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                problems.add(path.toString(), 0, "folder", "io.unreadable", e.getMessage());
            }
            if (files.isEmpty()) {
                problems.add(path.toString(), 0, "folder", "io.noRecords");
            }
        } else {
            files.add(path);
        }
        for (Path f : files) {
            String label = Files.isDirectory(path) ? f.getFileName().toString() : f.toString();
            try {
                String text = utf8(f);
                all.addAll(name(f).endsWith(".csv") ? readCsv(label, text, problems) : readMarkdown(label, text, problems));
            } catch (CharacterCodingException e) {
                problems.add(label, 0, "encoding", "io.notUtf8");
            } catch (IOException e) {
                problems.add(label, 0, "file", "io.unreadable", e.getMessage());
            }
        }
        return check(all, problems, path.toString());
    }

    /** Markdown: a record with front matter, or else every flat table in it. */
    public static CompetitorSet readMarkdown(String file, String text) {
        Problems problems = new Problems();
        return check(readMarkdown(file, text, problems), problems, file);
    }

    public static CompetitorSet readCsv(String file, String text) {
        Problems problems = new Problems();
        return check(readCsv(file, text, problems), problems, file);
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static String utf8(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static List<Competitor> readMarkdown(String file, String text, Problems problems) {
        String first = text.stripLeading().replace("\uFEFF", "");
        if (!first.startsWith("---")) {
            List<Competitor> out = new ArrayList<>();
            boolean anyFlat = false;
            for (MarkdownTable t : MarkdownTable.find(text)) {
                if (FlatTable.isFlat(t.header())) {
                    anyFlat = true;
                    out.addAll(FlatTable.read(file, t.headerLine(), t.header(),
                            t.rows().stream().map(r -> new FlatTable.Row(r.line(), r.cells())).toList(), problems));
                }
            }
            if (anyFlat) {
                return out;
            }
        }
        RecordReader.Outcome o = RecordReader.read(file, text);
        problems.addAll(o.problems());
        return o.competitor().map(List::of).orElse(List.of());
    }

    private static List<Competitor> readCsv(String file, String text, Problems problems) {
        List<Csv.Record> records;
        try {
            records = Csv.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(file, Integer.parseInt(e.getMessage()), "csv", "csv.openQuote");
            return List.of();
        }
        if (records.isEmpty()) {
            problems.add(file, 0, "csv", "csv.empty");
            return List.of();
        }
        Csv.Record head = records.get(0);
        return FlatTable.read(file, head.line(), head.cells(),
                records.subList(1, records.size()).stream().map(r -> new FlatTable.Row(r.line(), r.cells())).toList(), problems);
    }

    private static CompetitorSet check(List<Competitor> all, Problems problems, String where) {
        List<Competitor> kept = new ArrayList<>();
        Map<String, Competitor> byName = new HashMap<>();
        Competitor us = null;
        for (Competitor c : all) {
            String key = Names.normalise(c.name());
            Competitor earlier = byName.get(key);
            if (earlier != null) {
                problems.add(c.origin().file(), c.origin().line(), "name", "set.duplicate", c.name(), earlier.origin().file(),
                        earlier.origin().line());
                continue;
            }
            byName.put(key, c);
            if (c.us()) {
                if (us != null) {
                    problems.add(c.origin().file(), c.origin().line(), "us", "set.secondUs", c.name(), us.name());
                    c = c.withUs(false);
                } else {
                    us = c;
                }
            }
            kept.add(c);
        }
        if (us == null && !kept.isEmpty()) {
            problems.add(where, 0, "us", "set.noUs");
        }
        return new CompetitorSet(kept, problems.list());
    }
}
