package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.steward.workspace.crypto.FieldCipher;
import org.steward.workspace.crypto.Keys;
import org.steward.workspace.crypto.LockedValueException;

class FieldCipherTest {
    private final SecretKey key = Keys.generate();
    private final FieldCipher cipher = new FieldCipher(key);

    @Test
    void roundTripsAndHasTheVersionedForm() throws Exception {
        String sealed = cipher.encrypt("phone", "13800138000");
        assertTrue(sealed.startsWith("enc:v1:"), sealed);
        // 12-byte IV + 11 plaintext bytes (ASCII digits) + 16-byte GCM tag = 39 bytes, by hand
        assertEquals(39, Base64.getDecoder().decode(sealed.substring(7)).length);
        assertEquals("13800138000", cipher.decrypt("phone", sealed));
        assertEquals("张三@园区.cn", cipher.decrypt("email", cipher.encrypt("email", "张三@园区.cn")));
    }

    @Test
    void freshIvEveryTime() {
        String a = cipher.encrypt("phone", "13800138000");
        String b = cipher.encrypt("phone", "13800138000");
        assertNotEquals(a, b);
        assertNotEquals(a.substring(7, 23), b.substring(7, 23));
    }

    @Test
    void wrongKeyOtherFieldOrTamperingIsRefused() {
        String sealed = cipher.encrypt("phone", "13800138000");
        assertThrows(LockedValueException.class, () -> new FieldCipher(Keys.generate()).decrypt("phone", sealed));
        assertThrows(LockedValueException.class, () -> cipher.decrypt("mobile", sealed), "the field name is associated data");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(7));
        raw[20] ^= 1;
        String tampered = "enc:v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(LockedValueException.class, () -> cipher.decrypt("phone", tampered));
        assertThrows(LockedValueException.class, () -> cipher.decrypt("phone", "enc:v1:%%%"));
        assertThrows(LockedValueException.class, () -> cipher.decrypt("phone", "enc:v1:AAAA"));
    }

    @Test
    void refusesKeysThatAreNotAes256() {
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher(new javax.crypto.spec.SecretKeySpec(new byte[16], "AES")));
    }
}
