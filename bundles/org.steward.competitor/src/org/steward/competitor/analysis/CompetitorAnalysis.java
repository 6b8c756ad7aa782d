package org.steward.competitor.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.Force;
import org.steward.competitor.model.ForceRating;
import org.steward.competitor.model.LineRelation;
import org.steward.competitor.model.Names;
import org.steward.competitor.model.Relation;

/** Compares every record with the "us" record by the {@link Rules}. */
public final class CompetitorAnalysis {
    private CompetitorAnalysis() {
    }

    public static AnalysisResult analyse(CompetitorSet set, Locale locale) {
        Optional<Competitor> us = set.us();
        Map<Activity, Integer> ours = us.map(CompetitorAnalysis::scores).orElse(Map.of());
        List<SegmentForces> forces = forces(set.competitors());
        List<Competitor> ordered = new ArrayList<>();
        us.ifPresent(ordered::add);
        set.competitors().stream().filter(c -> !c.us()).forEach(ordered::add);
        List<Assessment> assessments = new ArrayList<>();
        for (Competitor c : ordered) {
            Map<Activity, Integer> scores = scores(c);
            Map<Activity, Integer> gaps = new EnumMap<>(Activity.class);
            if (us.isPresent() && !c.us()) {
                for (Activity a : Activity.values()) {
                    if (scores.containsKey(a) && ours.containsKey(a)) {
                        gaps.put(a, scores.get(a) - ours.get(a));
                    }
                }
            }
            OptionalDouble mean = scores.values().stream().mapToInt(Integer::intValue).average();
            OptionalDouble meanGap = gaps.values().stream().mapToInt(Integer::intValue).average();
            List<AdvantageSource> adv = Rules.advantages(c, scores);
            List<Recommendation> recs = new ArrayList<>();
            if (us.isPresent() && !c.us()) {
                for (LineRelation line : c.relations()) {
                    recs.add(Rules.recommend(line, gaps, ours, meanGap, overall(forces, line.businessLine()), locale));
                }
            }
            assessments.add(new Assessment(c, scores, gaps, mean, meanGap, adv, Rules.advantageReasoning(c, scores, adv, locale), recs));
        }
        List<String> lines = new ArrayList<>();
        us.ifPresent(u -> u.businessLines().forEach(l -> addLine(lines, l)));
        Map<String, Map<String, Relation>> matrix = new LinkedHashMap<>();
        for (Competitor c : ordered) {
            if (c.us()) {
                continue;
            }
            Map<String, Relation> row = new LinkedHashMap<>();
            for (LineRelation r : c.relations()) {
                String l = addLine(lines, r.businessLine());
                row.put(l, r.relation());
            }
            matrix.put(c.name(), row);
        }
        return new AnalysisResult(us, assessments, lines, matrix, forces, set.problems());
    }

    /** Adds a line unless a line with the same normalised name is there; returns the spelling kept. */
    private static String addLine(List<String> lines, String line) {
        for (String l : lines) {
            if (Names.normalise(l).equals(Names.normalise(line))) {
                return l;
            }
        }
        lines.add(line);
        return line;
    }

    static Map<Activity, Integer> scores(Competitor c) {
        Map<Activity, Integer> m = new EnumMap<>(Activity.class);
        for (Activity a : Activity.values()) {
            OptionalInt s = c.score(a);
            if (s.isPresent()) {
                m.put(a, s.getAsInt());
            }
        }
        return m;
    }

    private static OptionalDouble overall(List<SegmentForces> forces, String segment) {
        return forces.stream().filter(f -> Names.normalise(f.segment()).equals(Names.normalise(segment))).findFirst()
                .map(SegmentForces::overall).orElse(OptionalDouble.empty());
    }

    private static List<SegmentForces> forces(List<Competitor> records) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<SegmentForces.Rated>> rated = new LinkedHashMap<>();
        for (Competitor c : records) {
            for (ForceRating f : c.forces()) {
                String key = Names.normalise(f.segment());
                spelling.putIfAbsent(key, f.segment());
                rated.computeIfAbsent(key, k -> new ArrayList<>()).add(new SegmentForces.Rated(c.name(), f.force(), f.rating(), f.drivers()));
            }
        }
        List<SegmentForces> out = new ArrayList<>();
        for (Map.Entry<String, List<SegmentForces.Rated>> e : rated.entrySet()) {
            Map<Force, Double> means = new EnumMap<>(Force.class);
            for (Force f : Force.values()) {
                e.getValue().stream().filter(r -> r.force() == f).mapToInt(SegmentForces.Rated::rating).average()
                        .ifPresent(m -> means.put(f, m));
            }
            out.add(new SegmentForces(spelling.get(e.getKey()), means, e.getValue()));
        }
        return out;
    }
}
