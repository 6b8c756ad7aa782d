package org.steward.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The user's own dictionary and stop words kept in a project (workspace) folder, edited in the workbench and shared
 * through the project's Git history like every other file:
 * {@value #TERMS} ({@code word [part-of-speech [frequency]]} a line) and {@value #STOP_WORDS} (one word a line).
 * Missing files are simply not used.
 */
public final class UserLexicon {
    public static final String TERMS = "dictionary/terms.txt";
    public static final String STOP_WORDS = "dictionary/stopwords.txt";

    private UserLexicon() {
    }

    public static Path terms(Path project) {
        return project.resolve(TERMS);
    }

    public static Path stopWords(Path project) {
        return project.resolve(STOP_WORDS);
    }

    /**
     * The shipped lexicon plus the project's files that exist.
     *
     * @throws IOException naming the file and line of a malformed entry
     */
    public static Lexicon forProject(Path project) throws IOException {
        Path t = terms(project);
        Path s = stopWords(project);
        return Lexicon.builtIn().withUserFiles(Files.isRegularFile(t) ? List.of(t) : List.of(),
                Files.isRegularFile(s) ? List.of(s) : List.of());
    }
}
