package org.steward.tracing.sim;

import java.util.Locale;
import java.util.Objects;

/**
 * Dry-weather behaviour of one parameter: value(t) = mean × sensorFactor × (1 + amplitude·(pattern(t) − 1))
 * × (1 + drift(day)) + noise.
 *
 * @param name      lower-case parameter name
 * @param unit      its unit, for display
 * @param mean      daily mean in dry weather
 * @param amplitude how strongly the value follows the daily flow pattern (0 = flat, 1 = as the flow)
 * @param noise     standard deviation of the measurement noise, relative to {@code mean}
 * @param drift     standard deviation of the day-to-day level change, relative to {@code mean}
 * @param spread    standard deviation of the sensor-to-sensor level difference, relative to {@code mean}
 */
public record ParameterProfile(String name, String unit, double mean, double amplitude, double noise, double drift,
                               double spread) {
    public ParameterProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(mean) || !(amplitude >= 0) || !(noise >= 0) || !(drift >= 0) || !(spread >= 0)) {
            throw new IllegalArgumentException("profile " + name + ": mean must be finite, the others ≥ 0");
        }
    }

    /**
     * Typical values for a park sewer carrying mixed domestic and industrial wastewater: means in the "medium
     * strength" range of untreated domestic wastewater as tabulated in wastewater engineering textbooks (COD a few
     * hundred mg/L, NH3-N 20–40 mg/L, TP 4–8 mg/L, pH 6.5–8, conductivity ~1,000 µS/cm raised by industry);
     * noise of online probes (UV-VIS COD ±4 %, conductivity ±1 %, pH ±0.02). Unknown names get a generic profile
     * (mean 100, amplitude 0.3, noise 3 %).
     */
    public static ParameterProfile typical(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "cod" -> new ParameterProfile("cod", "mg/L", 400, 0.5, 0.04, 0.03, 0.10);
            case "conductivity" -> new ParameterProfile("conductivity", "µS/cm", 1200, 0.2, 0.01, 0.02, 0.10);
            case "ph" -> new ParameterProfile("ph", "pH", 7.2, 0.02, 0.003, 0.005, 0.01);
            case "nh3n", "ammonia", "nh3-n", "nh4n" -> new ParameterProfile(name, "mg/L", 30, 0.5, 0.05, 0.03, 0.10);
            case "tp" -> new ParameterProfile("tp", "mg/L", 6, 0.4, 0.05, 0.03, 0.10);
            case "turbidity" -> new ParameterProfile("turbidity", "NTU", 150, 0.5, 0.05, 0.05, 0.15);
            default -> new ParameterProfile(name, "", 100, 0.3, 0.03, 0.03, 0.10);
        };
    }
}
