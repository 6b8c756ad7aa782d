package org.steward.workspace.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The newest commit that changed each of a set of paths, found in one walk from HEAD (newest first), comparing each
 * commit's tree with its first parent's; the walk stops as soon as every path is found.
 */
public final class LastCommits {
    /** Commit id and time. */
    public record Last(String id, Instant time) {
    }

    private LastCommits() {
    }

    public static Map<String, Last> of(Repository repo, Set<String> paths) throws IOException {
        Map<String, Last> found = new HashMap<>();
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null || paths.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>(paths);
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            tw.setRecursive(true);
            for (RevCommit c : walk) {
                tw.reset();
                if (c.getParentCount() == 0) {
                    tw.addTree(c.getTree());
                    tw.setFilter(TreeFilter.ALL);
                } else {
                    RevCommit parent = walk.parseCommit(c.getParent(0));
                    tw.addTree(parent.getTree());
                    tw.addTree(c.getTree());
                    tw.setFilter(TreeFilter.ANY_DIFF);
                }
                while (tw.next()) {
                    String p = tw.getPathString();
                    if (wanted.remove(p)) {
                        found.put(p, new Last(c.getName(), c.getAuthorIdent().getWhenAsInstant()));
                    }
                }
                if (wanted.isEmpty()) {
                    break;
                }
            }
        }
        return found;
    }
}
