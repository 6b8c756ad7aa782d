package org.steward.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.steward.text.DocumentTerms;
import org.steward.text.Keyness;

/**
 * What one customer class asks for: for each {@link NeedCategory} the mentions of its cue terms and the transcripts
 * that mention them, and the class's key concerns — the terms it uses significantly more than the other classes
 * (log-likelihood keyness, {@link Keyness}), each with the transcripts that contain it.
 *
 * @param customerClass the class (a park type key)
 * @param documents     the class's transcripts
 * @param needs         the needs, most mentioned first (needs never mentioned are kept, with 0)
 * @param concerns      overused terms with p &lt; 0.05, most key first
 */
public record PreferenceProfile(String customerClass, List<String> documents, List<Need> needs, List<Keyness.Score> concerns) {

    /**
     * @param mentions   occurrences of the cue terms in the class's transcripts
     * @param share      share of the class's transcripts that mention the need
     * @param support    transcript → its mentions (only transcripts with at least one), in document order
     * @param cueCounts  cue term → occurrences, for the cues that occur
     */
    public record Need(NeedCategory category, long mentions, double share, Map<String, Long> support, Map<String, Long> cueCounts) {
    }

    /**
     * @param classOf     each document's class (documents without one are left out)
     * @param maxConcerns at most this many concerns per class
     */
    public static List<PreferenceProfile> of(List<DocumentTerms> docs, Map<String, String> classOf, List<NeedCategory> categories,
            int maxConcerns) {
        Map<String, List<DocumentTerms>> groups = new TreeMap<>();
        for (DocumentTerms d : docs) {
            String c = classOf.get(d.name());
            if (c != null) {
                groups.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
            }
        }
        List<PreferenceProfile> out = new ArrayList<>();
        for (Map.Entry<String, List<DocumentTerms>> g : groups.entrySet()) {
            List<DocumentTerms> in = g.getValue();
            List<DocumentTerms> rest = docs.stream().filter(d -> classOf.containsKey(d.name()) && !g.getKey().equals(classOf.get(d.name()))).toList();
            List<Need> needs = new ArrayList<>();
            for (NeedCategory cat : categories) {
                Map<String, Long> support = new LinkedHashMap<>();
                Map<String, Long> cues = new TreeMap<>();
                long total = 0;
                for (DocumentTerms d : in) {
                    long n = 0;
                    for (String cue : cat.cues()) {
                        Integer f = d.frequencies().get(cue);
                        if (f != null) {
                            n += f;
                            cues.merge(cue, (long) f, Long::sum);
                        }
                    }
                    if (n > 0) {
                        support.put(d.name(), n);
                    }
                    total += n;
                }
                needs.add(new Need(cat, total, (double) support.size() / in.size(), support, cues));
            }
            needs.sort(Comparator.comparingLong(Need::mentions).reversed().thenComparing(n -> n.category().key()));
            List<Keyness.Score> concerns = rest.isEmpty() ? List.of()
                    : Keyness.compare(in, rest, 2).stream().filter(s -> s.overused() && s.p() < 0.05).limit(maxConcerns).toList();
            out.add(new PreferenceProfile(g.getKey(), in.stream().map(DocumentTerms::name).toList(), needs, concerns));
        }
        return out;
    }
}
