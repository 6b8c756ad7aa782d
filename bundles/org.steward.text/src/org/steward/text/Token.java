package org.steward.text;

import java.util.Objects;

/** One word of a segmented text with its HanLP part-of-speech tag ({@code n}, {@code v}, {@code ns}, {@code nz}…). */
public record Token(String word, String pos) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pos, "pos");
    }
}
