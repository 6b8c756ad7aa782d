package org.steward.text;

import java.util.List;

/**
 * Which tokens are counted as terms.
 *
 * @param posPrefixes  a token is kept when its tag starts with one of these (HanLP/PKU tags: {@code n} nouns and
 *                     named entities {@code nr} person, {@code ns} place, {@code nt} organisation, {@code nz} other
 *                     proper nouns and domain terms; {@code v} verbs and {@code vn} verbal nouns). Empty keeps all.
 * @param minLength    shortest kept word in characters (2 drops single characters, which carry little in Chinese)
 * @param stopWords    whether the lexicon's stop words are dropped
 */
public record TokenFilter(List<String> posPrefixes, int minLength, boolean stopWords) {

    /** Nouns, named entities and verbs, at least two characters, without stop words. */
    public static final TokenFilter DEFAULT = new TokenFilter(List.of("n", "v"), 2, true);

    public TokenFilter {
        posPrefixes = List.copyOf(posPrefixes);
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1, not " + minLength);
        }
    }

    public boolean keeps(String word, String pos, Lexicon lexicon) {
        if (word.codePointCount(0, word.length()) < minLength || !hasLetter(word)) {
            return false;
        }
        if (stopWords && lexicon.isStopWord(word)) {
            return false;
        }
        if (posPrefixes.isEmpty() || lexicon.terms().containsKey(word)) {
            return true;
        }
        for (String p : posPrefixes) {
            if (pos.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
