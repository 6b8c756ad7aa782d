package org.steward.workspace.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.steward.workspace.Author;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Conflict;
import org.steward.workspace.Credentials;
import org.steward.workspace.FieldValue;
import org.steward.workspace.LoadReport;
import org.steward.workspace.PullResult;
import org.steward.workspace.Record;
import org.steward.workspace.RecordCodec;
import org.steward.workspace.RecordFormatException;
import org.steward.workspace.RecordIndex;
import org.steward.workspace.RecordKey;
import org.steward.workspace.RecordProblem;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;

/** A workspace on a non-bare Git repository (JGit), branch {@code main} by default, remote {@code origin}. */
public final class GitWorkspace implements Workspace {
    public static final String REMOTE = "origin";
    private final Path folder;
    private final Git git;
    private final FieldSealer sealer;
    private final Supplier<Optional<RecordIndex>> index;
    private final Consumer<String> warnings;

    public GitWorkspace(Git git, FieldSealer sealer, Supplier<Optional<RecordIndex>> index, Consumer<String> warnings) {
        this.git = git;
        this.folder = git.getRepository().getWorkTree().toPath().toAbsolutePath().normalize();
        this.sealer = sealer;
        this.index = index;
        this.warnings = warnings;
    }

    /** Opens the folder's repository, creating folder and repository (branch main) when absent. */
    public static Git openOrInit(Path folder) throws WorkspaceException {
        try {
            Files.createDirectories(folder);
            if (Files.isDirectory(folder.resolve(Constants.DOT_GIT))) {
                return Git.open(folder.toFile());
            }
            return Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(Messages.get("ws.git", "open", folder, e.getMessage()), e);
        }
    }

    public static Git cloneInto(String remote, Path folder, Credentials credentials) throws WorkspaceException {
        try {
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
                    if (s.iterator().hasNext()) {
                        throw new WorkspaceException(Messages.get("ws.notEmpty", folder));
                    }
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "clone " + remote, folder, e.getMessage()), e);
        }
        try (RemoteAccess access = RemoteAccess.open(credentials, remote)) {
            try {
                Git git = access.apply(Git.cloneRepository().setURI(remote).setDirectory(folder.toFile()).setRemote(REMOTE)).call();
                Repository repo = git.getRepository();
                if (repo.resolve(Constants.HEAD) == null) {
                    repo.updateRef(Constants.HEAD).link("refs/heads/main"); // empty remote: start on main, as a new workspace does
                }
                return git;
            } catch (IOException | GitAPIException e) {
                throw access.failure("clone", folder, e);
            }
        }
    }

    public Repository repository() {
        return git.getRepository();
    }

    @Override
    public Path folder() {
        return folder;
    }

    // ---- records ------------------------------------------------------------------------------------------

    @Override
    public synchronized CommitInfo save(Record record, String message, Author author) throws WorkspaceException {
        refuseWhileMerging();
        Path file = file(record.key());
        Optional<Record> previous = readStored(record.key());
        Record stored = sealer.seal(record, previous);
        String text = RecordCodec.encode(stored);
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            writeAtomically(file, text);
            stage(record.path(), bytes, file);
            String subject = message == null || message.isBlank()
                    ? (previous.isPresent() ? "Update " : "Add ") + record.type() + " " + record.id()
                    : message.strip();
            String full = subject + "\n\nRecord: " + record.path() + "\nChanged: " + changed(previous, stored) + "\n";
            return commit(full, author);
        } catch (EmptyCommitException e) {
            return history(record.key()).stream().findFirst()
                    .orElseThrow(() -> new WorkspaceException(Messages.get("ws.git", "commit", folder, e.getMessage()), e));
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(Messages.get("ws.git", "save " + record.path(), folder, e.getMessage()), e);
        }
    }

    /**
     * Stages one file we just wrote: inserts the blob and edits its index entry directly, instead of {@code git add},
     * which scans the working-tree folder (thousands of files in a big project) on every save.
     */
    private void stage(String path, byte[] content, Path file) throws IOException {
        Repository repo = git.getRepository();
        ObjectId blob;
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            blob = inserter.insert(Constants.OBJ_BLOB, content);
            inserter.flush();
        }
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        DirCache dc = repo.lockDirCache();
        try {
            DirCacheEditor editor = dc.editor();
            editor.add(new DirCacheEditor.PathEdit(path) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(FileMode.REGULAR_FILE);
                    entry.setObjectId(blob);
                    entry.setLength(content.length);
                    entry.setLastModified(attrs.lastModifiedTime().toInstant());
                }
            });
            editor.commit();
        } finally {
            dc.unlock();
        }
    }

    /** Field names (never values) that differ, for the commit message. */
    private static String changed(Optional<Record> previous, Record stored) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, FieldValue> old = previous.map(Record::fields).orElse(Map.of());
        for (Map.Entry<String, FieldValue> e : stored.fields().entrySet()) {
            if (!e.getValue().equals(old.get(e.getKey()))) {
                names.add(e.getKey());
            }
        }
        for (String k : old.keySet()) {
            if (!stored.fields().containsKey(k)) {
                names.add(k + " (removed)");
            }
        }
        if (!previous.map(Record::body).orElse("").equals(stored.body())) {
            names.add("body");
        }
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }

    @Override
    public synchronized Record load(RecordKey key) throws WorkspaceException {
        Optional<String> text = readText(key);
        if (text.isEmpty()) {
            throw new WorkspaceException(Messages.get("ws.noSuchRecord", key.path(), folder));
        }
        return sealer.open(decodeAt(key, text.get()));
    }

    private Record decodeAt(RecordKey key, String text) throws RecordFormatException {
        Record r = RecordCodec.decode(key.path(), text);
        if (!r.key().equals(key)) {
            throw new RecordFormatException(new RecordProblem(key.path(), 2, Messages.get("record.mismatch", r.key(), key),
                    Messages.get("record.mismatch.fix", r.key(), key)));
        }
        return r;
    }

    private Optional<Record> readStored(RecordKey key) {
        try {
            Optional<String> text = readText(key);
            return text.isEmpty() ? Optional.empty() : Optional.of(decodeAt(key, text.get()));
        } catch (WorkspaceException e) {
            return Optional.empty(); // a damaged file is replaced by the save
        }
    }

    private Optional<String> readText(RecordKey key) throws WorkspaceException {
        try {
            return Optional.of(Files.readString(file(key), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RecordFormatException(new RecordProblem(key.path(), 0, Messages.get("record.unreadable", e.getMessage()),
                    Messages.get("record.unreadable.fix")));
        }
    }

    @Override
    public synchronized List<String> types() throws WorkspaceException {
        List<String> types = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                if (RecordKey.validType(name)) {
                    types.add(name);
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "list", folder, e.getMessage()), e);
        }
        types.sort(Comparator.naturalOrder());
        return types;
    }

    @Override
    public synchronized List<RecordKey> list(String type) throws WorkspaceException {
        List<RecordKey> keys = new ArrayList<>();
        listInto(type, keys, new ArrayList<>());
        return keys;
    }

    private void listInto(String type, List<RecordKey> keys, List<RecordProblem> problems) throws WorkspaceException {
        Path dir = folder.resolve(type);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.md")) {
            for (Path f : files) {
                names.add(f.getFileName().toString());
            }
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "list " + type, folder, e.getMessage()), e);
        }
        names.sort(Comparator.naturalOrder());
        for (String name : names) {
            try {
                keys.add(RecordKey.ofPath(type + "/" + name));
            } catch (IllegalArgumentException e) {
                problems.add(new RecordProblem(type + "/" + name, 0, e.getMessage(), Messages.get("codec.badKey.fix")));
            }
        }
    }

    @Override
    public synchronized LoadReport loadAll() throws WorkspaceException {
        List<Record> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        for (String type : types()) {
            List<RecordKey> keys = new ArrayList<>();
            listInto(type, keys, problems);
            for (RecordKey key : keys) {
                try {
                    records.add(load(key));
                } catch (RecordFormatException e) {
                    problems.add(e.problem());
                }
            }
        }
        return new LoadReport(records, problems);
    }

    /** Stored (not decrypted) form of every readable record, for the index; problems are skipped. */
    public synchronized List<Record> storedRecords() throws WorkspaceException {
        List<Record> out = new ArrayList<>();
        for (String type : types()) {
            List<RecordKey> keys = new ArrayList<>();
            listInto(type, keys, new ArrayList<>());
            for (RecordKey key : keys) {
                try {
                    Optional<String> text = readText(key);
                    if (text.isPresent()) {
                        out.add(decodeAt(key, text.get()));
                    }
                } catch (RecordFormatException e) {
                    // reported by loadAll; the index simply leaves it out
                }
            }
        }
        return out;
    }

    public Set<String> sensitive(String type) {
        return sealer.sensitive(type);
    }

    @Override
    public synchronized CommitInfo delete(RecordKey key, String message, Author author) throws WorkspaceException {
        refuseWhileMerging();
        if (!Files.exists(file(key))) {
            throw new WorkspaceException(Messages.get("ws.noSuchRecord", key.path(), folder));
        }
        try {
            git.rm().addFilepattern(key.path()).call();
            String subject = message == null || message.isBlank() ? "Delete " + key.type() + " " + key.id() : message.strip();
            return commit(subject + "\n\nRecord: " + key.path() + "\n", author);
        } catch (GitAPIException e) {
            throw new WorkspaceException(Messages.get("ws.git", "delete " + key.path(), folder, e.getMessage()), e);
        }
    }

    // ---- history --------------------------------------------------------------------------------------------

    @Override
    public synchronized List<CommitInfo> history(RecordKey key) throws WorkspaceException {
        return log(Optional.of(key.path()));
    }

    @Override
    public synchronized List<CommitInfo> history() throws WorkspaceException {
        return log(Optional.empty());
    }

    private List<CommitInfo> log(Optional<String> path) throws WorkspaceException {
        try {
            if (git.getRepository().resolve(Constants.HEAD) == null) {
                return List.of();
            }
            var cmd = git.log();
            path.ifPresent(cmd::addPath);
            List<CommitInfo> out = new ArrayList<>();
            for (RevCommit c : cmd.call()) {
                out.add(info(c));
            }
            return out;
        } catch (NoHeadException e) {
            return List.of();
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(Messages.get("ws.git", "log", folder, e.getMessage()), e);
        }
    }

    public static CommitInfo info(RevCommit c) {
        PersonIdent a = c.getAuthorIdent();
        List<String> parents = new ArrayList<>();
        for (RevCommit p : c.getParents()) {
            parents.add(p.getName());
        }
        return new CommitInfo(c.getName(), new org.steward.workspace.Author(a.getName(), a.getEmailAddress()), a.getWhenAsInstant(),
                c.getFullMessage(), parents);
    }

    @Override
    public synchronized String diff(RecordKey key, String fromCommit, String toCommit) throws WorkspaceException {
        Repository repo = git.getRepository();
        ObjectId a = resolveCommit(fromCommit);
        ObjectId b = resolveCommit(toCommit);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RevWalk walk = new RevWalk(repo); DiffFormatter df = new DiffFormatter(out)) {
            df.setRepository(repo);
            df.setPathFilter(PathFilter.create(key.path()));
            df.format(walk.parseCommit(a).getTree(), walk.parseCommit(b).getTree());
            df.flush();
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "diff", folder, e.getMessage()), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private ObjectId resolveCommit(String rev) throws WorkspaceException {
        try {
            ObjectId id = git.getRepository().resolve(rev + "^{commit}");
            if (id == null) {
                throw new WorkspaceException(Messages.get("ws.noSuchCommit", rev, folder));
            }
            return id;
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(Messages.get("ws.noSuchCommit", rev, folder), e);
        }
    }

    @Override
    public synchronized CommitInfo revert(RecordKey key, String commit, Author author) throws WorkspaceException {
        refuseWhileMerging();
        ObjectId id = resolveCommit(commit);
        Repository repo = git.getRepository();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(id);
            Optional<byte[]> then = blob(repo, c, key.path());
            if (then.isPresent()) {
                writeAtomically(file(key), new String(then.get(), StandardCharsets.UTF_8));
                git.add().addFilepattern(key.path()).call();
            } else if (Files.exists(file(key))) {
                git.rm().addFilepattern(key.path()).call();
            }
            String subject = "Revert " + key.type() + " " + key.id() + " to " + c.getName().substring(0, 7);
            return commit(subject + "\n\nRecord: " + key.path() + "\nAs of: " + c.getName() + " (" + c.getShortMessage() + ")\n",
                    author);
        } catch (EmptyCommitException e) {
            return history(key).stream().findFirst()
                    .orElseThrow(() -> new WorkspaceException(Messages.get("ws.git", "revert", folder, e.getMessage()), e));
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(Messages.get("ws.git", "revert " + key.path(), folder, e.getMessage()), e);
        }
    }

    @Override
    public synchronized Optional<String> textAt(RecordKey key, String commit) throws WorkspaceException {
        ObjectId id = resolveCommit(commit);
        Repository repo = git.getRepository();
        try (RevWalk walk = new RevWalk(repo)) {
            return blob(repo, walk.parseCommit(id), key.path()).map(b -> new String(b, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "read " + key.path() + " at " + commit, folder, e.getMessage()), e);
        }
    }

    static Optional<byte[]> blob(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
            if (tw == null) {
                return Optional.empty();
            }
            return Optional.of(repo.open(tw.getObjectId(0)).getBytes());
        }
    }

    // ---- sharing ----------------------------------------------------------------------------------------

    @Override
    public synchronized void setRemote(String uri) throws WorkspaceException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", REMOTE, "url", uri);
        config.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
        try {
            config.save();
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "set remote", folder, e.getMessage()), e);
        }
    }

    @Override
    public synchronized Optional<String> remote() {
        return Optional.ofNullable(git.getRepository().getConfig().getString("remote", REMOTE, "url"));
    }

    private String requireRemote() throws WorkspaceException {
        return remote().orElseThrow(() -> new WorkspaceException(Messages.get("ws.noRemote")));
    }

    private String branch() throws IOException {
        return git.getRepository().getBranch();
    }

    @Override
    public synchronized void push(Credentials credentials) throws WorkspaceException {
        String remote = requireRemote();
        try (RemoteAccess access = RemoteAccess.open(credentials, remote)) {
            String branch = branch();
            Iterable<PushResult> results;
            try {
                results = access.apply(git.push().setRemote(REMOTE)
                        .setRefSpecs(new org.eclipse.jgit.transport.RefSpec("refs/heads/" + branch + ":refs/heads/" + branch))).call();
            } catch (GitAPIException e) {
                throw access.failure("push", folder, e);
            }
            for (PushResult r : results) {
                for (RemoteRefUpdate u : r.getRemoteUpdates()) {
                    switch (u.getStatus()) {
                        case OK, UP_TO_DATE -> {
                        }
                        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED ->
                            throw new WorkspaceException(Messages.get("ws.pushRejected", remote));
                        default -> throw new WorkspaceException(Messages.get("ws.git", "push", folder,
                                u.getStatus() + (u.getMessage() == null ? "" : " " + u.getMessage())));
                    }
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "push " + remote, folder, e.getMessage()), e);
        }
    }

    @Override
    public synchronized PullResult pull(Credentials credentials, Author author) throws WorkspaceException {
        refuseWhileMerging();
        String remote = requireRemote();
        Repository repo = git.getRepository();
        PullResult result;
        try {
            try (RemoteAccess access = RemoteAccess.open(credentials, remote)) {
                try {
                    access.apply(git.fetch().setRemote(REMOTE)).call();
                } catch (GitAPIException e) {
                    throw access.failure("pull", folder, e);
                }
            }
            String branch = branch();
            Ref theirs = repo.exactRef("refs/remotes/" + REMOTE + "/" + branch);
            ObjectId head = repo.resolve(Constants.HEAD);
            if (theirs == null || theirs.getObjectId().equals(head)) {
                return new PullResult(PullResult.Status.UP_TO_DATE, head == null ? "" : head.getName(), List.of());
            }
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit their = walk.parseCommit(theirs.getObjectId());
                if (head != null && walk.isMergedInto(their, walk.parseCommit(head))) {
                    return new PullResult(PullResult.Status.UP_TO_DATE, head.getName(), List.of());
                }
                if (head == null || walk.isMergedInto(walk.parseCommit(head), their)) {
                    MergeResult mr = git.merge().include(theirs).setFastForward(MergeCommand.FastForwardMode.FF_ONLY).call();
                    checkMerge(mr);
                    result = new PullResult(PullResult.Status.FAST_FORWARD, repo.resolve(Constants.HEAD).getName(), List.of());
                } else {
                    MergeResult mr = git.merge().include(theirs).setCommit(false).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                            .setMessage("Merge " + REMOTE + "/" + branch).call();
                    if (mr.getMergeStatus() == MergeResult.MergeStatus.CONFLICTING) {
                        List<Conflict> left = mergeFields(conflicts());
                        if (!left.isEmpty()) {
                            return new PullResult(PullResult.Status.CONFLICTS, head.getName(), left);
                        }
                    } else {
                        checkMerge(mr);
                    }
                    RevCommit merged = git.commit().setAuthor(ident(author)).setCommitter(ident(author))
                            .setMessage("Merge " + REMOTE + "/" + branch + " into " + branch + "\n\nPulled from " + remote + "\n").call();
                    result = new PullResult(PullResult.Status.MERGED, merged.getName(), List.of());
                }
            }
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(Messages.get("ws.git", "pull " + remote, folder, e.getMessage()), e);
        }
        reindexQuietly();
        return result;
    }

    /** Settles the conflicts that a field-level merge can settle (staged); returns those left for the user. */
    private List<Conflict> mergeFields(List<Conflict> conflicts) throws IOException, GitAPIException {
        List<Conflict> left = new ArrayList<>();
        for (Conflict c : conflicts) {
            Optional<Record> merged = c.base().isPresent() && c.ours().isPresent() && c.theirs().isPresent()
                    ? FieldMerge.merge(c.path(), c.base().get(), c.ours().get(), c.theirs().get())
                    : Optional.empty();
            if (merged.isPresent()) {
                writeAtomically(folder.resolve(c.path()), RecordCodec.encode(merged.get()));
                git.add().addFilepattern(c.path()).call();
            } else {
                left.add(c);
            }
        }
        return left;
    }

    private void checkMerge(MergeResult mr) throws WorkspaceException {
        if (!mr.getMergeStatus().isSuccessful()) {
            String paths = mr.getFailingPaths() == null ? "" : " " + mr.getFailingPaths().keySet();
            throw new WorkspaceException(Messages.get("ws.git", "merge", folder, mr.getMergeStatus() + paths
                    + " (uncommitted local edits? commit or revert them first)"));
        }
    }

    @Override
    public synchronized List<Conflict> conflicts() throws WorkspaceException {
        Repository repo = git.getRepository();
        try {
            DirCache dc = repo.readDirCache();
            Map<String, String[]> byPath = new TreeMap<>();
            for (int i = 0; i < dc.getEntryCount(); i++) {
                DirCacheEntry e = dc.getEntry(i);
                int stage = e.getStage();
                if (stage == DirCacheEntry.STAGE_0) {
                    continue;
                }
                String text = new String(repo.open(e.getObjectId()).getBytes(), StandardCharsets.UTF_8);
                byPath.computeIfAbsent(e.getPathString(), p -> new String[3])[stage - 1] = text;
            }
            List<Conflict> out = new ArrayList<>();
            for (Map.Entry<String, String[]> e : byPath.entrySet()) {
                String[] v = e.getValue();
                out.add(new Conflict(e.getKey(), Optional.ofNullable(v[0]), Optional.ofNullable(v[1]), Optional.ofNullable(v[2])));
            }
            return out;
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "read conflicts", folder, e.getMessage()), e);
        }
    }

    @Override
    public synchronized Optional<CommitInfo> resolve(String path, String chosenText, Author author) throws WorkspaceException {
        Repository repo = git.getRepository();
        if (conflicts().stream().noneMatch(c -> c.path().equals(path))) {
            throw new WorkspaceException(Messages.get("ws.notConflicted", path));
        }
        RecordKey key;
        try {
            key = RecordKey.ofPath(path);
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        Record chosen = decodeAt(key, chosenText);
        Record stored = sealer.seal(chosen, Optional.empty());
        try {
            writeAtomically(file(key), RecordCodec.encode(stored));
            git.add().addFilepattern(path).call();
            if (repo.readDirCache().hasUnmergedPaths()) {
                return Optional.empty();
            }
            String branch = branch();
            RevCommit c = git.commit().setAuthor(ident(author)).setCommitter(ident(author))
                    .setMessage("Merge " + REMOTE + "/" + branch + " into " + branch + ": conflicts resolved\n\nResolved: " + path + "\n")
                    .call();
            reindexQuietly();
            return Optional.of(info(c));
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(Messages.get("ws.git", "resolve " + path, folder, e.getMessage()), e);
        }
    }

    @Override
    public int reindex() throws WorkspaceException {
        Optional<RecordIndex> i = index.get();
        return i.isPresent() ? i.get().rebuild(this) : 0;
    }

    private void reindexQuietly() {
        try {
            reindex();
        } catch (WorkspaceException | RuntimeException e) {
            warnings.accept("record index of " + folder + " not rebuilt after pull: " + e.getMessage());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void refuseWhileMerging() throws WorkspaceException {
        RepositoryState state = git.getRepository().getRepositoryState();
        if (state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED) {
            String paths;
            try {
                paths = String.join(", ", conflicts().stream().map(Conflict::path).toList());
            } catch (WorkspaceException e) {
                paths = "?";
            }
            throw new WorkspaceException(Messages.get("ws.merging", paths));
        }
    }

    private CommitInfo commit(String message, Author author) throws GitAPIException {
        PersonIdent who = ident(author);
        RevCommit c = git.commit().setAuthor(who).setCommitter(who).setMessage(message).setAllowEmpty(false).call();
        return info(c);
    }

    private static PersonIdent ident(Author a) {
        return new PersonIdent(a.name(), a.email());
    }

    private Path file(RecordKey key) {
        return folder.resolve(key.type()).resolve(key.id() + ".md");
    }

    /** Write to a temporary file beside the target, then rename: a crash leaves the old or the new file, never half. */
    static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public synchronized void close() {
        git.close();
    }
}
