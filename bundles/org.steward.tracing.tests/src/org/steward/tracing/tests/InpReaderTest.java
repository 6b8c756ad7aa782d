package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpDocument;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.InpWriter;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.network.UnitSystem;

/** Reads every shared EPA SWMM example and writes it back. */
class InpReaderTest {

    @org.junit.jupiter.api.BeforeAll
    static void englishMessages() {
        // the assertions below read English messages; MessagesTest covers Chinese
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
    }

    /*
     * Expected counts were made independently of the reader, by counting the data lines (not blank, not starting
     * with ';') of each section with awk:
     *   awk '/^\[/{s=toupper($0);next} /^[ \t]*;/||/^[ \t]*$/{next} {c[s]++} END{for(s in c)print s,c[s]}' X.inp
     * nodes = JUNCTIONS + OUTFALLS + STORAGE + DIVIDERS, links = CONDUITS + PUMPS + ORIFICES + WEIRS + OUTLETS:
     *   Example1 13+1 / 13;  Example3 31+2+1 / 32+1;  user1 59+1 / 59;  user2 43+1+28 / 83+19;  user3 5+6+130 / 134+5.
     * Units from each file's FLOW_UNITS (CFS → US, CMS → SI).
     */
    @ParameterizedTest
    @CsvSource({"Example1.inp,14,13,US,14", "Example3.inp,34,33,US,34", "user1.inp,60,59,SI,60", "user2.inp,72,102,US,72",
            "user3.inp,141,139,SI,141"})
    void readsEverySharedNetworkWithoutErrors(String file, int nodes, int links, String units, int withCoordinates,
                                              @TempDir Path dir) throws Exception {
        SewerNetwork net = InpReader.read(TestData.copy(file, dir));
        assertEquals(List.of(), net.errors(), "errors in " + file);
        assertEquals(nodes, net.nodeCount());
        assertEquals(links, net.linkCount());
        assertEquals(UnitSystem.valueOf(units), net.units());
        // [COORDINATES] has one line per node in every example (same awk count).
        assertEquals(withCoordinates, net.nodes().stream().filter(n -> n.hasCoordinates()).count());
    }

    @ParameterizedTest
    @CsvSource({"Example1.inp", "Example3.inp", "user1.inp", "user2.inp", "user3.inp"})
    void exportThenReadGivesTheSameNetworkAndKeepsOtherSectionsVerbatim(String file, @TempDir Path dir) throws Exception {
        SewerNetwork net = InpReader.read(TestData.copy(file, dir));
        Path out = dir.resolve("out.inp");
        InpWriter.write(net, out);
        SewerNetwork again = InpReader.read(out);
        assertEquals(net.nodes(), again.nodes());
        assertEquals(net.links(), again.links());
        assertEquals(net.issues().size(), again.issues().size());
        List<InpDocument.Section> a = net.document().sections();
        List<InpDocument.Section> b = again.document().sections();
        assertEquals(a.stream().map(InpDocument.Section::header).toList(), b.stream().map(InpDocument.Section::header).toList());
        for (int i = 0; i < a.size(); i++) {
            if (!InpReader.READ_SECTIONS.contains(a.get(i).name())) {
                assertEquals(a.get(i).lines().stream().map(InpDocument.Line::text).toList(),
                        b.get(i).lines().stream().map(InpDocument.Line::text).toList(), a.get(i).header());
            }
        }
        // Unread sections such as [CURVES], [TIMESERIES], [Polygons] survive byte for byte.
        String original = Files.readString(dir.resolve(file));
        String written = Files.readString(out);
        for (String kept : List.of("[REPORT]", "[OPTIONS]")) {
            assertEquals(original.contains(kept), written.contains(kept));
        }
    }

    @org.junit.jupiter.api.Test
    void readsDirectionFromPumpsAndConduitsOfExample3(@TempDir Path dir) throws Exception {
        SewerNetwork net = InpReader.read(TestData.copy("Example3.inp", dir));
        // Example3.inp line "PUMP1 SU1 KRO1014 PUMP_CURVE1 ON": the pump lifts the wet well into KRO1014.
        int su1 = net.indexOf("SU1").getAsInt();
        assertTrue(net.downstreamOf(su1).get(net.indexOf("KRO1014").getAsInt()));
        assertTrue(net.downstreamOf(su1).get(net.indexOf("PSO").getAsInt()));
        assertFalse(net.upstreamOf(su1).get(net.indexOf("PSO").getAsInt()));
    }

    @org.junit.jupiter.api.Test
    void elevationPolicyReversesUphillConduitsOfUser2(@TempDir Path dir) throws Exception {
        // user2.inp lines 252-253: TW01210 (881.0) → TW01200 (882.4) and TW01230 (880.0) → TW01220 (881.2) run uphill.
        SewerNetwork declared = InpReader.read(TestData.copy("user2.inp", dir), DirectionPolicy.DECLARED);
        SewerNetwork elevation = InpReader.read(dir.resolve("user2.inp"), DirectionPolicy.ELEVATION);
        assertEquals("TW01210", declared.links().stream().filter(l -> l.id().equals("TW01210")).findFirst().get().from());
        var reversed = elevation.links().stream().filter(l -> l.id().equals("TW01210")).findFirst().get();
        assertEquals("TW01200", reversed.from());
        assertTrue(reversed.reversed());
        assertTrue(declared.issues().stream().anyMatch(i -> i.line() == 252 && i.message().contains("uphill")));
    }
}
