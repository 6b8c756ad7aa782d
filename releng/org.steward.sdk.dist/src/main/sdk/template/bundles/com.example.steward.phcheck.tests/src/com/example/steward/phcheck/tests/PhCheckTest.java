package com.example.steward.phcheck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.Osgi;

import com.example.steward.phcheck.PhCheck;

/**
 * Runs the model the way the workbench and the node do: through Steward's {@link ModelRunner} service, inside
 * OSGi (tycho-surefire), with the component registered by Declarative Services.
 */
class PhCheckTest {

    @TempDir
    Path dir;

    @Test
    void countsReadingsOutsideTheRange() throws Exception {
        // Six readings; by hand against 6 ≤ pH ≤ 9: 5.8 (line 3) and 9.4 (line 4) are outside, 6.0 and 9.0 are
        // on the limits and inside → 2 of 6, share 1/3.
        Path csv = write("timestamp,ph\n08:00,7.2\n08:05,5.8\n08:10,9.4\n08:15,6.0\n08:20,9.0\n08:25,8.1\n");
        ModelResult result = run(csv, Map.of());
        assertEquals(6, ((Number) result.json().get("readings")).intValue());
        assertEquals(2, ((Number) result.json().get("outOfRange")).intValue());
        assertEquals(1.0 / 3.0, ((Number) result.json().get("share")).doubleValue(), 1e-12);
        List<?> violations = (List<?>) result.json().get("violations");
        assertEquals(3, ((Number) ((Map<?, ?>) violations.get(0)).get("line")).intValue());
        assertEquals(4, ((Number) ((Map<?, ?>) violations.get(1)).get("line")).intValue());
    }

    @Test
    void aNarrowerRangeFromParametersCountsMore() throws Exception {
        // With 6.5 ≤ pH ≤ 8.5 also 6.0 and 9.0 are outside: 4 of 6.
        Path csv = write("timestamp,ph\n08:00,7.2\n08:05,5.8\n08:10,9.4\n08:15,6.0\n08:20,9.0\n08:25,8.1\n");
        ModelResult result = run(csv, Map.of("min", "6.5", "max", "8.5"));
        assertEquals(4, ((Number) result.json().get("outOfRange")).intValue());
    }

    @Test
    void aBadValueIsReportedWithItsLineAndField() throws Exception {
        Path csv = write("timestamp,ph\n08:00,7.2\n08:05,seven\n");
        ModelException e = assertThrows(ModelException.class, () -> run(csv, Map.of()));
        assertTrue(e.getMessage().contains(":3: field ph"), e.getMessage());
    }

    private ModelResult run(Path csv, Map<String, String> params) throws ModelException {
        Osgi.start("org.steward.core", "com.example.steward.phcheck");
        ModelRunner runner = Osgi.service(ModelRunner.class);
        return runner.run(PhCheck.ID, Optional.of(csv), params, ProgressMonitor.NULL, Duration.ofMinutes(1));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("ph.csv"), text, StandardCharsets.UTF_8);
    }
}
