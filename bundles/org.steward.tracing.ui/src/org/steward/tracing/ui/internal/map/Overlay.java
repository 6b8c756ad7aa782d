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

    /** Candidate node → score, best first. */
    public Map<Integer, Double> candidates() {
        return candidates;
    }

    public void setCandidates(Map<Integer, Double> ranked) {
        candidates.clear();
        candidates.putAll(ranked);
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
        fired.clear();
        suggested = List.of();
        selected = OptionalInt.empty();
    }
}
