package org.steward.competitor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One competitor record (or our own, when {@code us} is true). Lists are never null; an activity that was not
 * scored has no {@link ChainEntry}.
 */
public record Competitor(String name, boolean us, String region, List<String> businessLines, List<String> services,
                         List<String> customers, List<String> parks, String revenueBand, List<String> sources,
                         List<LineRelation> relations, List<ChainEntry> chain, List<ProfitModelEntry> profitModels,
                         List<ForceRating> forces, Origin origin) {
    public Competitor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(revenueBand, "revenueBand");
        Objects.requireNonNull(origin, "origin");
        businessLines = List.copyOf(businessLines);
        services = List.copyOf(services);
        customers = List.copyOf(customers);
        parks = List.copyOf(parks);
        sources = List.copyOf(sources);
        relations = List.copyOf(relations);
        chain = List.copyOf(chain);
        profitModels = List.copyOf(profitModels);
        forces = List.copyOf(forces);
    }

    public Optional<ChainEntry> entry(Activity activity) {
        return chain.stream().filter(e -> e.activity() == activity).findFirst();
    }

    public OptionalInt score(Activity activity) {
        return entry(activity).map(e -> OptionalInt.of(e.score())).orElse(OptionalInt.empty());
    }

    public Optional<LineRelation> relation(String businessLine) {
        return relations.stream().filter(r -> Names.normalise(r.businessLine()).equals(Names.normalise(businessLine))).findFirst();
    }

    /** A copy with another {@code us} flag. */
    public Competitor withUs(boolean flag) {
        return new Competitor(name, flag, region, businessLines, services, customers, parks, revenueBand, sources, relations,
                chain, profitModels, forces, origin);
    }
}
