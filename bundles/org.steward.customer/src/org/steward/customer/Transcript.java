package org.steward.customer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steward.customer.internal.Messages;
import org.steward.text.Detection;
import org.steward.text.EncodingDetector;
import org.steward.text.TextRejectedException;

/**
 * One transcript read as text: the detected encoding, the text, and its speaker turns where marked. A turn starts at
 * a line {@code 名字：…} or {@code Name: …} whose label (before the first full-width or ASCII colon) has 1–12
 * characters and no sentence punctuation; lines that follow without a label belong to the same turn. Header lines
 * such as {@code 时间：} and {@code 参加人员：} are labels too: {@link #speakers()} lists every label in order of
 * first appearance, so the caller sees what was recognised.
 *
 * @param file     where it was read from
 * @param encoding the detection label ({@code UTF-8}, {@code GBK}, {@code UTF-16LE (BOM)} …)
 * @param text     the decoded text (byte-order mark removed)
 * @param turns    the speaker turns, in order; empty when no line is marked
 */
public record Transcript(Path file, String encoding, String text, List<Turn> turns) {

    /** One speaker turn: who, what, and the 1-based line it starts on. */
    public record Turn(String speaker, String text, int line) {
    }

    private static final Pattern LABEL = Pattern.compile("^\\s*([^：:，,。！？!?；;\\s][^：:，,。！？!?；;]{0,11}?)\\s*[：:](.*)$");

    public Transcript {
        Objects.requireNonNull(file, "file");
        turns = List.copyOf(turns);
    }

    /**
     * @throws TextRejectedException when the file is empty, binary or broken in its encoding (the message names it)
     */
    public static Transcript read(Path file) throws IOException, TextRejectedException {
        Detection d = EncodingDetector.detect(file);
        StringBuilder sb = new StringBuilder();
        try (Reader r = EncodingDetector.open(file, d)) {
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        } catch (CharacterCodingException e) {
            throw new TextRejectedException(Messages.get("transcript.broken", file.getFileName(), d.label()));
        }
        String text = sb.toString();
        return new Transcript(file, d.label(), text, turns(text));
    }

    /** The speaker turns of a text (see the class comment). */
    public static List<Turn> turns(String text) {
        List<Turn> out = new ArrayList<>();
        String speaker = null;
        StringBuilder said = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LABEL.matcher(lines[i]);
            if (m.matches()) {
                if (speaker != null) {
                    out.add(new Turn(speaker, said.toString().strip(), start));
                }
                speaker = m.group(1).strip();
                said.setLength(0);
                said.append(m.group(2).strip());
                start = i + 1;
            } else if (speaker != null && !lines[i].isBlank()) {
                said.append('\n').append(lines[i].strip());
            }
        }
        if (speaker != null) {
            out.add(new Turn(speaker, said.toString().strip(), start));
        }
        return out;
    }

    /** The distinct turn labels, in order of first appearance. */
    public List<String> speakers() {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        turns.forEach(t -> s.add(t.speaker()));
        return List.copyOf(s);
    }
}
