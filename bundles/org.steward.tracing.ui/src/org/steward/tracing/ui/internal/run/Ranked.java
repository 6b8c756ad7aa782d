package org.steward.tracing.ui.internal.run;

import java.util.List;

/** A candidate source node with its score and the enterprises discharging there. */
public record Ranked(String node, double score, List<String> enterprises) {
}
