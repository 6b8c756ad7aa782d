package org.steward.partner.vendor;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One sensor vendor as recorded in {@code vendors/<id>.md} (docs/models/partner.md, "Vendor records").
 *
 * @param id             record id (the file name without {@code .md})
 * @param file           the file name, for messages
 * @param name           company name
 * @param fictional      whether the record is labelled fictional (demo data)
 * @param location       city / province, free text
 * @param products       product names, free text
 * @param parameters     parameters measured, canonical ids ({@link MeasuredParameter})
 * @param rdStaff        R&amp;D staff head count, if known
 * @param patents        number of patents, if known
 * @param certifications certificates (CCEP, CMA, ISO 9001 …), free text
 * @param pipeNetwork    whether the vendor has pipe-network (sewer) monitoring references, if known
 * @param tracing        whether the vendor has pollution-source tracing references, if known
 * @param priceBand      price band A (lowest) … E (highest), if known
 * @param pipeline       date each pipeline stage was reached (stages not reached are absent)
 * @param body           the Markdown body after the front matter
 */
public record Vendor(String id, String file, String name, boolean fictional, String location, List<String> products,
        List<String> parameters, OptionalInt rdStaff, OptionalInt patents, List<String> certifications,
        Optional<Boolean> pipeNetwork, Optional<Boolean> tracing, Optional<Character> priceBand, Map<Stage, LocalDate> pipeline,
        String body) {

    public Vendor {
        products = List.copyOf(products);
        parameters = List.copyOf(parameters);
        certifications = List.copyOf(certifications);
        pipeline = pipeline.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(pipeline));
    }

    /** The furthest stage reached, if any. */
    public Optional<Stage> stage() {
        Stage last = null;
        for (Stage s : Stage.values()) {
            if (pipeline.containsKey(s)) {
                last = s;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Whether the vendor measures {@code parameter} (a canonical id). */
    public boolean measures(String parameter) {
        return parameters.contains(parameter);
    }
}
