package org.steward.competitor.io;

import java.util.OptionalInt;

/** Reads a 1–5 score from a cell, reporting a missing, non-integer or out-of-range value. */
final class Scores {
    private Scores() {
    }

    static OptionalInt read(String file, int line, String field, String cell, Problems problems) {
        String t = cell.strip();
        if (t.isEmpty() || t.equals("-") || t.equals("–") || t.equals("?")) {
            problems.add(file, line, field, "score.missing");
            return OptionalInt.empty();
        }
        int v;
        try {
            v = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            problems.add(file, line, field, "score.notInteger", t);
            return OptionalInt.empty();
        }
        if (v < 1 || v > 5) {
            problems.add(file, line, field, "score.range", v);
            return OptionalInt.empty();
        }
        return OptionalInt.of(v);
    }

    static boolean flag(String value) {
        String t = value.strip().toLowerCase(java.util.Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("y") || t.equals("1") || t.equals("是") || t.equals("我方");
    }

    static boolean isFlag(String value) {
        String t = value.strip().toLowerCase(java.util.Locale.ROOT);
        return flag(value) || t.equals("false") || t.equals("no") || t.equals("n") || t.equals("0") || t.equals("否") || t.isEmpty();
    }
}
