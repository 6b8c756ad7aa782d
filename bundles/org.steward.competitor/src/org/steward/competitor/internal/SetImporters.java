package org.steward.competitor.internal;

import java.nio.file.Path;

import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.model.CompetitorSet;
import org.steward.core.model.ModelException;

/** Shared rule of the importers: problems travel with the set; only a file with no readable competitor is an error. */
final class SetImporters {
    private SetImporters() {
    }

    static CompetitorSet read(Path source) throws ModelException {
        CompetitorSet set = CompetitorReader.read(source);
        if (set.competitors().isEmpty()) {
            StringBuilder b = new StringBuilder(Messages.get("model.nothingRead", source));
            set.problems().stream().limit(20).forEach(p -> b.append("\n  ").append(p.text()));
            throw new ModelException(CompareModel.ID, b.toString());
        }
        return set;
    }
}
