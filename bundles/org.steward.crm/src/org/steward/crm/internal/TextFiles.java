package org.steward.crm.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.steward.core.model.ModelException;

/**
 * Reads a text file whatever its encoding among those Chinese offices produce: UTF-8 (with or without BOM),
 * UTF-16 with BOM, and GB18030/GBK; refuses empty and binary files with the reason.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The decoded text and the name of the encoding found. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded read(Path file, String source) throws ModelException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelException(source, file + " cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ModelException(source, file + " is empty");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            boolean little = bytes[0] == (byte) 0xFF;
            String text = new String(bytes, 2, bytes.length - 2, little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            return new Decoded(text, little ? "UTF-16LE (BOM)" : "UTF-16BE (BOM)");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ModelException(source, file + " is not a text file (it contains NUL bytes); "
                        + "save it as Markdown text (UTF-8) and import again");
            }
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        try {
            String text = strict(StandardCharsets.UTF_8, bytes, bom ? 3 : 0);
            return new Decoded(text, bom ? "UTF-8 (BOM)" : "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strict(Charset.forName("GB18030"), bytes, 0), "GB18030");
            } catch (CharacterCodingException notGb) {
                throw new ModelException(source, file + " is neither UTF-8 nor GB18030/GBK text; convert it to UTF-8");
            }
        }
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }
}
