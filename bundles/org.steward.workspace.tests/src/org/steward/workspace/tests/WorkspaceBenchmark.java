package org.steward.workspace.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.steward.store.internal.EmbeddedDerby;
import org.steward.workspace.Author;
import org.steward.workspace.LoadReport;
import org.steward.workspace.Record;
import org.steward.workspace.RecordCodec;
import org.steward.workspace.RecordKey;
import org.steward.workspace.SensitiveFields;
import org.steward.workspace.crypto.FieldCipher;
import org.steward.workspace.crypto.Keys;
import org.steward.workspace.internal.FieldSealer;
import org.steward.workspace.internal.GitWorkspace;
import org.steward.workspace.internal.IndexWriter;
import org.steward.workspace.internal.LastCommits;

/**
 * Benchmark (not a test), run with releng/benchmarks/workspace.sh: record edits each committed, opening a project,
 * rebuilding the Derby index, for projects of 1,000 and 10,000 records, each against a baseline measured in the same
 * run (plain file writes without Git; plain directory listing and file reads; plain JDBC batch insert of the same
 * number of rows). Sensitive fields (phone, email) are encrypted as in real use.
 */
public final class WorkspaceBenchmark {
    private static final String[] TYPES = {"customer", "contact", "opportunity", "vendor", "test-record"};
    private static final Author WHO = new Author("Bench", "bench@example.com");
    private static final String SCHEMA = "CREATE TABLE WS_RECORD (PROJECT VARCHAR(1000) NOT NULL, PATH VARCHAR(500) NOT NULL, "
            + "RECORD_TYPE VARCHAR(64) NOT NULL, RECORD_ID VARCHAR(200) NOT NULL, TITLE VARCHAR(500) NOT NULL, LAST_COMMIT CHAR(40), "
            + "LAST_COMMIT_TIME TIMESTAMP, PRIMARY KEY (PROJECT, PATH))";

    private WorkspaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int[] sizes = args.length > 1 ? Stream.of(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {1000, 10000};
        Path work = Files.createTempDirectory("ws-bench");
        FieldSealer sealer = new FieldSealer(t -> SensitiveFields.DEFAULTS, Optional.of(new FieldCipher(Keys.generate())), "bench key");
        Map<Integer, double[]> results = new java.util.LinkedHashMap<>();
        try {
            for (int n : sizes) {
                Path project = work.resolve("p" + n);
                long t0 = System.nanoTime();
                create(project, n, sealer);
                double createMs = ms(t0);
                System.out.printf("%,d records: created with one commit in %.0f ms%n", n, createMs);

                double[] open = openTimes(project, sealer, 3);
                double[] listing = listingTimes(project, 3);
                double editMs;
                double plainWriteMs;
                try (GitWorkspace ws = new GitWorkspace(GitWorkspace.openOrInit(project), sealer, Optional::empty, m -> {
                })) {
                    plainWriteMs = plainWrites(work.resolve("plain" + n), ws, n, edits);
                    long e0 = System.nanoTime();
                    for (int i = 0; i < edits; i++) {
                        RecordKey key = key((i * 7919) % n);
                        ws.save(ws.load(key).with("stage", "第" + i + "次跟进"), "", WHO);
                    }
                    editMs = ms(e0);
                }
                double[] index = indexTimes(work.resolve("db" + n), project, sealer);
                double rawInsertMs = rawInsert(work.resolve("rawdb" + n), n);
                results.put(n, new double[] {editMs, plainWriteMs, median(open), median(listing), index[0], rawInsertMs});
                System.out.printf("  %,d edits each committed: %.0f ms (%.2f ms/edit); baseline %,d plain file writes: %.0f ms; ratio %.1f%n",
                        edits, editMs, editMs / edits, edits, plainWriteMs, editMs / plainWriteMs);
                System.out.printf("  open (parse + decrypt all): median %.0f ms; baseline list + read all files: median %.0f ms; ratio %.1f%n",
                        median(open), median(listing), median(open) / median(listing));
                System.out.printf("  index rebuild (read files, last commit of each over %,d commits, Derby): %.0f ms "
                        + "(files %.0f, git walk %.0f, Derby %.0f); baseline raw JDBC insert of %,d rows: %.0f ms; ratio %.1f%n",
                        edits + 1, index[0], index[1], index[2], index[3], n, rawInsertMs, index[0] / rawInsertMs);
            }
            if (sizes.length >= 2) {
                int a = sizes[0];
                int b = sizes[sizes.length - 1];
                double[] ra = results.get(a);
                double[] rb = results.get(b);
                System.out.printf("growth %,d → %,d records (x%.0f): edits x%.2f (plain writes x%.2f), open x%.2f (listing x%.2f), "
                        + "index x%.2f (raw insert x%.2f)%n", a, b, (double) b / a, rb[0] / ra[0], rb[1] / ra[1], rb[2] / ra[2], rb[3] / ra[3],
                        rb[4] / ra[4], rb[5] / ra[5]);
            }
        } finally {
            delete(work);
        }
    }

    static RecordKey key(int i) {
        return new RecordKey(TYPES[i % TYPES.length], String.format("r-%05d", i));
    }

    static Record record(int i) {
        RecordKey k = key(i);
        return Record.empty(k.type(), k.id()).with("name", "园区客户 " + i).with("stage", "线索").with("owner", "李娜")
                .with("phone", String.format("139%08d", i)).with("email", "contact" + i + "@example.cn")
                .withBody("## 纪要\n\n第 " + i + " 条记录的正文，含中文与 English text。\n");
    }

    static void create(Path project, int n, FieldSealer sealer) throws Exception {
        try (Git git = GitWorkspace.openOrInit(project)) {
            for (int i = 0; i < n; i++) {
                Record stored = sealer.seal(record(i), Optional.empty());
                Path f = project.resolve(stored.path());
                Files.createDirectories(f.getParent());
                Files.writeString(f, RecordCodec.encode(stored), StandardCharsets.UTF_8);
            }
            git.add().addFilepattern(".").call();
            PersonIdent id = new PersonIdent(WHO.name(), WHO.email());
            git.commit().setAuthor(id).setCommitter(id).setMessage("Import " + n + " records").call();
        }
    }

    static double[] openTimes(Path project, FieldSealer sealer, int rounds) throws Exception {
        double[] t = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            try (GitWorkspace ws = new GitWorkspace(GitWorkspace.openOrInit(project), sealer, Optional::empty, m -> {
            })) {
                LoadReport report = ws.loadAll();
                if (!report.problems().isEmpty()) {
                    throw new IllegalStateException(report.problems().toString());
                }
            }
            t[r] = ms(t0);
        }
        return t;
    }

    static double[] listingTimes(Path project, int rounds) throws IOException {
        double[] t = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long bytes = 0;
            for (String type : TYPES) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(project.resolve(type), "*.md")) {
                    for (Path f : files) {
                        bytes += Files.readAllBytes(f).length;
                    }
                }
            }
            if (bytes == 0) {
                throw new IllegalStateException("nothing read");
            }
            t[r] = ms(t0);
        }
        return t;
    }

    /** The same edits written as files (atomic replace, as the workspace does) with no Git at all. */
    static double plainWrites(Path folder, GitWorkspace ws, int n, int edits) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 100); i++) {
            texts.add(Files.readString(ws.folder().resolve(key(i).path())));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < edits; i++) {
            int k = (i * 7919) % n;
            Path f = folder.resolve(key(k).path());
            Files.createDirectories(f.getParent());
            Path tmp = f.resolveSibling("." + f.getFileName() + ".tmp");
            Files.writeString(tmp, texts.get(k % texts.size()).replace("stage: 线索", "stage: 第" + i + "次跟进"), StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return ms(t0);
    }

    /** @return total, reading files, git walk, Derby — the same steps as the index component, on a plain connection */
    static double[] indexTimes(Path db, Path project, FieldSealer sealer) throws Exception {
        EmbeddedDerby derby = new EmbeddedDerby(db);
        try (Connection c = derby.open(); GitWorkspace ws = new GitWorkspace(GitWorkspace.openOrInit(project), sealer, Optional::empty, m -> {
        })) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(SCHEMA);
            }
            c.commit();
            long t0 = System.nanoTime();
            List<Record> stored = ws.storedRecords();
            double files = ms(t0);
            Set<String> paths = new HashSet<>();
            stored.forEach(r -> paths.add(r.path()));
            long t1 = System.nanoTime();
            Map<String, LastCommits.Last> last = LastCommits.of(ws.repository(), paths);
            double walk = ms(t1);
            long t2 = System.nanoTime();
            IndexWriter.replace(c, project.toString(), stored, last, ws::sensitive);
            c.commit();
            double sql = ms(t2);
            if (last.size() != paths.size()) {
                throw new IllegalStateException("last commit missing for " + (paths.size() - last.size()) + " files");
            }
            return new double[] {ms(t0), files, walk, sql};
        } finally {
            derby.shutdown();
        }
    }

    static double rawInsert(Path db, int n) throws Exception {
        EmbeddedDerby derby = new EmbeddedDerby(db);
        try (Connection c = derby.open()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(SCHEMA);
            }
            c.commit();
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO WS_RECORD VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, "/tmp/project");
                    ps.setString(2, key(i).path());
                    ps.setString(3, key(i).type());
                    ps.setString(4, key(i).id());
                    ps.setString(5, "园区客户 " + i);
                    ps.setString(6, "0123456789012345678901234567890123456789");
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return ms(t0);
        } finally {
            derby.shutdown();
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
