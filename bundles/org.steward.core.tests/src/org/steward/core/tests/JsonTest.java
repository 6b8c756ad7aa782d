package org.steward.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.steward.core.json.Json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Checks the writer against an independent parser (Gson) and the reader against hand-written JSON. */
class JsonTest {

    record Term(String text, int count, Optional<String> tag) {
    }

    @Test
    void writtenJsonIsReadByGsonWithTheSameValues() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "管网溯源 \"quoted\" \\ tab\t line\n");
        doc.put("count", 42);
        doc.put("ratio", 0.125);
        doc.put("whole", 3.0);
        doc.put("nan", Double.NaN);
        doc.put("ok", true);
        doc.put("none", null);
        doc.put("terms", List.of(new Term("溯源", 7, Optional.empty()), new Term("管网", 3, Optional.of("n"))));
        doc.put("control", "\u0001");
        for (String text : List.of(Json.write(doc), Json.writeCompact(doc))) {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            assertEquals("管网溯源 \"quoted\" \\ tab\t line\n", o.get("name").getAsString());
            assertEquals(42, o.get("count").getAsInt());
            assertEquals(0.125, o.get("ratio").getAsDouble(), 0.0);
            assertEquals(3.0, o.get("whole").getAsDouble(), 0.0);
            assertTrue(o.get("nan").isJsonNull());
            assertTrue(o.get("ok").getAsBoolean());
            assertTrue(o.get("none").isJsonNull());
            JsonElement second = o.getAsJsonArray("terms").get(1);
            assertEquals("管网", second.getAsJsonObject().get("text").getAsString());
            assertEquals("n", second.getAsJsonObject().get("tag").getAsString());
            assertTrue(o.getAsJsonArray("terms").get(0).getAsJsonObject().get("tag").isJsonNull());
            assertEquals("\u0001", o.get("control").getAsString());
        }
        assertTrue(!Json.writeCompact(doc).contains("\n"));
    }

    @Test
    void readerParsesNestedValuesAndKeepsOrder() throws Exception {
        Map<String, Object> m = Json.parseObject("{ \"b\": [1, -2.5e1, \"x\\u00e9\"], \"a\": {\"t\": true, \"n\": null} }");
        assertEquals(List.of("b", "a"), List.copyOf(m.keySet()));
        assertEquals(List.of(1L, -25.0, "xé"), m.get("b"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) m.get("a")).get("t"));
    }

    @Test
    void readerNamesLineAndColumnOfErrors() {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(Json.JsonException.class, () -> Json.parse("[1, 2"));
        assertThrows(Json.JsonException.class, () -> Json.parse("{} trailing"));
        assertThrows(Json.JsonException.class, () -> Json.parse(""));
        assertThrows(Json.JsonException.class, () -> Json.parseObject("[1]"));
    }
}
