package org.steward.text;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Cuts a character stream into sentences at 。！？；!?; and line breaks, never holding more than {@code maxChars}
 * characters: a longer run without a break (a 50 MB single-line file) is cut into pieces of {@code maxChars}
 * (a word may be split at such a cut; with 1,000 characters that is at most one word in a thousand). So memory is
 * bounded by {@code maxChars}, not by the file.
 * <p>
 * Transcripts start lines with speaker labels and header fields ({@code 张主任：}, {@code 研发:}, {@code 时间：}); with
 * {@code dropLineLabels} a colon within the first {@value #MAX_LABEL} characters of a line drops what precedes it,
 * so speakers' names are not counted as terms.
 */
public final class SentenceSplitter {
    public static final int DEFAULT_MAX_CHARS = 1000;
    /** Longest line label dropped. */
    public static final int MAX_LABEL = 12;

    private final int maxChars;
    private final boolean dropLineLabels;

    public SentenceSplitter(int maxChars) {
        this(maxChars, true);
    }

    public SentenceSplitter(int maxChars, boolean dropLineLabels) {
        this.dropLineLabels = dropLineLabels;
        if (maxChars < 16) {
            throw new IllegalArgumentException("maxChars must be at least 16, not " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Reads {@code in} to its end and gives each non-blank sentence, trimmed, to {@code sentence}. */
    public void split(Reader in, Consumer<String> sentence) throws IOException {
        char[] buf = new char[8192];
        StringBuilder cur = new StringBuilder(Math.min(maxChars, 256));
        int n;
        boolean lineStart = true;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (lineStart && dropLineLabels && (c == '：' || c == ':') && cur.length() <= MAX_LABEL) {
                    cur.setLength(0);
                    lineStart = false;
                    continue;
                }
                boolean end = isEnd(c);
                if (c == '\n' || c == '\r') {
                    lineStart = true;
                } else if (end) {
                    lineStart = false;
                }
                if (!end) {
                    cur.append(c);
                    if (cur.length() > MAX_LABEL) {
                        lineStart = false;
                    }
                }
                if (end || (cur.length() >= maxChars && !Character.isHighSurrogate(c))) {
                    emit(cur, sentence);
                }
            }
        }
        emit(cur, sentence);
    }

    private static boolean isEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r';
    }

    private static void emit(StringBuilder cur, Consumer<String> sentence) {
        String s = cur.toString().strip();
        cur.setLength(0);
        if (!s.isEmpty()) {
            sentence.accept(s);
        }
    }
}
