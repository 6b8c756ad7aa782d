package org.steward.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The encoding found for a text file.
 *
 * @param label      what is reported to people: {@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE (BOM)},
 *                   {@code UTF-16BE (no BOM)}, {@code GBK}, {@code GB18030}
 * @param charset    the charset to decode with
 * @param bomLength  bytes of byte-order mark to skip before decoding (0, 2 or 3)
 */
public record Detection(String label, Charset charset, int bomLength) {
    public Detection {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(charset, "charset");
    }
}
