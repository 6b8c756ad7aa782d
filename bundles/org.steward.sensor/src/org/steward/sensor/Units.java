package org.steward.sensor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Canonical units per parameter and the conversions accepted from sensors. Conversion factors are exact unit
 * definitions (1 mS/cm = 1000 µS/cm, 1 g/L = 1000 mg/L, °F → °C by (F − 32) × 5/9, 1 L/s = 3.6 m³/h …).
 */
public final class Units {

    private record Unit(String name, DoubleUnaryOperator toCanonical) {
    }

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("cod", "mg/L"), Map.entry("bod", "mg/L"), Map.entry("nh3n", "mg/L"), Map.entry("tp", "mg/L"),
            Map.entry("tn", "mg/L"), Map.entry("ss", "mg/L"), Map.entry("ph", "pH"), Map.entry("conductivity", "uS/cm"),
            Map.entry("turbidity", "NTU"), Map.entry("temperature", "degC"), Map.entry("flow", "m3/h"), Map.entry("level", "m"),
            Map.entry("orp", "mV"), Map.entry("do", "mg/L"));

    private static final Map<String, List<Unit>> ACCEPTED = Map.ofEntries(
            Map.entry("mg/L", List.of(new Unit("mg/L", v -> v), new Unit("g/L", v -> v * 1000), new Unit("ug/L", v -> v / 1000),
                    new Unit("ppm", v -> v))),
            Map.entry("pH", List.of(new Unit("pH", v -> v), new Unit("", v -> v))),
            Map.entry("uS/cm", List.of(new Unit("uS/cm", v -> v), new Unit("µS/cm", v -> v), new Unit("mS/cm", v -> v * 1000),
                    new Unit("S/m", v -> v * 10_000))),
            Map.entry("NTU", List.of(new Unit("NTU", v -> v), new Unit("FNU", v -> v))),
            Map.entry("degC", List.of(new Unit("degC", v -> v), new Unit("°C", v -> v), new Unit("C", v -> v),
                    new Unit("degF", v -> (v - 32) * 5 / 9), new Unit("°F", v -> (v - 32) * 5 / 9), new Unit("K", v -> v - 273.15))),
            Map.entry("m3/h", List.of(new Unit("m3/h", v -> v), new Unit("m³/h", v -> v), new Unit("L/s", v -> v * 3.6),
                    new Unit("m3/s", v -> v * 3600), new Unit("m3/d", v -> v / 24))),
            Map.entry("m", List.of(new Unit("m", v -> v), new Unit("cm", v -> v / 100), new Unit("mm", v -> v / 1000))),
            Map.entry("mV", List.of(new Unit("mV", v -> v), new Unit("V", v -> v * 1000))));

    private Units() {
    }

    /** The canonical unit of a parameter, if Steward knows the parameter. */
    public static Optional<String> canonical(String parameter) {
        return Optional.ofNullable(CANONICAL.get(parameter.toLowerCase(Locale.ROOT)));
    }

    /**
     * Converts a value to the parameter's canonical unit.
     *
     * @return empty when the unit is not one Steward accepts for this parameter
     */
    public static Optional<Double> toCanonical(String parameter, String unit, double value) {
        String canonical = CANONICAL.get(parameter.toLowerCase(Locale.ROOT));
        if (canonical == null) {
            return Optional.empty();
        }
        for (Unit u : ACCEPTED.get(canonical)) {
            if (u.name().equalsIgnoreCase(unit.strip())) {
                return Optional.of(u.toCanonical().applyAsDouble(value));
            }
        }
        return Optional.empty();
    }

    /** The units accepted for a parameter, for error messages. */
    public static List<String> accepted(String parameter) {
        String canonical = CANONICAL.get(parameter.toLowerCase(Locale.ROOT));
        return canonical == null ? List.of() : ACCEPTED.get(canonical).stream().map(Unit::name).filter(n -> !n.isEmpty()).toList();
    }

    /** Physically plausible range in canonical units; readings outside are rejected as sensor faults. */
    public static double[] plausibleRange(String parameter) {
        return switch (parameter.toLowerCase(Locale.ROOT)) {
            case "ph" -> new double[] {0, 14};
            case "temperature" -> new double[] {-10, 80};
            case "conductivity" -> new double[] {0, 300_000};
            case "orp" -> new double[] {-2000, 2000};
            case "level" -> new double[] {-1, 50};
            default -> new double[] {0, 1_000_000};
        };
    }
}
