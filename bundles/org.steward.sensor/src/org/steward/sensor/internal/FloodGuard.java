package org.steward.sensor.internal;

import java.util.HashMap;
import java.util.Map;

import org.steward.sensor.Reading;

/**
 * Bounds what one sensor can put into the store: at most {@code limit} readings per sensor whose timestamps fall in
 * the same second. Counting by the readings' own timestamps (not by arrival) keeps a legitimate backlog, delivered
 * fast after a restart, from being taken for a flood. Used by the single writer thread only.
 */
final class FloodGuard {
    enum Verdict { ADMIT, FIRST_OVER, DROP }

    private static final int MAX_TRACKED = 100_000;
    private final int limit;
    private final Map<String, long[]> seconds = new HashMap<>(); // park/sensor → {epoch second, count}

    FloodGuard(int limit) {
        this.limit = limit;
    }

    Verdict check(Reading r) {
        if (limit <= 0) {
            return Verdict.ADMIT;
        }
        if (seconds.size() > MAX_TRACKED) {
            seconds.clear();
        }
        long second = r.time().getEpochSecond();
        long[] s = seconds.computeIfAbsent(r.park() + "/" + r.sensorId(), k -> new long[] {second, 0});
        if (s[0] != second) {
            s[0] = second;
            s[1] = 0;
        }
        s[1]++;
        if (s[1] <= limit) {
            return Verdict.ADMIT;
        }
        return s[1] == limit + 1 ? Verdict.FIRST_OVER : Verdict.DROP;
    }

    int limit() {
        return limit;
    }
}
