package org.steward.core.model;

import org.osgi.annotation.versioning.ConsumerType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.steward.core.internal.ResultFiles;

/**
 * The typed outcome of a run. It writes itself as files: {@code result.json} from {@link #json()},
 * one CSV per {@link #tables() table} and one file per {@link #images() picture}.
 */
@ConsumerType
public interface ModelResult {

    /** The JSON document: nested Map (ordered), List, String, Number, Boolean values only. */
    Map<String, Object> json();

    /** Tables, written as CSV and shown as tables. */
    default List<ResultTable> tables() {
        return List.of();
    }

    /** Pictures, written as they are and shown in the result view. */
    default List<ResultImage> images() {
        return List.of();
    }

    /** A one-line summary for status lines and logs. */
    default String summary() {
        return "";
    }

    /**
     * Writes {@code result.json}, the tables and the pictures into {@code directory}, creating it if needed.
     *
     * @return the files written, {@code result.json} first
     */
    default List<Path> writeTo(Path directory) throws IOException {
        return ResultFiles.write(this, directory);
    }

    /** A result made of a JSON document and optional tables and pictures. */
    static ModelResult of(Map<String, Object> json, List<ResultTable> tables, List<ResultImage> images, String summary) {
        Map<String, Object> j = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
        List<ResultTable> t = List.copyOf(tables);
        List<ResultImage> i = List.copyOf(images);
        return new ModelResult() {
            @Override public Map<String, Object> json() { return j; }
            @Override public List<ResultTable> tables() { return t; }
            @Override public List<ResultImage> images() { return i; }
            @Override public String summary() { return summary; }
        };
    }
}
