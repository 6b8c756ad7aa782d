package org.steward.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.steward.text.internal.Messages;

/**
 * Finds the encoding of a transcript from its first {@value #SAMPLE} bytes, in this order:
 * <ol>
 * <li>empty file: rejected;</li>
 * <li>byte-order mark: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE;</li>
 * <li>NUL bytes: if (nearly) all of them sit at odd offsets it is BOM-less UTF-16LE (ASCII characters,
 *     digits, spaces and line breaks have a zero high byte), at even offsets UTF-16BE; NULs anywhere else mean
 *     a binary file;</li>
 * <li>strict UTF-8 decode succeeds → UTF-8; otherwise strict GBK → GBK; otherwise strict GB18030 → GB18030;</li>
 * <li>the decoded sample has more than {@value #MAX_CONTROL_PERCENT}% control characters → binary, rejected.</li>
 * </ol>
 * The rest of the file is checked while it is read ({@link #open}): the decoder reports malformed input rather
 * than replacing it, so a file that goes wrong after the sample is rejected then, naming the encoding.
 */
public final class EncodingDetector {

    /** Bytes looked at to decide. */
    public static final int SAMPLE = 64 * 1024;
    /** Above this share of control characters (other than tab, CR, LF, FF) a file is binary. */
    public static final int MAX_CONTROL_PERCENT = 5;

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private EncodingDetector() {
    }

    public static Detection detect(Path file) throws IOException, TextRejectedException {
        byte[] sample;
        boolean complete;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
            complete = in.read() < 0;
        }
        return detect(sample, complete);
    }

    /**
     * @param sample   the first bytes of the file
     * @param complete whether the sample is the whole file (then a truncated last character is an error)
     */
    public static Detection detect(byte[] sample, boolean complete) throws TextRejectedException {
        int n = sample.length;
        if (n == 0) {
            throw new TextRejectedException(Messages.get("encoding.empty"));
        }
        Detection d;
        if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            d = new Detection("UTF-8 (BOM)", StandardCharsets.UTF_8, 3);
        } else if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            d = new Detection("UTF-16LE (BOM)", StandardCharsets.UTF_16LE, 2);
        } else if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            d = new Detection("UTF-16BE (BOM)", StandardCharsets.UTF_16BE, 2);
        } else {
            d = guessWithoutBom(sample, complete);
        }
        String text = decodeOrNull(sample, d.bomLength(), d.charset(), complete);
        if (text == null) {
            throw new TextRejectedException(Messages.get("encoding.invalid", d.label()));
        }
        if (text.isEmpty()) {
            throw new TextRejectedException(Messages.get("encoding.empty"));
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0)) {
                controls++;
            }
        }
        if (controls * 100L > (long) MAX_CONTROL_PERCENT * text.length()) {
            throw new TextRejectedException(Messages.get("encoding.binary", controls, text.length()));
        }
        return d;
    }

    private static Detection guessWithoutBom(byte[] s, boolean complete) throws TextRejectedException {
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == 0) {
                if ((i & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        int zeros = zerosEven + zerosOdd;
        if (zeros > 0) {
            // UTF-16 text has its NULs on one side only; a few stray ones on the other side (e.g. U+0100, U+xx00)
            // are allowed up to 5 %.
            if (zerosOdd > 0 && zerosEven * 20 <= zerosOdd && decodeOrNull(s, 0, StandardCharsets.UTF_16LE, complete) != null) {
                return new Detection("UTF-16LE (no BOM)", StandardCharsets.UTF_16LE, 0);
            }
            if (zerosEven > 0 && zerosOdd * 20 <= zerosEven && decodeOrNull(s, 0, StandardCharsets.UTF_16BE, complete) != null) {
                return new Detection("UTF-16BE (no BOM)", StandardCharsets.UTF_16BE, 0);
            }
            throw new TextRejectedException(Messages.get("encoding.nul", zeros));
        }
        if (decodeOrNull(s, 0, StandardCharsets.UTF_8, complete) != null) {
            return new Detection("UTF-8", StandardCharsets.UTF_8, 0);
        }
        if (decodeOrNull(s, 0, GBK, complete) != null) {
            return new Detection("GBK", GBK, 0);
        }
        if (decodeOrNull(s, 0, GB18030, complete) != null) {
            return new Detection("GB18030", GB18030, 0);
        }
        throw new TextRejectedException(Messages.get("encoding.unknown"));
    }

    /** Strict decode; a character cut at the end of an incomplete sample is not an error. */
    static String decodeOrNull(byte[] bytes, int offset, Charset cs, boolean complete) {
        CharsetDecoder dec = strictDecoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((bytes.length - offset) * 2 + 4);
        CoderResult r = dec.decode(in, out, complete);
        if (r.isError()) {
            return null;
        }
        if (complete) {
            r = dec.flush(out);
            if (r.isError()) {
                return null;
            }
        } else if (in.remaining() > 4) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    public static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Opens the file as characters in the detected encoding, after its byte-order mark. Malformed input later in the
     * file raises a {@link java.nio.charset.CharacterCodingException} from {@code read}.
     */
    public static Reader open(Path file, Detection d) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(d.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, strictDecoder(d.charset()));
    }
}
