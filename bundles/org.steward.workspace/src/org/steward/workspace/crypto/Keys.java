package org.steward.workspace.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Creating and parsing 256-bit AES keys in their text form (base64 of 32 bytes). */
public final class Keys {
    public static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Keys() {
    }

    /** A fresh random key. */
    public static SecretKey generate() {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        try {
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Base64 text of the key (to put into a key file or STEWARD_KEY). */
    public static String encode(SecretKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * Parses the base64 text of a key.
     *
     * @param where for the message: the file or variable it came from
     */
    public static SecretKey parse(String text, String where) throws KeyException {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new KeyException(org.steward.workspace.internal.Messages.get("key.notBase64", where));
        }
        if (raw.length != KEY_BYTES) {
            throw new KeyException(org.steward.workspace.internal.Messages.get("key.length", where, raw.length));
        }
        try {
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
