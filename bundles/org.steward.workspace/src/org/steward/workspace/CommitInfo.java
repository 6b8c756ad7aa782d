package org.steward.workspace;

import java.time.Instant;
import java.util.List;

/**
 * One commit of the workspace history.
 *
 * @param id      full commit id (40 hex digits)
 * @param author  who made the change
 * @param time    when (author time)
 * @param message full message; {@link #subject()} is its first line
 * @param parents ids of the parent commits (two for a merge)
 */
public record CommitInfo(String id, Author author, Instant time, String message, List<String> parents) {
    public CommitInfo {
        parents = List.copyOf(parents);
    }

    public String subject() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}
