package org.steward.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ResultImage;
import org.steward.core.model.ResultTable;

import com.google.gson.JsonParser;

class ResultFilesTest {

    @Test
    void writesJsonCsvAndPictures(@TempDir Path dir) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        ModelResult result = ModelResult.of(Map.of("documents", 2),
                List.of(new ResultTable("terms.csv", List.of("term", "note"),
                        List.of(List.of("管网", "plain"), List.of("a,b", "say \"hi\""), List.of("multi\nline", 3)))),
                List.of(new ResultImage("map.png", "image/png", png)), "2 documents");
        List<Path> files = result.writeTo(dir.resolve("out"));
        assertEquals(List.of("result.json", "terms.csv", "map.png"), files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(2, JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject().get("documents").getAsInt());
        // RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF between records.
        assertEquals("term,note\r\n管网,plain\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",3\r\n",
                Files.readString(files.get(1), StandardCharsets.UTF_8));
        assertArrayEquals(png, Files.readAllBytes(files.get(2)));
    }

    @Test
    void tablesWithRaggedRowsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ResultTable("t.csv", List.of("a", "b"), List.of(List.of("1"))));
        assertEquals("t.csv: row 1 has 1 cells but there are 2 columns", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ResultTable("../t.csv", List.of(), List.of()));
    }
}
