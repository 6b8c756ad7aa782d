package org.steward.workspace.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.RecordCodec;
import org.steward.workspace.RecordFormatException;

/**
 * Three-way merge of one record at field level, for files Git's line merge could not settle (Git treats edits of
 * neighbouring lines as a conflict). Each field, and the body as a whole, takes the side that changed it; when both
 * sides changed the same field to different values, the record is a real conflict and is left to the user.
 */
final class FieldMerge {
    private FieldMerge() {
    }

    /** The merged stored record, or empty when some field was changed differently on both sides. */
    static Optional<Record> merge(String path, String base, String ours, String theirs) {
        Record b;
        Record o;
        Record t;
        try {
            b = RecordCodec.decode(path, base);
            o = RecordCodec.decode(path, ours);
            t = RecordCodec.decode(path, theirs);
        } catch (RecordFormatException e) {
            return Optional.empty();
        }
        if (!b.key().equals(o.key()) || !b.key().equals(t.key())) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>(o.fields().keySet());
        names.addAll(t.fields().keySet());
        Map<String, FieldValue> merged = new LinkedHashMap<>();
        for (String name : names) {
            Optional<Optional<FieldValue>> v = pick(b.fields().get(name), o.fields().get(name), t.fields().get(name));
            if (v.isEmpty()) {
                return Optional.empty();
            }
            v.get().ifPresent(value -> merged.put(name, value));
        }
        Optional<Optional<String>> body = pick(b.body(), o.body(), t.body());
        if (body.isEmpty() || body.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Record(o.key(), merged, body.get().get()));
    }

    /** Outer empty: conflict. Inner empty: the value is absent (removed) in the result. */
    private static <T> Optional<Optional<T>> pick(T base, T ours, T theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return Optional.of(Optional.ofNullable(ours));
        }
        if (Objects.equals(ours, base)) {
            return Optional.of(Optional.ofNullable(theirs));
        }
        return Optional.empty();
    }
}
