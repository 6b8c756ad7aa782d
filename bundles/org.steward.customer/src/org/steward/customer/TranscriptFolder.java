package org.steward.customer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.steward.customer.internal.Messages;
import org.steward.text.CorpusAnalyzer;

/** The {@code .txt} and {@code .md} transcripts under a folder (recursively, sorted), and its {@code metadata.csv}. */
public record TranscriptFolder(Path root, List<CorpusAnalyzer.Source> sources, TranscriptMetadata metadata) {

    public static final String METADATA = "metadata.csv";

    public static TranscriptFolder open(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(Messages.get("input.notDirectory", root));
        }
        List<CorpusAnalyzer.Source> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".txt") || name.endsWith(".md")) {
                    sources.add(new CorpusAnalyzer.Source(p, root.relativize(p).toString().replace('\\', '/')));
                }
            }
        }
        if (sources.isEmpty()) {
            throw new IOException(Messages.get("input.noFiles", root));
        }
        Set<String> names = new LinkedHashSet<>();
        sources.forEach(s -> names.add(s.name()));
        Path csv = root.resolve(METADATA);
        TranscriptMetadata meta = Files.isRegularFile(csv) ? TranscriptMetadata.read(csv, names) : TranscriptMetadata.none();
        return new TranscriptFolder(root, List.copyOf(sources), meta);
    }
}
