package org.steward.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The command line of {@code steward-node run}: what it accepts and how it names what it refuses. */
class RunArgumentsTest {

    @Test
    void parsesModelInputParametersOutputAndTimeout() throws UsageException {
        RunArguments a = RunArguments.parse(new String[] {"samples.textstats", "--input", "/data/in", "--param", "a=1",
                "--param", "b=x=y", "--output", "/data/out", "--timeout", "5"});
        assertEquals("samples.textstats", a.modelId());
        assertEquals(Optional.of(Path.of("/data/in")), a.input());
        assertEquals(Map.of("a", "1", "b", "x=y"), a.parameters(), "only the first '=' separates key and value");
        assertEquals(Path.of("/data/out"), a.output());
        assertEquals(Duration.ofSeconds(5), a.timeout());
    }

    @Test
    void acceptsOptionEqualsValueAndAnyOrder() throws UsageException {
        RunArguments a = RunArguments.parse(new String[] {"--output=/o", "--param=k=v", "m.id"});
        assertEquals("m.id", a.modelId());
        assertEquals(Optional.empty(), a.input());
        assertEquals(Map.of("k", "v"), a.parameters());
        assertEquals(Path.of("/o"), a.output());
    }

    @Test
    void helpNeedsNothingElse() throws UsageException {
        assertTrue(RunArguments.parse(new String[] {"--help"}).help());
    }

    @Test
    void refusalsNameTheCulprit() {
        assertRefused("--output", "m");
        assertRefused("noequals", "m", "--output", "/o", "--param", "noequals");
        assertRefused("'k'", "m", "--output", "/o", "--param", "k=1", "--param", "k=2");
        assertRefused("--frob", "m", "--output", "/o", "--frob");
        assertRefused("--input", "m", "--output", "/o", "--input");
        assertRefused("'abc'", "m", "--output", "/o", "--timeout", "abc");
        assertRefused("'0'", "m", "--output", "/o", "--timeout", "0");
        assertRefused("'other'", "m", "other", "--output", "/o");
        assertRefused("model id", "--output", "/o");
    }

    private static void assertRefused(String named, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> RunArguments.parse(args), String.join(" ", args));
        assertTrue(e.getMessage().contains(named), "'" + e.getMessage() + "' should name " + named);
    }
}
