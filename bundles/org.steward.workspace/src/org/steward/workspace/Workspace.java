package org.steward.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A project folder that is a Git repository of record files. Every save is a commit with the user's name and e-mail;
 * teams share through a remote ({@code origin}). Sensitive fields are encrypted before they reach a file.
 * Methods are thread-safe (one at a time per workspace).
 */
public interface Workspace extends AutoCloseable {

    Path folder();

    /** Writes the record (sensitive fields encrypted) and commits it; returns the commit (the last one if nothing changed). */
    CommitInfo save(Record record, String message, Author author) throws WorkspaceException;

    /** Reads one record; sensitive fields are decrypted, or {@link FieldValue.Locked} without a usable key. */
    Record load(RecordKey key) throws WorkspaceException;

    /** Keys of the records of one type, sorted by id. */
    List<RecordKey> list(String type) throws WorkspaceException;

    /** Record types present (folders holding records), sorted. */
    List<String> types() throws WorkspaceException;

    /** Reads every record; a file that cannot be read becomes a problem and all others still load. */
    LoadReport loadAll() throws WorkspaceException;

    /** Removes the record file and commits. */
    CommitInfo delete(RecordKey key, String message, Author author) throws WorkspaceException;

    /** Commits that changed this record, newest first. */
    List<CommitInfo> history(RecordKey key) throws WorkspaceException;

    /** Every commit of the project, newest first. */
    List<CommitInfo> history() throws WorkspaceException;

    /** Unified diff of the record file between two commits (ids or names such as {@code HEAD~1}). */
    String diff(RecordKey key, String fromCommit, String toCommit) throws WorkspaceException;

    /**
     * The record file's text as it was at {@code commit} (an id or a name such as {@code HEAD~1}), exactly as stored
     * (sensitive values stay encrypted); empty when the file did not exist then. For side-by-side comparison.
     *
     * @since 1.1
     */
    Optional<String> textAt(RecordKey key, String commit) throws WorkspaceException;

    /** Puts the record back as it was at {@code commit} (removes it if it did not exist then) and commits. */
    CommitInfo revert(RecordKey key, String commit, Author author) throws WorkspaceException;

    /** Sets the {@code origin} remote: a local path, a bare repository, an HTTPS URL, or an SSH remote ({@code ssh://user@host:port/path} or {@code user@host:path}; see {@link SshKey}). */
    void setRemote(String uri) throws WorkspaceException;

    Optional<String> remote();

    /** Sends local commits to {@code origin}; fails with a message saying to pull first when the remote moved on. */
    void push(Credentials credentials) throws WorkspaceException;

    /**
     * Fetches {@code origin} and merges it. Never overwrites silently: a file changed in the same place on both sides
     * is reported with both versions, and stays unresolved until {@link #resolve}.
     */
    PullResult pull(Credentials credentials, Author author) throws WorkspaceException;

    /** Conflicts left by the last pull and not yet resolved. */
    List<Conflict> conflicts() throws WorkspaceException;

    /**
     * Settles one conflict with the text the user chose (it must be a valid record; plaintext sensitive values in it
     * are encrypted). When it was the last conflict, the merge is committed and that commit returned.
     */
    Optional<CommitInfo> resolve(String path, String chosenText, Author author) throws WorkspaceException;

    /** Rebuilds the record index now (if an index service is present); returns the number of records indexed. */
    int reindex() throws WorkspaceException;

    @Override
    void close();
}
