package org.steward.samples.textstats;

/**
 * Counts of one text. Characters are Unicode code points (so 管网 is 2); a word is a maximal run of letters or
 * digits in alphabetic scripts, and each Han character counts as one word, since Chinese has no spaces.
 * Lines are line breaks plus one for a last line without a break; an empty text has 0 lines.
 */
public record TextCounts(long characters, long words, long lines) {

    public static TextCounts of(String text) {
        long chars = text.codePointCount(0, text.length());
        long words = 0;
        long lines = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                lines++;
            }
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            lines++;
        }
        return new TextCounts(chars, words, lines);
    }
}
