package org.steward.workspace;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one record: its type (folder) and id (file name without {@code .md}).
 * Types are lower-case words ({@code customer}, {@code test-record}); ids are letters, digits, {@code . _ -} and
 * may contain Chinese characters, never a path separator.
 */
public record RecordKey(String type, String id) {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,199}");

    public RecordKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("record type '" + type
                    + "' is not allowed: use a lower-case word of letters, digits and '-' starting with a letter, e.g. customer");
        }
        if (!ID.matcher(id).matches() || id.endsWith(".")) {
            throw new IllegalArgumentException("record id '" + id
                    + "' is not allowed: use letters, digits, '.', '_' or '-' (no '/', no spaces), e.g. c-001");
        }
    }

    public static boolean validType(String type) {
        return TYPE.matcher(type).matches();
    }

    /** Path of the record file inside the workspace, with '/' separators: {@code <type>/<id>.md}. */
    public String path() {
        return type + "/" + id + ".md";
    }

    /** The key of a path {@code <type>/<id>.md}, or {@code null}-free failure as IllegalArgumentException. */
    public static RecordKey ofPath(String path) {
        int slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) >= 0 || !path.endsWith(".md")) {
            throw new IllegalArgumentException("'" + path + "' is not a record path <type>/<id>.md");
        }
        return new RecordKey(path.substring(0, slash), path.substring(slash + 1, path.length() - 3));
    }

    @Override
    public String toString() {
        return path();
    }
}
