package org.steward.workspace;

import java.util.Optional;

/**
 * A record file that a pull could not merge. Nothing is overwritten: both versions (and their common ancestor)
 * are kept until {@link Workspace#resolve} is called with the text the user chose.
 *
 * @param path   {@code <type>/<id>.md}
 * @param base   the common ancestor's text; empty when both sides added the file
 * @param ours   this workspace's text; empty when deleted here
 * @param theirs the remote's text; empty when deleted there
 */
public record Conflict(String path, Optional<String> base, Optional<String> ours, Optional<String> theirs) {
}
