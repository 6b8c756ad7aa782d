package org.steward.competitor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.steward.competitor.internal.Messages;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.LineRelation;
import org.steward.competitor.model.Relation;

/**
 * The documented rules (docs/models/competitor.md), kept in one place so that each can be read next to its text.
 */
public final class Rules {
    /** Porter (1985) ch. 3: cost drivers sit mostly in the logistics, operations and procurement activities. */
    public static final Set<Activity> COST_ACTIVITIES = EnumSet.of(Activity.INBOUND_LOGISTICS, Activity.OPERATIONS,
            Activity.OUTBOUND_LOGISTICS, Activity.PROCUREMENT);
    /** Porter (1985) ch. 4: uniqueness drivers sit mostly in marketing, service, technology and people. */
    public static final Set<Activity> DIFFERENTIATION_ACTIVITIES = EnumSet.of(Activity.MARKETING_AND_SALES, Activity.SERVICE,
            Activity.TECHNOLOGY_DEVELOPMENT, Activity.HUMAN_RESOURCES);
    /** A group mean at or above this is an advantage source. */
    public static final double SOURCE_THRESHOLD = 4.0;
    /** At most this many business lines is a narrow scope (focus). */
    public static final int FOCUS_MAX_LINES = 2;
    /** A lead of at least this many points in one activity is worth imitating or partnering for. */
    public static final int LEAD = 1;
    /** A mean gap of at least this makes the competitor clearly stronger. */
    public static final double STRONGER = 1.0;
    /** Our score at or below this is a weakness a partner can fill. */
    public static final int WEAK = 2;
    /** A five-forces mean at or above this makes a segment unattractive. */
    public static final double UNATTRACTIVE = 3.5;

    private Rules() {
    }

    /** Mean of the scores of {@code group} that are present; empty when fewer than two are scored. */
    static OptionalDouble groupMean(Map<Activity, Integer> scores, Set<Activity> group) {
        List<Integer> v = group.stream().filter(scores::containsKey).map(scores::get).toList();
        return v.size() < 2 ? OptionalDouble.empty() : v.stream().mapToInt(Integer::intValue).average();
    }

    /**
     * Cost: mean of the cost activities ≥ 4. Differentiation: mean of the differentiation activities ≥ 4. Focus: at
     * most two business lines and at least one activity scored 5 (a narrow scope served with a real strength).
     */
    static List<AdvantageSource> advantages(Competitor c, Map<Activity, Integer> scores) {
        List<AdvantageSource> out = new ArrayList<>();
        if (groupMean(scores, COST_ACTIVITIES).orElse(0) >= SOURCE_THRESHOLD) {
            out.add(AdvantageSource.COST);
        }
        if (groupMean(scores, DIFFERENTIATION_ACTIVITIES).orElse(0) >= SOURCE_THRESHOLD) {
            out.add(AdvantageSource.DIFFERENTIATION);
        }
        if (!c.businessLines().isEmpty() && c.businessLines().size() <= FOCUS_MAX_LINES && scores.containsValue(5)) {
            out.add(AdvantageSource.FOCUS);
        }
        return out;
    }

    static String advantageReasoning(Competitor c, Map<Activity, Integer> scores, List<AdvantageSource> sources, Locale locale) {
        String cost = groupMean(scores, COST_ACTIVITIES).stream().mapToObj(Rules::number).findFirst().orElse("–");
        String diff = groupMean(scores, DIFFERENTIATION_ACTIVITIES).stream().mapToObj(Rules::number).findFirst().orElse("–");
        String text = Messages.get(locale, "adv.reasoning", cost, diff, c.businessLines().size(), scores.containsValue(5)
                ? Messages.get(locale, "adv.yes") : Messages.get(locale, "adv.no"));
        if (sources.isEmpty()) {
            text += " " + Messages.get(locale, "adv.stuck");
        }
        return text;
    }

    /** The recommendation for one segment, by rules P1, P2, A, D1, I, D2 in that order. */
    static Recommendation recommend(LineRelation line, Map<Activity, Integer> gaps, Map<Activity, Integer> ours,
                                    OptionalDouble meanGap, OptionalDouble forces, Locale locale) {
        String seg = line.businessLine();
        String rel = relationName(line.relation(), locale);
        List<Activity> leads = gaps.entrySet().stream().filter(e -> e.getValue() >= LEAD)
                .sorted(Comparator.<Map.Entry<Activity, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        if (line.relation() == Relation.COMPLEMENTARY) {
            return new Recommendation(seg, line.relation(), Action.PARTNER, "P1", leads,
                    Messages.get(locale, "rec.P1", seg, names(leads, locale)));
        }
        if (line.relation() == Relation.BOTH) {
            List<Activity> fill = leads.stream().filter(a -> ours.getOrDefault(a, 5) <= WEAK).toList();
            if (!fill.isEmpty()) {
                return new Recommendation(seg, line.relation(), Action.PARTNER, "P2", fill,
                        Messages.get(locale, "rec.P2", seg, names(fill, locale)));
            }
        }
        if (meanGap.isEmpty()) {
            return new Recommendation(seg, line.relation(), Action.DIFFERENTIATE, "D2", List.of(),
                    Messages.get(locale, "rec.noGap", seg, rel));
        }
        double g = meanGap.getAsDouble();
        String gap = signed(g);
        String f = forces.isPresent() ? number(forces.getAsDouble()) : Messages.get(locale, "rec.notRated");
        List<Activity> ourLeads = gaps.entrySet().stream().filter(e -> e.getValue() <= 0)
                .sorted(Comparator.<Map.Entry<Activity, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        if (g >= STRONGER && forces.isPresent() && forces.getAsDouble() >= UNATTRACTIVE) {
            return new Recommendation(seg, line.relation(), Action.AVOID, "A", List.of(),
                    Messages.get(locale, "rec.A", seg, rel, gap, f));
        }
        if (g >= STRONGER) {
            return new Recommendation(seg, line.relation(), Action.DIFFERENTIATE, "D1", ourLeads,
                    Messages.get(locale, "rec.D1", seg, rel, gap, f, names(ourLeads, locale)));
        }
        if (!leads.isEmpty()) {
            return new Recommendation(seg, line.relation(), Action.IMITATE, "I", leads,
                    Messages.get(locale, "rec.I", seg, rel, gap, names(leads, locale)));
        }
        List<Activity> clearLeads = ourLeads.stream().filter(a -> gaps.get(a) <= -LEAD).toList();
        return new Recommendation(seg, line.relation(), Action.DIFFERENTIATE, "D2", clearLeads,
                Messages.get(locale, "rec.D2", seg, rel, gap, names(clearLeads, locale)));
    }

    static String relationName(Relation r, Locale locale) {
        return Messages.chinese(locale) ? r.chinese() : r.id();
    }

    static String names(List<Activity> activities, Locale locale) {
        if (activities.isEmpty()) {
            return Messages.get(locale, "rec.none");
        }
        return String.join(Messages.chinese(locale) ? "、" : ", ",
                activities.stream().map(a -> Messages.chinese(locale) ? a.chinese() : a.english().toLowerCase(Locale.ROOT)).toList());
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    static String signed(double d) {
        return String.format(Locale.ROOT, "%+.2f", d);
    }
}
