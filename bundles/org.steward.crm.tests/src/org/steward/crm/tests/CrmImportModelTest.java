package org.steward.crm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.Osgi;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** crm.import as both runtimes run it: found through DS and run through the ModelRunner. */
class CrmImportModelTest {

    private static ModelRunner runner() {
        Osgi.start("org.steward.core", "org.steward.crm");
        return Osgi.service(ModelRunner.class);
    }

    private static JsonObject run(Path input, Path out) throws Exception {
        runner().run("crm.import", Optional.of(input), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(60)).writeTo(out);
        return JsonParser.parseString(Files.readString(out.resolve("result.json"))).getAsJsonObject();
    }

    @Test
    void importsTheCompanysOverview(@TempDir Path dir) throws Exception {
        JsonObject r = run(Fixtures.realOverview(), dir.resolve("out"));
        assertEquals(1, r.getAsJsonArray("customers").size());
        assertEquals(7, r.getAsJsonArray("contacts").size());
        assertEquals(1, r.getAsJsonArray("opportunities").size());
        assertEquals("O001", r.getAsJsonArray("opportunities").get(0).getAsJsonObject().get("number").getAsString());
        assertEquals(5, r.getAsJsonArray("referrals").size());
        assertEquals("UTF-8", r.get("encoding").getAsString());
        // 0.75 × 450,000 yuan, worked out by hand
        assertEquals(337_500.0, r.getAsJsonObject("pipeline").get("weightedYuan").getAsDouble(), 1e-6);
        assertTrue(Files.readString(dir.resolve("out/contacts.csv")).startsWith("customer,name,role,phone_masked,email_masked"));
    }

    @Test
    void noOutputFileHoldsAPlainPhoneOrEmail(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("fictional.md");
        Files.writeString(in, Fixtures.fictional(), StandardCharsets.UTF_8);
        JsonObject r = run(in, dir.resolve("out"));
        assertEquals("139******78", r.getAsJsonArray("contacts").get(0).getAsJsonObject().get("phone").getAsString());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("13912345678") || text.contains("wang.zr@example.org") || text.contains("66889900"),
                        f + " holds a plain sensitive value");
            }
        }
    }

    @Test
    void gbkAndUtf16CopiesImportTheSameWithTheEncodingReported(@TempDir Path dir) throws Exception {
        String text = Fixtures.fictional();
        Path gbk = dir.resolve("gbk.md");
        Files.write(gbk, text.replace("🏆 ", "").replace("💼 ", "").replace("🟢 ", "").replace("🔴 ", "").replace("📌 ", "")
                .getBytes(Charset.forName("GBK")));
        JsonObject g = run(gbk, dir.resolve("g"));
        assertEquals("GB18030", g.get("encoding").getAsString());
        assertEquals("临江化工园区管委会", g.getAsJsonArray("customers").get(0).getAsJsonObject().get("name").getAsString());
        Path utf16 = dir.resolve("utf16.md");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        JsonObject u = run(utf16, dir.resolve("u"));
        assertEquals("UTF-16LE (BOM)", u.get("encoding").getAsString());
        assertEquals(3, u.getAsJsonArray("opportunities").size());
    }

    @Test
    void emptyAndBinaryFilesGetAClearError(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.md"));
        ModelException e = assertThrows(ModelException.class, () -> run(empty, dir.resolve("o1")));
        assertTrue(e.getMessage().endsWith("empty.md is empty"), e.getMessage());
        Path png = dir.resolve("picture.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        ModelException b = assertThrows(ModelException.class, () -> run(png, dir.resolve("o2")));
        assertTrue(b.getMessage().contains("is not a text file"), b.getMessage());
    }
}
