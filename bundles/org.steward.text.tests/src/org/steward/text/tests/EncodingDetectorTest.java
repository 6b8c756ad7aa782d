package org.steward.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.text.Detection;
import org.steward.text.DocumentAnalyzer;
import org.steward.text.EncodingDetector;
import org.steward.text.Lexicon;
import org.steward.text.Segmenter;
import org.steward.text.TextRejectedException;
import org.steward.text.TokenFilter;

/** Encoding detection on files written in each encoding by the JDK's own encoders. */
class EncodingDetectorTest {

    /** A transcript line with digits, Latin letters, spaces and a line break, as real transcripts have. */
    static final String TEXT = "2025年3月12日 园区管委会座谈：管网溯源试点，COD 在线监测 120 mg/L，希望环保管家提供整体解决方案。\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.write(p);
        }
        Path f = dir.resolve(name);
        Files.write(f, b.toByteArray());
        return f;
    }

    private String roundTrip(Path f, Detection d) throws Exception {
        try (Reader r = EncodingDetector.open(f, d)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[256];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    @Test
    void utf8WithoutAndWithBom() throws Exception {
        Path plain = write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        Detection d = EncodingDetector.detect(plain);
        assertEquals("UTF-8", d.label());
        assertEquals(TEXT, roundTrip(plain, d));

        Path bom = write("b.txt", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, TEXT.getBytes(StandardCharsets.UTF_8));
        Detection db = EncodingDetector.detect(bom);
        assertEquals("UTF-8 (BOM)", db.label());
        assertEquals(TEXT, roundTrip(bom, db), "the BOM is not part of the text");
    }

    @Test
    void gbk() throws Exception {
        Path f = write("gbk.txt", TEXT.getBytes(Charset.forName("GBK")));
        Detection d = EncodingDetector.detect(f);
        assertEquals("GBK", d.label());
        assertEquals(TEXT, roundTrip(f, d));
    }

    @Test
    void gb18030OnlyCharactersNeedFourByteCodes() throws Exception {
        // 𠮷 (U+20BB7, CJK extension B) is not in GBK; GB18030 codes it as the four bytes 95 32 82 36.
        String text = TEXT + "𠮷溪工业园区\n";
        byte[] bytes = text.getBytes(Charset.forName("GB18030"));
        Path f = write("gb18030.txt", bytes);
        Detection d = EncodingDetector.detect(f);
        assertEquals("GB18030", d.label());
        assertEquals(text, roundTrip(f, d));
    }

    @Test
    void utf16WithBom() throws Exception {
        Path le = write("le.txt", new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE (BOM)", EncodingDetector.detect(le).label());
        assertEquals(TEXT, roundTrip(le, EncodingDetector.detect(le)));
        Path be = write("be.txt", new byte[] { (byte) 0xFE, (byte) 0xFF }, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16BE (BOM)", EncodingDetector.detect(be).label());
        assertEquals(TEXT, roundTrip(be, EncodingDetector.detect(be)));
    }

    @Test
    void utf16WithoutBomByItsZeroBytes() throws Exception {
        Path le = write("le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE (no BOM)", EncodingDetector.detect(le).label());
        assertEquals(TEXT, roundTrip(le, EncodingDetector.detect(le)));
        Path be = write("be.txt", TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16BE (no BOM)", EncodingDetector.detect(be).label());
        assertEquals(TEXT, roundTrip(be, EncodingDetector.detect(be)));
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path f = write("empty.txt");
        TextRejectedException e = assertThrows(TextRejectedException.class, () -> EncodingDetector.detect(f));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        Path bomOnly = write("bom.txt", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        assertThrows(TextRejectedException.class, () -> EncodingDetector.detect(bomOnly));
    }

    @Test
    void binaryFilesAreRejected() throws Exception {
        // The start of a PNG file: signature, IHDR chunk with its NUL bytes in no UTF-16 pattern.
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
            0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66 };
        Path f = write("picture.txt", png);
        TextRejectedException e = assertThrows(TextRejectedException.class, () -> EncodingDetector.detect(f));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());

        // No NUL at all but mostly control characters (valid UTF-8 bytes 01..1F).
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + i % 8);
        }
        Path g = write("controls.txt", controls);
        TextRejectedException e2 = assertThrows(TextRejectedException.class, () -> EncodingDetector.detect(g));
        assertTrue(e2.getMessage().contains("control"), e2.getMessage());
    }

    @Test
    void damageAfterTheSampleIsReportedWhenRead() throws Exception {
        // 70 KB of valid UTF-8, then a GBK-encoded tail: the 64 KB sample says UTF-8, reading finds the damage.
        byte[] head = "管网溯源。".repeat(5000).getBytes(StandardCharsets.UTF_8);
        assertTrue(head.length > EncodingDetector.SAMPLE);
        Path f = write("mixed.txt", head, "园区管委".getBytes(Charset.forName("GBK")));
        assertEquals("UTF-8", EncodingDetector.detect(f).label());
        DocumentAnalyzer a = new DocumentAnalyzer(new Segmenter(Lexicon.builtIn(), TokenFilter.DEFAULT, true), 1000);
        TextRejectedException e = assertThrows(TextRejectedException.class, () -> a.analyze(f, "mixed.txt"));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
