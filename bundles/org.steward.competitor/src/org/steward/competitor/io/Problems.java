package org.steward.competitor.io;

import java.util.ArrayList;
import java.util.List;

import org.steward.competitor.internal.Messages;
import org.steward.competitor.model.RecordProblem;

/** Collects the problems of one read; messages come from the bundle's message files. */
final class Problems {
    private final List<RecordProblem> list = new ArrayList<>();

    void add(String file, int line, String field, String key, Object... args) {
        list.add(new RecordProblem(file, line, field, Messages.get(key, args)));
    }

    void addAll(List<RecordProblem> more) {
        list.addAll(more);
    }

    List<RecordProblem> list() {
        return List.copyOf(list);
    }

    int size() {
        return list.size();
    }
}
