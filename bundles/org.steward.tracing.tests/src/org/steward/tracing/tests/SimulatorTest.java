package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DailyPattern;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;
import org.steward.tracing.sim.SensorSpec;

/** The simulator's delay and dilution checked against hand computation on the hand-drawn tree of {@link TestData}. */
class SimulatorTest {
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private static SewerNetwork tree() throws Exception {
        return InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
    }

    private static List<SensorSpec> sensorsCE() {
        return List.of(new SensorSpec("S-C", "C", List.of("cod")), new SensorSpec("S-E", "E", List.of("cod", "conductivity")));
    }

    @Test
    void plumeArrivesAfterTheTravelTimeDilutedByTheAccumulatedFlow() throws Exception {
        DischargeSimulator sim = new DischargeSimulator(tree(), sensorsCE(), 1).noiseFree();
        Injection inj = new Injection("A", "cod", T0, Duration.ofMinutes(20), 600);
        sim.inject(inj);
        // No [DWF]: one unit of flow per node. Q(A) = 1, Q(C) = A + B + C = 3, Q(E) = A + B + C + D + E = 5.
        // Dilution A→C = 1/3, A→E = 1/5: 600 mg/L at A adds 200 at C and 120 at E.
        assertEquals(3, sim.flow("C"), 1e-12);
        assertEquals(5, sim.flow("E"), 1e-12);
        assertEquals(1.0 / 3, sim.dilution("A", "C"), 1e-12);
        assertEquals(0.2, sim.dilution("A", "E"), 1e-12);
        // Travel: conduits of 100 m without cross-section run at the 0.6 m/s fallback: A→C 166.7 s, A→E 333.3 s.
        double ac = 100 / 0.6;
        double ae = 200 / 0.6;
        assertEquals(ac, sim.travelSeconds("A", "C"), 1e-9);
        assertEquals(T0.plusMillis(Math.round(ae * 1000)), sim.arrival("S-E", inj).orElseThrow());
        assertEquals(0, sim.excess("S-C", "cod", T0.plusMillis(Math.round(ac * 1000) - 1000)), 0);
        assertEquals(200, sim.excess("S-C", "cod", T0.plusMillis(Math.round(ac * 1000) + 1000)), 1e-9);
        assertEquals(200, sim.excess("S-C", "cod", T0.plusSeconds(1200).plusMillis(Math.round(ac * 1000) - 1000)), 1e-9);
        assertEquals(0, sim.excess("S-C", "cod", T0.plusSeconds(1200).plusMillis(Math.round(ac * 1000) + 1000)), 0);
        assertEquals(0, sim.excess("S-E", "cod", T0.plusMillis(Math.round(ae * 1000) - 1000)), 0);
        assertEquals(120, sim.excess("S-E", "cod", T0.plusMillis(Math.round(ae * 1000) + 1000)), 1e-9);
        // another parameter is not affected, and a reading is pattern + excess when noise-free
        assertEquals(0, sim.excess("S-E", "conductivity", T0.plusSeconds(400)), 0);
        Instant t = T0.plusSeconds(400);
        assertEquals(sim.baseline("S-E", "cod", t) + 120, sim.value("S-E", "cod", t), 1e-9);
    }

    @Test
    void sideBranchDischargeDoesNotReachAnUnrelatedSensor() throws Exception {
        DischargeSimulator sim = new DischargeSimulator(tree(), sensorsCE(), 1).noiseFree();
        Injection inj = new Injection("D", "cod", T0, Duration.ofMinutes(10), 500);
        sim.inject(inj);
        assertTrue(sim.arrival("S-C", inj).isEmpty());
        // D → E: Q(D) = 1, Q(E) = 5: 500/5 = 100, after 100 m at 0.6 m/s
        assertEquals(100, sim.excess("S-E", "cod", T0.plusSeconds(200)), 1e-9);
    }

    @Test
    void dryWeatherFlowAndPatternComeFromTheInpFile() throws Exception {
        String inp = TestData.TREE + """

                [DWF]
                A  FLOW  0.02  "" "" "H1"
                B  FLOW  0.01  "" "" "H1"
                C  FLOW  0.01
                D  FLOW  0.04

                [PATTERNS]
                H1  HOURLY  1 1 1 1 1 1
                H1          1 1 1 1 1 1
                H1          2 2 2 2 2 2
                H1          2 2 2 2 2 2
                """;
        SewerNetwork net = InpReader.parse("tree-dwf.inp", inp, DirectionPolicy.DECLARED);
        DischargeSimulator sim = new DischargeSimulator(net, sensorsCE(), 1).noiseFree();
        // E has no DWF: 10 % of the mean positive baseline (0.08 / 4 = 0.02) → 0.002.
        // Q(C) = 0.02 + 0.01 + 0.01 = 0.04; Q(E) = 0.04 + 0.04 + 0.002 = 0.082
        assertEquals(0.04, sim.flow("C"), 1e-12);
        assertEquals(0.082, sim.flow("E"), 1e-12);
        assertEquals(0.02 / 0.082, sim.dilution("A", "E"), 1e-12);
        assertEquals(0.04 / 0.082, sim.dilution("D", "E"), 1e-12);
        // the pattern H1 (used by the FLOW lines) normalised to mean 1: 2/3 for hours 0–11, 4/3 for 12–23
        assertEquals("H1", sim.pattern().name());
        DailyPattern p = sim.pattern();
        assertEquals(2.0 / 3, p.at(6 * 3600), 1e-12);
        assertEquals(4.0 / 3, p.at(18 * 3600), 1e-12);
        assertEquals(1.0, p.at(12 * 3600), 1e-12); // midway between the middles of hours 11 and 12
        // cod follows the pattern with amplitude 0.5: 400 · (1 + 0.5 · (4/3 − 1)) at 18:00 UTC
        assertEquals(400 * (1 + 0.5 / 3), sim.value("S-C", "cod", Instant.parse("2026-11-23T18:00:00Z")), 1e-9);
    }

    @Test
    void sameSeedSameReadingsAndWindowsAgree() throws Exception {
        DischargeSimulator a = new DischargeSimulator(tree(), sensorsCE(), 42);
        DischargeSimulator b = new DischargeSimulator(tree(), sensorsCE(), 42);
        DischargeSimulator c = new DischargeSimulator(tree(), sensorsCE(), 43);
        List<Observation> ra = a.readings(T0, T0.plusSeconds(3600), Duration.ofMinutes(1));
        assertEquals(60 * 3, ra.size());
        assertEquals(ra, b.readings(T0, T0.plusSeconds(3600), Duration.ofMinutes(1)));
        assertNotEquals(ra, c.readings(T0, T0.plusSeconds(3600), Duration.ofMinutes(1)));
        assertEquals(ra.subList(90, 180), a.readings(T0.plusSeconds(1800), T0.plusSeconds(3600), Duration.ofMinutes(1)));
        assertEquals(new Observation("S-C", "cod", T0, ra.get(0).value()), ra.get(0));
    }

    @Test
    void noiseHasTheProfilesStandardDeviation() throws Exception {
        DischargeSimulator sim = new DischargeSimulator(tree(), sensorsCE(), 7);
        // cod: noise 4 % of 400 mg/L = 16 mg/L. 20,000 draws: the sample sd is within ±3 % of 16 with
        // overwhelming probability (its relative standard error is 1/√(2n) = 0.5 %).
        double sum = 0;
        double sq = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Instant t = T0.plusSeconds(i * 60L);
            double r = sim.value("S-C", "cod", t) - sim.baseline("S-C", "cod", t);
            sum += r;
            sq += r * r;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        assertEquals(16, sd, 0.5);
        assertEquals(0, mean, 0.5);
    }

    @Test
    void badInputIsRefusedWithTheName() throws Exception {
        SewerNetwork net = tree();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DischargeSimulator(net, List.of(new SensorSpec("S9", "NOPE", List.of("cod"))), 1));
        assertTrue(e.getMessage().contains("sensor S9: node NOPE is not in network tree.inp"), e.getMessage());
        DischargeSimulator sim = new DischargeSimulator(net, sensorsCE(), 1);
        e = assertThrows(IllegalArgumentException.class,
                () -> sim.inject(new Injection("X", "cod", T0, Duration.ofMinutes(1), 1)));
        assertTrue(e.getMessage().contains("node X"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Injection("A", "cod", T0, Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.readings(T0, T0.plusSeconds(60), Duration.ZERO));
    }
}
