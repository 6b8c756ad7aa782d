package org.steward.workspace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of one field of a {@link Record}: a text, a list of texts, a map of texts (one level), or a sensitive
 * value this node cannot read ({@link Locked}).
 */
public sealed interface FieldValue {

    /** A single text. */
    record Text(String value) implements FieldValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A list of texts, in order. */
    record TextList(List<String> values) implements FieldValue {
        public TextList {
            values = List.copyOf(values);
        }
    }

    /** Named texts, in the order given (kept in the file). */
    record TextMap(Map<String, String> entries) implements FieldValue {
        public TextMap {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                Objects.requireNonNull(e.getKey(), "key");
                if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_.-]{0,99}")) {
                    throw new IllegalArgumentException("map key '" + e.getKey()
                            + "' is not allowed: use letters, digits, '_', '.', '-' starting with a letter");
                }
                Objects.requireNonNull(e.getValue(), "value of " + e.getKey());
            }
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /**
     * A sensitive value that could not be decrypted on this node: no key, or the wrong key. Saving a record
     * that holds it writes {@code stored} back unchanged.
     *
     * @param stored the value exactly as in the file (cipher text)
     * @param reason {@link LockReason}
     */
    record Locked(FieldValue stored, LockReason reason) implements FieldValue {
        public Locked {
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(reason, "reason");
            if (stored instanceof Locked) {
                throw new IllegalArgumentException("a locked value cannot hold another locked value");
            }
        }
    }

    /** Why a sensitive value is locked. */
    enum LockReason {
        /** This node has no key. */
        NO_KEY,
        /** The key does not open it (authentication tag check failed) or the text is damaged. */
        WRONG_KEY
    }

    static FieldValue text(String value) {
        return new Text(value);
    }

    static FieldValue list(String... values) {
        return new TextList(List.of(values));
    }
}
