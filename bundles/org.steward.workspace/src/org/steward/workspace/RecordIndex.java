package org.steward.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Derby index of the records of workspaces (through the store service), derived from the files and rebuilt from them
 * on demand and after each pull. Never the source of truth.
 */
public interface RecordIndex {

    /** Replaces the project's rows with one per record file; returns how many. Unreadable files are skipped. */
    int rebuild(Workspace workspace) throws WorkspaceException;

    /** The project's rows, sorted by path. */
    List<Entry> entries(Path project) throws WorkspaceException;

    /**
     * One indexed record.
     *
     * @param title  the {@code name}, {@code title} or {@code subject} field, else the id (never a sensitive value)
     * @param lastCommit id of the newest commit that changed the file, if committed
     */
    record Entry(String type, String id, String title, String path, Optional<String> lastCommit, Optional<Instant> lastCommitTime) {
    }
}
