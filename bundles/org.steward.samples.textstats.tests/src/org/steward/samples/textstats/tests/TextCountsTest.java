package org.steward.samples.textstats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.steward.samples.textstats.TextCounts;

/** Expected counts worked out by hand from the definitions in TextCounts' Javadoc. */
class TextCountsTest {

    @Test
    void latinText() {
        // "Hello, world!" = 13 code points, 2 words; "\n" then "bye" → 17 code points, 3 words, 2 lines
        assertEquals(new TextCounts(17, 3, 2), TextCounts.of("Hello, world!\nbye"));
    }

    @Test
    void hanCharactersAreWordsOfTheirOwn() {
        // 管网溯源 = 4 Han characters (4 words), space, "pH7" = 1 word, newline: 9 code points, 5 words, 1 line
        assertEquals(new TextCounts(9, 5, 1), TextCounts.of("管网溯源 pH7\n"));
    }

    @Test
    void supplementaryCharactersCountOnce() {
        // U+20000 (CJK Extension B, script HAN) is 2 UTF-16 units but 1 code point
        assertEquals(new TextCounts(1, 1, 1), TextCounts.of(new String(Character.toChars(0x20000))));
    }

    @Test
    void emptyText() {
        assertEquals(new TextCounts(0, 0, 0), TextCounts.of(""));
    }
}
