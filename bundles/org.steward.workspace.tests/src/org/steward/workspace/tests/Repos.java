package org.steward.workspace.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.api.Git;

/** Looks into a repository with JGit directly, independent of the code under test. */
final class Repos {
    private Repos() {
    }

    /** Paths of every blob of every commit reachable from any ref whose text contains {@code needle}. */
    static List<String> blobsContaining(Path repoFolder, String needle) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Git git = Git.open(repoFolder.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repo = git.getRepository();
            for (Ref ref : repo.getRefDatabase().getRefs()) {
                if (ref.getObjectId() != null) {
                    walk.markStart(walk.parseCommit(ref.getObjectId()));
                }
            }
            Set<ObjectId> seen = new HashSet<>();
            for (RevCommit c : walk) {
                try (TreeWalk tw = new TreeWalk(repo)) {
                    tw.addTree(c.getTree());
                    tw.setRecursive(true);
                    while (tw.next()) {
                        ObjectId id = tw.getObjectId(0);
                        if (seen.add(id) && new String(repo.open(id).getBytes(), StandardCharsets.UTF_8).contains(needle)) {
                            hits.add(c.getName() + ":" + tw.getPathString());
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Number of commits reachable from refs. */
    static int commits(Path repoFolder) throws IOException {
        int n = 0;
        try (Git git = Git.open(repoFolder.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            for (Ref ref : git.getRepository().getRefDatabase().getRefs()) {
                if (ref.getObjectId() != null) {
                    walk.markStart(walk.parseCommit(ref.getObjectId()));
                }
            }
            for (@SuppressWarnings("unused") RevCommit c : walk) {
                n++;
            }
        }
        return n;
    }
}
