package org.steward.workspace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One record of the workspace (a customer, a contact, a test record…): its key, its fields in a stable order, and a
 * Markdown body. Stored as {@code <type>/<id>.md}; see {@link RecordCodec}.
 */
public record Record(RecordKey key, Map<String, FieldValue> fields, String body) {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    public Record {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        LinkedHashMap<String, FieldValue> copy = new LinkedHashMap<>();
        for (Map.Entry<String, FieldValue> e : fields.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "field name");
            if (!validFieldName(name)) {
                throw new IllegalArgumentException("field name '" + name
                        + "' is not allowed: use letters, digits, '_', '.', '-' starting with a letter; 'type' and 'id' are reserved");
            }
            copy.put(name, Objects.requireNonNull(e.getValue(), "value of field " + name));
        }
        fields = Collections.unmodifiableMap(copy);
    }

    public Record(String type, String id, Map<String, FieldValue> fields, String body) {
        this(new RecordKey(type, id), fields, body);
    }

    public static boolean validFieldName(String name) {
        return FIELD.matcher(name).matches() && !name.equals("type") && !name.equals("id");
    }

    public String type() {
        return key.type();
    }

    public String id() {
        return key.id();
    }

    /** {@code <type>/<id>.md} */
    public String path() {
        return key.path();
    }

    public Optional<FieldValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field's text when it is a readable single text. */
    public Optional<String> text(String name) {
        return fields.get(name) instanceof FieldValue.Text t ? Optional.of(t.value()) : Optional.empty();
    }

    /** True when the field is a sensitive value this node cannot read. */
    public boolean locked(String name) {
        return fields.get(name) instanceof FieldValue.Locked;
    }

    /** A copy with the field set (added at the end when new, in place when present). */
    public Record with(String name, FieldValue value) {
        LinkedHashMap<String, FieldValue> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return new Record(key, copy, body);
    }

    public Record with(String name, String text) {
        return with(name, new FieldValue.Text(text));
    }

    public Record withBody(String newBody) {
        return new Record(key, fields, newBody);
    }

    public Record without(String name) {
        LinkedHashMap<String, FieldValue> copy = new LinkedHashMap<>(fields);
        copy.remove(name);
        return new Record(key, copy, body);
    }

    /** A record with no fields and an empty body. */
    public static Record empty(String type, String id) {
        return new Record(type, id, Map.of(), "");
    }
}
