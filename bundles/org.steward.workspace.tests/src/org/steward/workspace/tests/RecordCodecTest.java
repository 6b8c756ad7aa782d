package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.RecordCodec;
import org.steward.workspace.RecordFormatException;

class RecordCodecTest {

    private static Record customer() {
        Map<String, FieldValue> f = new LinkedHashMap<>();
        f.put("name", FieldValue.text("华东精细化工园区管委会"));
        f.put("region", FieldValue.text("江苏省 · 南通市"));
        f.put("tags", FieldValue.list("园区", "污水处理", "key: value"));
        f.put("address", new FieldValue.TextMap(Map.of("city", "南通")));
        f.put("note", FieldValue.text("第一行\n第二行\t\"引号\" \\ 反斜杠"));
        f.put("empty", FieldValue.text(""));
        f.put("padded", FieldValue.text("  leading and trailing  "));
        f.put("bracket", FieldValue.text("[not a list]"));
        f.put("none", new FieldValue.TextList(List.of()));
        f.put("nomap", new FieldValue.TextMap(Map.of()));
        f.put("quote", FieldValue.text("\"starts with a quote"));
        f.put("colon", FieldValue.text("a: b: c"));
        String body = "# 客户概况\n\n- 年产值 120 亿元\n- 污水厂 2 座\n\n---\n\n分隔线之后的正文也属于正文。\n";
        return new Record("customer", "c-001", f, body);
    }

    @Test
    void roundTripsChineseListsMapsQuotesAndMultilineBody() throws Exception {
        Record r = customer();
        String text = RecordCodec.encode(r);
        Record back = RecordCodec.decode("customer/c-001.md", text);
        assertEquals(r, back);
        assertEquals(text, RecordCodec.encode(back));
    }

    /** The expected file text is written by hand from the format rules in docs/workspace.md. */
    @Test
    void writesTheDocumentedFormat() {
        Map<String, FieldValue> f = new LinkedHashMap<>();
        f.put("name", FieldValue.text("南通园区"));
        f.put("tags", FieldValue.list("a", ""));
        f.put("address", new FieldValue.TextMap(Map.of("city", "南通")));
        f.put("note", FieldValue.text("two\nlines"));
        Record r = new Record("customer", "c-9", f, "正文\n");
        String expected = "---\n"
                + "type: customer\n"
                + "id: c-9\n"
                + "name: 南通园区\n"
                + "tags:\n"
                + "  - a\n"
                + "  - \"\"\n"
                + "address:\n"
                + "  city: 南通\n"
                + "note: \"two\\nlines\"\n"
                + "---\n"
                + "正文\n";
        assertEquals(expected, RecordCodec.encode(r));
    }

    @Test
    void keepsFieldOrderOfTheFile() throws Exception {
        String text = "---\ntype: contact\nid: p-1\nzeta: 1\nalpha: 2\nmid: 3\n---\n";
        Record r = RecordCodec.decode("contact/p-1.md", text);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(r.fields().keySet()));
        assertEquals(text, RecordCodec.encode(r));
    }

    @Test
    void acceptsWindowsLineEndsInTheFrontMatter() throws Exception {
        Record r = RecordCodec.decode("x/a.md", "---\r\ntype: x\r\nid: a\r\nname: A\r\n---\r\nbody\r\n");
        assertEquals("A", r.text("name").orElseThrow());
        assertEquals("body\r\n", r.body());
    }

    @Test
    void halfWrittenFileNamesFileLineAndFix() {
        String cut = "---\ntype: customer\nid: c-001\nname: 华东\nphone: enc:v1:AAAA";
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> RecordCodec.decode("customer/c-001.md", cut));
        assertEquals("customer/c-001.md", e.problem().file());
        assertEquals(5, e.problem().line());
        assertTrue(e.getMessage().startsWith("customer/c-001.md:5: "), e.getMessage());
        assertTrue(e.problem().fix().contains("---"), e.problem().fix());
    }

    @Test
    void emptyFileIsReported() {
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> RecordCodec.decode("customer/c-2.md", ""));
        assertEquals("customer/c-2.md", e.problem().file());
    }

    @Test
    void badLinesAreReportedWithTheirNumber() {
        assertLine(4, "---\ntype: a\nid: b\nthis is not a field\n---\n");
        assertLine(4, "---\ntype: a\nid: b\nname: \"unclosed\n---\n");
        assertLine(6, "---\ntype: a\nid: b\ntags:\n  - x\n  city: y\n---\n");
        assertLine(5, "---\ntype: a\nid: b\nname: x\n  stray: y\n---\n");
        assertLine(4, "---\ntype: a\nid: b\nname: \"bad \\q escape\"\n---\n");
        assertLine(5, "---\ntype: a\nid: b\nname: x\nname: y\n---\n");
        assertLine(4, "---\ntype: a\nid: b\nlonely:\n---\n");
        assertLine(1, "---\ntype: a\nname: x\n---\n");
    }

    private static void assertLine(int line, String text) {
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> RecordCodec.decode("a/b.md", text), text);
        assertEquals(line, e.problem().line(), e.getMessage());
        assertTrue(!e.problem().fix().isBlank(), "a fix is given: " + e.getMessage());
    }
}
