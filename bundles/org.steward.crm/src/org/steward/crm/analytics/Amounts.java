package org.steward.crm.analytics;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money and ratio texts as the company writes them: {@code 45万}, {@code 约45万}, {@code 一期约45万}, {@code 1.2亿},
 * {@code 超百亿} (a bound: 10,000,000,000), {@code 30-50万} (a range: its midpoint), {@code 450,000}, {@code 450000元};
 * percentages {@code 75%} or fractions {@code 0.75}.
 */
public final class Amounts {
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[-~～–—至]\\s*(\\d+(?:\\.\\d+)?)\\s*([十百千]?)(万|亿)");
    private static final Pattern UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)?\\s*([十百千]?)(万|亿)");
    private static final Pattern PLAIN = Pattern.compile("^\\s*([\\d,]+(?:\\.\\d+)?)\\s*(?:元)?\\s*$");
    private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*$");
    private static final Pattern FRACTION = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*$");

    private Amounts() {
    }

    /**
     * The amount in yuan; empty for a blank text.
     *
     * @throws IllegalArgumentException when the text states no amount Steward can read
     */
    public static Optional<Double> yuan(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            double unit = unit(range.group(3), range.group(4));
            return Optional.of((Double.parseDouble(range.group(1)) + Double.parseDouble(range.group(2))) / 2 * unit);
        }
        Matcher m = UNIT.matcher(text);
        while (m.find()) {
            if (m.group(1) != null || !m.group(2).isEmpty()) {
                double n = m.group(1) == null ? 1 : Double.parseDouble(m.group(1));
                return Optional.of(n * unit(m.group(2), m.group(3)));
            }
        }
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches()) {
            return Optional.of(Double.parseDouble(plain.group(1).replace(",", "")));
        }
        throw new IllegalArgumentException("'" + text + "' is not an amount: write yuan (450000) or with 万/亿 (45万, 1.2亿)");
    }

    private static double unit(String multiplier, String unit) {
        double m = switch (multiplier) {
            case "十" -> 10;
            case "百" -> 100;
            case "千" -> 1000;
            default -> 1;
        };
        return m * ("亿".equals(unit) ? 100_000_000d : 10_000d);
    }

    /**
     * A ratio 0..1 from {@code 75%} or {@code 0.75}; empty for a blank text.
     *
     * @throws IllegalArgumentException when it is not a percentage or a fraction between 0 and 1
     */
    public static Optional<Double> ratio(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher p = PERCENT.matcher(text);
        double value;
        if (p.matches()) {
            value = Double.parseDouble(p.group(1)) / 100;
        } else {
            Matcher f = FRACTION.matcher(text);
            if (!f.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a percentage: write 75% or 0.75");
            }
            value = Double.parseDouble(f.group(1));
        }
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("'" + text + "' is outside 0%..100%: write 75% or 0.75");
        }
        return Optional.of(value);
    }
}
