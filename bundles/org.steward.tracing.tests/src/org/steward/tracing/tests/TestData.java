package org.steward.tracing.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;

/** The networks under data/ of this bundle (copies of the EPA SWMM 5 examples, public domain) and hand-drawn ones. */
final class TestData {
    private TestData() {
    }

    static byte[] bytes(String name) throws IOException {
        URL url = FrameworkUtil.getBundle(TestData.class).getEntry("data/" + name);
        if (url == null) {
            throw new IOException("test data data/" + name + " missing from the tests bundle");
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    static String text(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static Path copy(String name, Path dir) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes(name));
        return p;
    }

    /**
     * Hand-drawn tree, SI units, every conduit at the fallback velocity (no cross-sections):
     * <pre>
     *  A   B
     *   \ /
     *    C   D
     *     \ /
     *      E → F (outfall)
     * </pre>
     */
    static final String TREE = """
            [TITLE]
            hand-drawn tree for locate tests

            [OPTIONS]
            FLOW_UNITS CMS

            [JUNCTIONS]
            ;;Name Elev
            A  20  3 0 0 0
            B  20  3 0 0 0
            C  15  3 0 0 0
            D  15  3 0 0 0
            E  10  3 0 0 0

            [OUTFALLS]
            F  5  FREE NO

            [CONDUITS]
            AC  A  C  100  0.013  0  0  0  0
            BC  B  C  100  0.013  0  0  0  0
            CE  C  E  100  0.013  0  0  0  0
            DE  D  E  100  0.013  0  0  0  0
            EF  E  F  100  0.013  0  0  0  0
            """;

    /**
     * Hand-drawn network with a split at P and a bypass A→S2; 600 m conduits run 1000 s at the 0.6 m/s fallback:
     * <pre>
     *  A → P ← B      P → S1 (600 m), P → S2 (1200 m), A → S2 (600 m), S1 → O, S2 → O
     * </pre>
     */
    static final String BYPASS = """
            [OPTIONS]
            FLOW_UNITS CMS
            [JUNCTIONS]
            A   30
            B   30
            P   25
            S1  20
            S2  20
            [OUTFALLS]
            O   10  FREE
            [CONDUITS]
            AP   A   P   600   0.013  0  0
            BP   B   P   600   0.013  0  0
            PS1  P   S1  600   0.013  0  0
            PS2  P   S2  1200  0.013  0  0
            AS2  A   S2  600   0.013  0  0
            S1O  S1  O   60    0.013  0  0
            S2O  S2  O   60    0.013  0  0
            """;

    /**
     * Hand-drawn tree for placement: A → B → C → O and D → C (nodes in file order A, B, C, D, O).
     */
    static final String PLACEMENT = """
            [OPTIONS]
            FLOW_UNITS CMS
            [JUNCTIONS]
            A  40
            B  30
            C  20
            D  30
            [OUTFALLS]
            O  10  FREE
            [CONDUITS]
            AB  A  B  100  0.013  0  0
            BC  B  C  100  0.013  0  0
            CO  C  O  100  0.013  0  0
            DC  D  C  100  0.013  0  0
            """;
}
