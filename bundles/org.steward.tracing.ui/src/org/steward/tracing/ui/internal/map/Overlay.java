package org.steward.tracing.ui.internal.map;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.steward.tracing.ui.internal.live.SensorState;

/**
 * What is drawn on top of the network: sensor states, the candidates of an alert or a locate run with their
 * scores, the sensors chosen as fired, suggested sensor places and the selected node. Node indexes of the
 * {@link MapData} shown. Changed and read on the UI thread only.
 */
public final class Overlay {
    private final Map<Integer, SensorState> sensorStates = new LinkedHashMap<>();
    private final Map<Integer, Double> candidates = new LinkedHashMap<>();
    private List<Map<Integer, Double>> candidateSets = List.of();
    private final Set<Integer> fired = new LinkedHashSet<>();
    private List<Integer> suggested = List.of();
    private OptionalInt selected = OptionalInt.empty();

    public Map<Integer, SensorState> sensorStates() {
        return sensorStates;
    }

    public void setSensorStates(Map<Integer, SensorState> states) {
        sensorStates.clear();
        sensorStates.putAll(states);
    }

    /** Candidate node → score, best first (the first set when several events are shown). */
    public Map<Integer, Double> candidates() {
        return candidates;
    }

    /** One ranking shown. */
    public void setCandidates(Map<Integer, Double> ranked) {
        setCandidateSets(ranked.isEmpty() ? List.of() : List.of(ranked));
    }

    /** Several rankings shown at once (one per open event), each drawn with its own ranks. */
    public void setCandidateSets(List<Map<Integer, Double>> sets) {
        candidateSets = sets.stream().filter(m -> !m.isEmpty()).map(m -> (Map<Integer, Double>) new LinkedHashMap<>(m)).toList();
        candidates.clear();
        if (!candidateSets.isEmpty()) {
            candidates.putAll(candidateSets.get(0));
        }
    }

    /** Every ranking shown, each best first. */
    public List<Map<Integer, Double>> candidateSets() {
        return candidateSets;
    }

    /** The best candidate, if any. */
    public OptionalInt topCandidate() {
        return candidates.isEmpty() ? OptionalInt.empty() : OptionalInt.of(candidates.keySet().iterator().next());
    }

    /** Nodes chosen as fired sensors for a locate run. */
    public Set<Integer> fired() {
        return fired;
    }

    public boolean toggleFired(int node) {
        if (!fired.remove(node)) {
            fired.add(node);
            return true;
        }
        return false;
    }

    /** Suggested new sensor nodes, in the order placement chose them. */
    public List<Integer> suggested() {
        return suggested;
    }

    public void setSuggested(List<Integer> nodes) {
        suggested = List.copyOf(nodes);
    }

    public OptionalInt selected() {
        return selected;
    }

    public void setSelected(OptionalInt node) {
        selected = node;
    }

    public void clear() {
        sensorStates.clear();
        candidates.clear();
        candidateSets = List.of();
        fired.clear();
        suggested = List.of();
        selected = OptionalInt.empty();
    }
}
