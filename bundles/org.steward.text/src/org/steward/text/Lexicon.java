package org.steward.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steward.text.internal.HanLpAccess;
import org.steward.text.internal.Messages;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;

/**
 * Domain terms and stop words. {@link #builtIn()} holds the shipped {@code dict/domain.txt} (more than 100
 * environment, water and industrial-park terms) and {@code dict/stopwords.txt}; {@link #withUserFiles} adds a
 * user's own files in the same formats. Each lexicon has its own HanLP custom dictionary (HanLP's default custom
 * dictionary plus these terms), so one user's terms never leak into another analysis.
 */
public final class Lexicon {
    /** Part of speech given to domain terms listed without one. */
    public static final String DOMAIN_NATURE = "nz";

    private static volatile Lexicon builtIn;

    private final Map<String, String> terms;
    private final Set<String> stopWords;
    private volatile DynamicCustomDictionary dictionary;

    private Lexicon(Map<String, String> terms, Set<String> stopWords) {
        this.terms = Collections.unmodifiableMap(terms);
        this.stopWords = Collections.unmodifiableSet(stopWords);
    }

    /** The shipped dictionary and stop words (read once). */
    public static Lexicon builtIn() {
        Lexicon l = builtIn;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = builtIn;
                if (l == null) {
                    Map<String, String> t = new LinkedHashMap<>();
                    Set<String> s = new LinkedHashSet<>();
                    try {
                        readTerms(resource("dict/domain.txt"), "dict/domain.txt", t);
                        readStopWords(resource("dict/stopwords.txt"), s);
                    } catch (IOException e) {
                        throw new UncheckedIOException("shipped dictionary of org.steward.text cannot be read", e);
                    }
                    l = new Lexicon(t, s);
                    builtIn = l;
                }
            }
        }
        return l;
    }

    /**
     * This lexicon plus the user's files.
     *
     * @throws IOException naming the file and line of a malformed dictionary entry
     */
    public Lexicon withUserFiles(List<Path> dictionaries, List<Path> stopWordFiles) throws IOException {
        if (dictionaries.isEmpty() && stopWordFiles.isEmpty()) {
            return this;
        }
        Map<String, String> t = new LinkedHashMap<>(terms);
        Set<String> s = new LinkedHashSet<>(stopWords);
        for (Path p : dictionaries) {
            try (InputStream in = Files.newInputStream(p)) {
                readTerms(in, p.toString(), t);
            }
        }
        for (Path p : stopWordFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                readStopWords(in, s);
            }
        }
        return new Lexicon(t, s);
    }

    /** Domain terms and their part of speech. */
    public Map<String, String> terms() {
        return terms;
    }

    public Set<String> stopWords() {
        return stopWords;
    }

    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** HanLP's default custom dictionary plus these terms, built on first use (~60 ms). */
    DynamicCustomDictionary dictionary() {
        DynamicCustomDictionary d = dictionary;
        if (d == null) {
            synchronized (this) {
                d = dictionary;
                if (d == null) {
                    d = HanLpAccess.call(DynamicCustomDictionary::new);
                    for (Map.Entry<String, String> e : terms.entrySet()) {
                        d.insert(e.getKey(), e.getValue());
                    }
                    dictionary = d;
                }
            }
        }
        return d;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    private static void readTerms(InputStream in, String source, Map<String, String> into) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                line = strip(line);
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length > 3 || (parts.length == 3 && !parts[2].matches("\\d+")) || (parts.length >= 2 && !parts[1].matches("[a-zA-Z]+"))) {
                    throw new IOException(Messages.get("dict.bad", source, no, line));
                }
                String nature = parts.length >= 2 ? parts[1] : DOMAIN_NATURE;
                String freq = parts.length == 3 ? parts[2] : "1000";
                into.put(parts[0], nature + " " + freq);
            }
        }
    }

    private static void readStopWords(InputStream in, Set<String> into) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = strip(line);
                if (!line.isEmpty()) {
                    into.add(line);
                }
            }
        }
    }

    private static String strip(String line) {
        String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return s.startsWith("#") ? "" : s.strip();
    }
}
