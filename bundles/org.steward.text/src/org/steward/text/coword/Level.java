package org.steward.text.coword;

/** The unit in which two terms co-occur. */
public enum Level {
    /** Both terms appear somewhere in the same document. */
    DOCUMENT,
    /** Both terms appear in the same sentence. */
    SENTENCE
}
