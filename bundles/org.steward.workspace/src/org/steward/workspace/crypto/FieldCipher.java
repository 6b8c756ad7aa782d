package org.steward.workspace.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one field value with AES-256-GCM: a fresh random 96-bit IV per value, the field name as associated data
 * (a value moved to another field does not open), 128-bit tag. Text form: {@code enc:v1:<base64(iv | ciphertext | tag)>}.
 * Thread-safe.
 */
public final class FieldCipher {
    public static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    public FieldCipher(SecretKey key) {
        this.key = Objects.requireNonNull(key, "key");
        byte[] raw = key.getEncoded();
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || raw == null || raw.length != Keys.KEY_BYTES) {
            throw new IllegalArgumentException("FieldCipher needs a 256-bit AES key");
        }
    }

    /** True when the text has the cipher text form (any version). */
    public static boolean isCipherText(String text) {
        return text.startsWith("enc:v");
    }

    public String encrypt(String field, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a value sealed for {@code field}.
     *
     * @throws LockedValueException wrong key, damaged text, unknown version, or sealed for another field
     */
    public String decrypt(String field, String text) throws LockedValueException {
        if (!text.startsWith(PREFIX)) {
            throw new LockedValueException("field " + field + ": not an " + PREFIX + " cipher text");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new LockedValueException("field " + field + ": cipher text is not valid base64 (damaged)");
        }
        if (all.length < IV_BYTES + TAG_BITS / 8) {
            throw new LockedValueException("field " + field + ": cipher text is too short (damaged)");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] plain = c.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new LockedValueException("field " + field + ": the key does not open this value (wrong key or altered text)", e);
        } catch (GeneralSecurityException e) {
            throw new LockedValueException("field " + field + ": cannot decrypt: " + e.getClass().getSimpleName(), e);
        }
    }
}
