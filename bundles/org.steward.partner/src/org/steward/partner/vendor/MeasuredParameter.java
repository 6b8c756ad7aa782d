package org.steward.partner.vendor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The water-quality and hydraulic parameters a sensor can measure, with the spellings people use for them. Canonical
 * ids are those of the sensor topics (docs/sensor.md): {@code cod}, {@code nh3n}, {@code conductivity} …
 */
public final class MeasuredParameter {
    /** Canonical ids, in a stable order for tables. */
    public static final List<String> IDS = List.of("ph", "conductivity", "cod", "bod", "toc", "nh3n", "tp", "tn", "turbidity", "ss",
            "do", "orp", "flow", "level", "temperature");

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("nh3-n", "nh3n"), Map.entry("nh3_n", "nh3n"),
            Map.entry("nh4-n", "nh3n"), Map.entry("ammonia", "nh3n"), Map.entry("氨氮", "nh3n"), Map.entry("codcr", "cod"),
            Map.entry("cod_cr", "cod"), Map.entry("化学需氧量", "cod"), Map.entry("bod5", "bod"), Map.entry("电导率", "conductivity"),
            Map.entry("ec", "conductivity"), Map.entry("总磷", "tp"), Map.entry("总氮", "tn"), Map.entry("浊度", "turbidity"),
            Map.entry("悬浮物", "ss"), Map.entry("溶解氧", "do"), Map.entry("流量", "flow"), Map.entry("液位", "level"),
            Map.entry("水位", "level"), Map.entry("温度", "temperature"), Map.entry("水温", "temperature"), Map.entry("总有机碳", "toc"),
            Map.entry("氧化还原电位", "orp"));

    private MeasuredParameter() {
    }

    /** The canonical id for a spelling such as {@code COD}, {@code NH3-N} or {@code 氨氮}; empty when unknown. */
    public static Optional<String> canonical(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (IDS.contains(n)) {
            return Optional.of(n);
        }
        return Optional.ofNullable(ALIASES.get(n));
    }
}
