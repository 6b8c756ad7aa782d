package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.Issue;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.network.SewerNetwork;

/**
 * Deliberately broken copies of Example1.inp. Expected line numbers are found by searching the broken text for the
 * line that was changed, not taken from the reader.
 */
class ValidationTest {

    @org.junit.jupiter.api.BeforeAll
    static void englishMessages() {
        // the assertions below read English messages; MessagesTest covers Chinese
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
    }

    private static String example1() throws Exception {
        return TestData.text("Example1.inp");
    }

    /** 1-based number of the first line that starts with {@code prefix}. */
    private static int lineOf(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static String replaceLine(String text, String prefix, String replacement) {
        int line = lineOf(text, prefix);
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        lines.set(line - 1, replacement);
        return String.join("\n", lines);
    }

    private static SewerNetwork parse(String text) throws NetworkFormatException {
        return InpReader.parse("broken.inp", text, DirectionPolicy.DECLARED);
    }

    private static Issue issueAt(SewerNetwork net, int line, Issue.Severity severity, String containing) {
        return net.issues().stream().filter(i -> i.line() == line && i.severity() == severity && i.message().contains(containing))
                .findFirst().orElseThrow(() -> new AssertionError("no " + severity + " containing '" + containing + "' at line "
                        + line + "; issues: " + net.issues()));
    }

    @Test
    void unknownNodeReferenceIsAnErrorAtItsLine() throws Exception {
        String text = replaceLine(example1(), "1                9 ", "1                9                99               400        0.01       0          0          0          0");
        SewerNetwork net = parse(text);
        Issue i = issueAt(net, lineOf(text, "1                9 "), Issue.Severity.ERROR, "'99'");
        assertTrue(i.toString().startsWith("broken.inp:" + i.line() + ": error"), i.toString());
    }

    @Test
    void duplicateIdIsAnErrorAtTheSecondDeclaration() throws Exception {
        String text = example1().replace("24               984        3", "13               990        3          0\n24               984        3");
        SewerNetwork net = parse(text);
        int first = lineOf(text, "13               995");
        int duplicate = lineOf(text, "13               990");
        assertTrue(duplicate > first);
        issueAt(net, duplicate, Issue.Severity.ERROR, "first declared on line " + first);
    }

    @Test
    void malformedNumberNamesTheField() throws Exception {
        String text = replaceLine(example1(), "14               990", "14               99O        3          0          0          0");
        SewerNetwork net = parse(text);
        issueAt(net, lineOf(text, "14               99O"), Issue.Severity.ERROR, "Elevation");
    }

    @Test
    void wrongFieldCountNamesTheLayout() throws Exception {
        String text = replaceLine(example1(), "16               24", "16               24               17");
        SewerNetwork net = parse(text);
        Issue i = issueAt(net, lineOf(text, "16               24"), Issue.Severity.ERROR, "3 fields but needs at least 7");
        assertTrue(i.message().contains("Length"), i.message());
    }

    @Test
    void truncatedFileReportsTheCutLine() throws Exception {
        String full = example1();
        int cut = full.indexOf("11               13               14") + 20;
        String text = full.substring(0, cut);
        SewerNetwork net = parse(text);
        issueAt(net, lineOf(text, "11               13"), Issue.Severity.ERROR, "2 fields");
        // conduits after the cut are gone, so nodes 13, 14, 15 … no longer reach the outfall
        issueAt(net, lineOf(text, "13               995"), Issue.Severity.WARNING, "no downstream path to an outfall");
    }

    @Test
    void disconnectedPartIsReported() throws Exception {
        String text = example1() + "\n[JUNCTIONS]\nISLAND1  50\n[OUTFALLS]\nISLAND2  40  FREE\n[CONDUITS]\nIS  ISLAND1  ISLAND2  10  0.013  0  0\n";
        SewerNetwork net = parse(text);
        assertEquals(List.of(), net.errors());
        issueAt(net, lineOf(text, "ISLAND1"), Issue.Severity.WARNING, "not connected to the main network");
    }

    @Test
    void reversedConduitLeavesNodesWithoutOutfallUnlessDirectionFollowsElevation() throws Exception {
        String text = replaceLine(example1(), "10               17", "10               18               17               400        0.01       0          0          0          0");
        SewerNetwork declared = parse(text);
        issueAt(declared, lineOf(text, "10               18"), Issue.Severity.WARNING, "slopes uphill");
        issueAt(declared, lineOf(text, "17               980"), Issue.Severity.WARNING, "no downstream path to an outfall");
        SewerNetwork byElevation = InpReader.parse("broken.inp", text, DirectionPolicy.ELEVATION);
        issueAt(byElevation, lineOf(text, "10               18"), Issue.Severity.WARNING, "reversed");
        assertTrue(byElevation.issues().stream().noneMatch(i -> i.message().contains("no downstream path")), byElevation.issues().toString());
    }

    @Test
    void directedLoopMakesDirectionUndecidable() throws Exception {
        String text = example1().replace("16               24               17", "LOOP             17               24               100        0.01       0          0          0          0\n16               24               17");
        SewerNetwork net = parse(text);
        issueAt(net, lineOf(text, "LOOP"), Issue.Severity.WARNING, "directed loop");
        issueAt(net, lineOf(text, "16               24"), Issue.Severity.WARNING, "directed loop");
    }

    @Test
    void emptyBinaryWrongEncodingAndHeaderlessFilesGiveAClearErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.inp");
        Files.write(empty, new byte[0]);
        NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> InpReader.read(empty));
        assertTrue(e.getMessage().startsWith("empty.inp: ") && e.getMessage().contains("empty"), e.getMessage());

        Path blank = dir.resolve("blank.inp");
        Files.writeString(blank, "\n  \n\n");
        assertTrue(assertThrows(NetworkFormatException.class, () -> InpReader.read(blank)).getMessage().contains("blank"));

        Path binary = dir.resolve("binary.inp");
        Files.write(binary, new byte[] {'[', 'T', 'I', 'T', 'L', 'E', ']', '\n', 'x', '\n', 0, 1, 2, 3});
        e = assertThrows(NetworkFormatException.class, () -> InpReader.read(binary));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("binary.inp:3: ") && e.getMessage().contains("binary"), e.getMessage());

        Path gbk = dir.resolve("gbk.inp");
        Files.write(gbk, "[TITLE]\n;;ok\n;; 工业园区管网\n".getBytes(Charset.forName("GBK")));
        e = assertThrows(NetworkFormatException.class, () -> InpReader.read(gbk));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());

        Path prose = dir.resolve("prose.inp");
        Files.writeString(prose, "\nthis is a letter, not a network\n", StandardCharsets.UTF_8);
        e = assertThrows(NetworkFormatException.class, () -> InpReader.read(prose));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not a SWMM"), e.getMessage());

        NetworkFormatException missing = assertThrows(NetworkFormatException.class, () -> InpReader.read(dir.resolve("none.inp")));
        assertTrue(missing.getMessage().startsWith("none.inp: cannot be read"), missing.getMessage());
    }

    @Test
    void fileWithSectionsButNoNodesIsAnError() throws Exception {
        SewerNetwork net = parse("[TITLE]\nnothing here\n[OPTIONS]\nFLOW_UNITS CMS\n");
        assertTrue(net.errors().stream().anyMatch(i -> i.message().contains("no nodes")), net.issues().toString());
    }
}
