package org.steward.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;

class ParametersTest {

    private static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("topN", "Top N", "how many terms", 100, 1, 5000),
            ParameterSpec.number("alpha", "Alpha", "smoothing", 0.5, 0.0, 1.0),
            ParameterSpec.choice("level", "Level", "co-occurrence window", "document", "document", "sentence"),
            ParameterSpec.bool("verbose", "Verbose", "more output", false),
            ParameterSpec.stringList("sensors", "Sensors", "sensor nodes", null));

    @Test
    void defaultsApplyAndTextIsConverted() throws Exception {
        Parameters p = Parameters.parse(SPECS, Map.of("sensors", "N1, N2,,N3", "alpha", "0.25"));
        assertEquals(100, p.integer("topN"));
        assertEquals(0.25, p.number("alpha"), 0.0);
        assertEquals("document", p.string("level"));
        assertEquals(false, p.bool("verbose"));
        assertEquals(List.of("N1", "N2", "N3"), p.stringList("sensors"));
    }

    @Test
    void unknownKeyNamesTheKnownOnes() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> Parameters.parse(SPECS, Map.of("sensors", "A", "topn", "3")));
        assertEquals("topn", e.key());
        assertTrue(e.getMessage().contains("topN"), e.getMessage());
    }

    @Test
    void outOfRangeAndWrongTypeAreRejectedWithTheKey() {
        ParameterException range = assertThrows(ParameterException.class,
                () -> Parameters.parse(SPECS, Map.of("sensors", "A", "topN", "0")));
        assertEquals("topN", range.key());
        assertTrue(range.getMessage().contains("between 1 and 5000"), range.getMessage());
        ParameterException type = assertThrows(ParameterException.class,
                () -> Parameters.parse(SPECS, Map.of("sensors", "A", "alpha", "half")));
        assertEquals("alpha", type.key());
        assertThrows(ParameterException.class, () -> Parameters.parse(SPECS, Map.of("sensors", "A", "alpha", "NaN")));
        ParameterException choice = assertThrows(ParameterException.class,
                () -> Parameters.parse(SPECS, Map.of("sensors", "A", "level", "paragraph")));
        assertTrue(choice.getMessage().contains("document, sentence"), choice.getMessage());
        assertThrows(ParameterException.class, () -> Parameters.parse(SPECS, Map.of("sensors", "A", "verbose", "maybe")));
    }

    @Test
    void missingRequiredParameterIsNamed() {
        ParameterException e = assertThrows(ParameterException.class, () -> Parameters.parse(SPECS, Map.of()));
        assertEquals("sensors", e.key());
        assertTrue(e.getMessage().contains("--param sensors="), e.getMessage());
    }

    @Test
    void badSpecsAreRefusedAtDeclaration() {
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.string("1bad", "x", "x", ""));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.choice("c", "x", "x", "a"));
    }
}
