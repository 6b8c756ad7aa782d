package org.steward.competitor.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.Assessment;
import org.steward.competitor.analysis.CompetitorAnalysis;
import org.steward.competitor.analysis.Recommendation;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.model.ChainEntry;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.Names;
import org.steward.workspace.Author;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Record;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.Workspaces;

/**
 * The competitor records of the open workspace project ({@code <project>/competitors/}), shared by the competitor
 * views: the set read from the files, the edited directions, the selected record, and saving through the workspace
 * service (every save a Git commit). Views listen for changes; all calls are made on the UI thread except
 * {@link #analysis()}, which only reads.
 */
public final class CompetitorSession {
    private static final CompetitorSession INSTANCE = new CompetitorSession();

    private Path project;
    private volatile CompetitorSet set = new CompetitorSet(List.of(), List.of());
    private volatile Map<String, List<Direction>> directions = Map.of();
    private String selected = "";
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private CompetitorSession() {
    }

    public static CompetitorSession get() {
        return INSTANCE;
    }

    public synchronized Path project() {
        if (project == null) {
            project = Services.project();
            read();
        }
        return project;
    }

    /** Shows another project's competitors (and reads them). */
    public void setProject(Path folder) {
        synchronized (this) {
            project = folder;
            selected = "";
        }
        reload();
    }

    public Path folder() {
        return project().resolve(RecordText.TYPE);
    }

    /** Reads the folder again and tells the views. */
    public void reload() {
        project();
        read();
        listeners.forEach(Runnable::run);
    }

    private void read() {
        Path folder = project.resolve(RecordText.TYPE);
        if (!Files.isDirectory(folder)) {
            set = new CompetitorSet(List.of(), List.of());
            directions = Map.of();
            return;
        }
        CompetitorSet read = CompetitorReader.read(folder);
        Map<String, List<Direction>> dirs = new HashMap<>();
        for (Competitor c : read.competitors()) {
            try {
                dirs.put(c.name(), RecordText.directions(Files.readString(folder.resolve(c.origin().file()), StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                dirs.put(c.name(), List.of());
            }
        }
        set = read;
        directions = Map.copyOf(dirs);
    }

    public CompetitorSet set() {
        project();
        return set;
    }

    public Optional<Competitor> find(String name) {
        return set().competitors().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Competitor> selected() {
        return find(selected);
    }

    public void select(String name) {
        selected = name;
        listeners.forEach(Runnable::run);
    }

    public List<Direction> directions(Competitor c) {
        return directions.getOrDefault(c.name(), List.of());
    }

    /** The comparison of the set, the edited directions in place of the derived recommendations (rule "edited (X)"). */
    public AnalysisResult analysis() {
        AnalysisResult r = CompetitorAnalysis.analyse(set(), locale());
        List<Assessment> out = new ArrayList<>();
        for (Assessment a : r.assessments()) {
            List<Recommendation> recs = new ArrayList<>();
            for (Recommendation rec : a.recommendations()) {
                Optional<Direction> d = edited(a.competitor(), rec.segment());
                recs.add(d.map(x -> new Recommendation(rec.segment(), rec.relation(), x.action(), "edited (" + rec.rule() + ")",
                        rec.activities(), x.reasoning())).orElse(rec));
            }
            out.add(new Assessment(a.competitor(), a.scores(), a.gaps(), a.mean(), a.meanGap(), a.advantages(), a.advantageReasoning(),
                    recs));
        }
        return new AnalysisResult(r.us(), out, r.businessLines(), r.matrix(), r.forces(), r.problems());
    }

    /** The comparison exactly as the rules derive it (no edits). */
    public AnalysisResult derived() {
        return CompetitorAnalysis.analyse(set(), locale());
    }

    public Optional<Direction> edited(Competitor c, String segment) {
        return directions(c).stream().filter(d -> Names.normalise(d.segment()).equals(Names.normalise(segment))).findFirst();
    }

    public static Locale locale() {
        return Terms.chinese() ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** Writes the new value chain into the record's file and commits it; then reads the folder again. */
    public CommitInfo saveChain(Competitor c, List<ChainEntry> chain) throws WorkspaceException, IOException {
        return save(c, Optional.of(chain), Optional.empty(), Messages.bind(Messages.Save_chainCommit, c.name()));
    }

    /** Writes the record's direction table (our decisions per segment) and commits it. */
    public CommitInfo saveDirections(Competitor c, List<Direction> list) throws WorkspaceException, IOException {
        return save(c, Optional.empty(), Optional.of(list), Messages.bind(Messages.Save_directionCommit, c.name()));
    }

    private CommitInfo save(Competitor c, Optional<List<ChainEntry>> chain, Optional<List<Direction>> dirs, String message)
            throws WorkspaceException, IOException {
        Path file = folder().resolve(c.origin().file());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Record record;
        try {
            record = RecordText.toRecord(RecordText.id(file.getFileName().toString()), text, chain, dirs);
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(e.getMessage());
        }
        Workspaces service = Services.get(Workspaces.class).orElseThrow(() -> new WorkspaceException(Messages.Save_noWorkspace));
        CommitInfo commit;
        try (Workspace ws = service.open(project())) {
            commit = ws.save(record, message, author());
        }
        reload();
        return commit;
    }

    /** The user of this desktop as the commit author. */
    public static Author author() {
        String user = System.getProperty("user.name", "steward");
        return new Author(user.isBlank() ? "steward" : user, (user.isBlank() ? "steward" : user) + "@localhost");
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }
}
