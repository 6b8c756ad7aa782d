package org.steward.customer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultImage;
import org.steward.core.model.ResultTable;
import org.steward.customer.TranscriptFolder;
import org.steward.customer.TranscriptMetadata;
import org.steward.text.CorpusAnalyzer;
import org.steward.text.DocumentTerms;
import org.steward.text.Keyness;
import org.steward.text.TermStat;
import org.steward.text.TermStatistics;
import org.steward.text.coword.CooccurrenceMatrix;
import org.steward.text.coword.CowordAnalysis;
import org.steward.text.coword.Level;
import org.steward.text.coword.MapRenderer;
import org.steward.text.coword.Normalization;
import org.steward.text.coword.TextRank;

/**
 * {@code customer.coword}: keyword statistics and co-word analysis over a folder of talk transcripts, related to the
 * region and park type given in {@code metadata.csv}.
 */
@Component(service = AnalysisModel.class)
@Model(id = CowordModel.ID, name = "Transcript keywords and co-word map", category = "Customers", version = "1.0.0",
        description = "Segments Chinese talk transcripts (HanLP + domain dictionary), counts keywords, builds a co-word network "
                + "with Leiden clusters and a VOS map, and relates frequent terms to park type and region.")
public class CowordModel implements AnalysisModel {

    public static final String ID = "customer.coword";
    static final int TEXTRANK_CANDIDATES = 200;
    static final int PER_GROUP = 20;

    @Override
    public InputKind inputKind() {
        return InputKind.DIRECTORY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>();
        p.add(ParameterSpec.integer("topN", "Terms in the map", "the most frequent terms put into the co-word network", 50, 2, 1000));
        p.add(ParameterSpec.choice("level", "Co-occurrence unit", "terms co-occur when they are in the same document or the same sentence",
                "document", "document", "sentence"));
        p.add(ParameterSpec.choice("normalization", "Normalisation", "similarity computed from the co-occurrence counts",
                "association", "association", "cosine", "jaccard", "inclusion", "equivalence"));
        p.add(ParameterSpec.number("resolution", "Cluster resolution", "Leiden resolution: larger gives more, smaller clusters", 1.0, 0.0001, 100));
        p.add(ParameterSpec.integer("seed", "Random seed", "seed of Leiden and the VOS layout: the same seed gives the same map", 42, 0, Integer.MAX_VALUE));
        p.addAll(TextSettings.specs());
        return p;
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        Parameters params = request.parameters();
        TranscriptFolder folder = TranscriptRun.open(ID, input);
        CorpusAnalyzer analyzer = TextSettings.analyzer(params);
        int files = folder.sources().size();
        monitor.begin("Segmenting " + files + " transcripts", files + 3);
        List<CorpusAnalyzer.Outcome> outcomes = TranscriptRun.analyze(ID, folder, analyzer, monitor);
        List<DocumentTerms> docs = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (CorpusAnalyzer.Outcome o : outcomes) {
            o.terms().ifPresent(docs::add);
            o.rejection().ifPresent(r -> skipped.add(ordered("file", o.name(), "reason", r)));
        }
        if (docs.isEmpty()) {
            throw new ModelException(ID, Messages.get("input.noDocuments", files));
        }
        monitor.checkCanceled(ID);
        monitor.subTask("Co-word network");
        CowordAnalysis.Settings settings = new CowordAnalysis.Settings(params.integer("topN"),
                Level.valueOf(params.string("level").toUpperCase(java.util.Locale.ROOT)), Normalization.fromKey(params.string("normalization")),
                params.number("resolution"), params.integer("seed"));
        List<TermStat> ranked = TermStatistics.of(docs);
        CowordAnalysis.Result co = CowordAnalysis.run(docs, ranked, settings);
        monitor.worked(1);

        monitor.subTask("Keywords");
        List<TermStat> candidates = ranked.subList(0, Math.min(TEXTRANK_CANDIDATES, ranked.size()));
        CooccurrenceMatrix sentenceMatrix = CooccurrenceMatrix.build(candidates.stream().map(TermStat::term).toList(), docs, Level.SENTENCE);
        double[][] raw = new double[candidates.size()][candidates.size()];
        for (int i = 0; i < raw.length; i++) {
            for (int j = 0; j < raw.length; j++) {
                raw[i][j] = i == j ? 0 : sentenceMatrix.count(i, j);
            }
        }
        double[] rank = TextRank.scores(raw);
        List<Map<String, Object>> keywords = new ArrayList<>();
        java.util.stream.IntStream.range(0, rank.length).boxed()
                .sorted((a, b) -> rank[b] != rank[a] ? Double.compare(rank[b], rank[a]) : candidates.get(a).term().compareTo(candidates.get(b).term()))
                .limit(PER_GROUP).forEach(i -> keywords.add(ordered("term", candidates.get(i).term(), "score", round(rank[i]))));
        List<Map<String, Object>> phrases = new ArrayList<>();
        for (Map.Entry<String, Long> e : TermStatistics.phrases(docs, 2, PER_GROUP)) {
            phrases.add(ordered("phrase", e.getKey(), "count", e.getValue()));
        }
        monitor.worked(1);

        monitor.subTask("Map");
        MapRenderer.Rendered pictures = new MapRenderer(1600, 1200, 300).render(co.map(),
                "共词图 co-word map · " + docs.size() + " docs · " + settings.normalization().key() + " · " + settings.level().name().toLowerCase(java.util.Locale.ROOT));
        monitor.worked(1);
        monitor.done();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", ID);
        json.put("parameters", params.asMap());
        TranscriptMetadata meta = folder.metadata();
        List<Map<String, Object>> documents = new ArrayList<>();
        long tokens = 0;
        for (DocumentTerms d : docs) {
            Map<String, Object> m = ordered("file", d.name(), "encoding", d.encoding(), "characters", d.characters(),
                    "tokens", d.tokens(), "terms", d.termCount());
            meta.entry(d.name()).ifPresent(e -> {
                m.put("customer", e.customer());
                m.put("region", e.region());
                m.put("park_type", e.parkType());
                m.put("date", e.date());
                if (!e.city().isEmpty()) {
                    m.put("city", e.city());
                }
                if (!e.parkSubType().isEmpty()) {
                    m.put("park_subtype", e.parkSubType());
                }
            });
            documents.add(m);
            tokens += d.tokens();
        }
        json.put("documents", documents);
        json.put("skipped", skipped);
        json.put("metadataProblems", meta.problems());
        json.put("tokens", tokens);
        json.put("distinctTerms", ranked.size());
        Map<String, Integer> clusterOf = new LinkedHashMap<>();
        for (int i = 0; i < co.matrix().size(); i++) {
            clusterOf.put(co.matrix().terms().get(i), co.clusters()[i] + 1);
        }
        List<Map<String, Object>> terms = new ArrayList<>();
        for (TermStat t : co.top()) {
            terms.add(ordered("term", t.term(), "tf", t.tf(), "df", t.df(), "tfidf", round(t.tfidf()), "cluster", clusterOf.get(t.term())));
        }
        json.put("terms", terms);
        json.put("keywords", keywords);
        json.put("phrases", phrases);
        List<Map<String, Object>> clusters = new ArrayList<>();
        for (int c = 0; c < co.clusterCount(); c++) {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < co.clusters().length; i++) {
                if (co.clusters()[i] == c) {
                    members.add(co.matrix().terms().get(i));
                }
            }
            clusters.add(ordered("cluster", c + 1, "size", members.size(), "terms", members));
        }
        json.put("clusters", clusters);
        List<List<Object>> keynessRows = new ArrayList<>();
        if (!meta.entries().isEmpty()) {
            json.put("termsByParkType", termsBy(docs, meta, true));
            json.put("termsByRegion", termsBy(docs, meta, false));
            Map<String, Object> keyness = new LinkedHashMap<>();
            keyness.put("parkType", keyness(docs, meta, true, keynessRows));
            keyness.put("region", keyness(docs, meta, false, keynessRows));
            keyness.put("method", "log-likelihood G2 (Dunning 1993, Rayson & Garside 2000) of each term in one group against all other "
                    + "documents with metadata; chi2 = Pearson 2x2 without continuity correction; p from chi-square, 1 degree of freedom; "
                    + "* p<0.05 (G2>=3.84), ** p<0.01 (6.63), *** p<0.001 (10.83), **** p<0.0001 (15.13)");
            json.put("keyness", keyness);
        }
        json.put("map", ordered("font", pictures.font().orElse(""), "labels", pictures.labels(),
                "note", pictures.note()));
        json.put("formulas", ordered(
                "association", "n*c_ij/(o_i*o_j): observed/expected co-occurrences (van Eck & Waltman 2009)",
                "cosine", "c_ij/sqrt(o_i*o_j)", "jaccard", "c_ij/(o_i+o_j-c_ij)", "inclusion", "c_ij/min(o_i,o_j)",
                "equivalence", "c_ij^2/(o_i*o_j)", "tfidf", "tf*(ln((1+N)/(1+df))+1)",
                "units", "n = " + co.matrix().units() + " " + settings.level().name().toLowerCase(java.util.Locale.ROOT) + "s"));

        List<ResultTable> tables = new ArrayList<>(tables(co, clusterOf));
        if (!keynessRows.isEmpty()) {
            tables.add(new ResultTable("keyness.csv", List.of("by", "group", "term", "in_group", "in_rest", "log_likelihood", "chi_square",
                    "p", "significance", "direction", "documents"), keynessRows));
        }
        List<ResultImage> images = List.of(new ResultImage("map.png", "image/png", pictures.png()),
                new ResultImage("map.svg", "image/svg+xml", pictures.svg()));
        return ModelResult.of(json, tables, images, Messages.get("summary.coword", docs.size(), tokens, co.matrix().size(),
                co.clusterCount(), skipped.size()));
    }

    private static List<ResultTable> tables(CowordAnalysis.Result co, Map<String, Integer> clusterOf) {
        List<List<Object>> termRows = new ArrayList<>();
        for (int i = 0; i < co.top().size(); i++) {
            TermStat t = co.top().get(i);
            termRows.add(List.of(t.term(), t.tf(), t.df(), round(t.tfidf()), co.matrix().occurrences(i), clusterOf.get(t.term()),
                    round(co.xy()[i][0]), round(co.xy()[i][1])));
        }
        List<List<Object>> pairRows = new ArrayList<>();
        CooccurrenceMatrix m = co.matrix();
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                if (m.count(i, j) > 0) {
                    pairRows.add(List.of(m.terms().get(i), m.terms().get(j), m.count(i, j), round(co.similarity()[i][j])));
                }
            }
        }
        pairRows.sort((a, b) -> Double.compare(((Number) b.get(3)).doubleValue(), ((Number) a.get(3)).doubleValue()));
        List<List<Object>> clusterRows = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            clusterRows.add(List.of(m.terms().get(i), co.clusters()[i] + 1));
        }
        return List.of(
                new ResultTable("terms.csv", List.of("term", "tf", "df", "tfidf", "occurrences", "cluster", "x", "y"), termRows),
                new ResultTable("cooccurrence.csv", List.of("term_a", "term_b", "count", "similarity"), pairRows),
                new ResultTable("clusters.csv", List.of("term", "cluster"), clusterRows));
    }

    private static Map<String, Object> termsBy(List<DocumentTerms> docs, TranscriptMetadata meta, boolean parkType) {
        Map<String, List<DocumentTerms>> groups = new TreeMap<>();
        for (DocumentTerms d : docs) {
            meta.entry(d.name()).ifPresent(e -> {
                String key = parkType ? e.parkType() : e.region();
                groups.computeIfAbsent(key.isBlank() ? "(none)" : key, k -> new ArrayList<>()).add(d);
            });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((k, group) -> {
            List<Map<String, Object>> top = new ArrayList<>();
            for (TermStat t : TermStatistics.of(group).stream().limit(PER_GROUP).toList()) {
                top.add(ordered("term", t.term(), "tf", t.tf(), "df", t.df()));
            }
            out.put(k, ordered("documents", group.size(), "terms", top));
        });
        return out;
    }

    /** Per group: the terms used significantly more (then less) than in the other groups. */
    private static Map<String, Object> keyness(List<DocumentTerms> docs, TranscriptMetadata meta, boolean parkType, List<List<Object>> rows) {
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (DocumentTerms d : docs) {
            meta.entry(d.name()).ifPresent(e -> {
                String key = parkType ? e.parkType() : e.region();
                if (!key.isBlank()) {
                    groupOf.put(d.name(), key);
                }
            });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        new java.util.TreeSet<>(groupOf.values()).forEach(g -> {
            List<DocumentTerms> in = docs.stream().filter(d -> g.equals(groupOf.get(d.name()))).toList();
            List<DocumentTerms> rest = docs.stream().filter(d -> groupOf.containsKey(d.name()) && !g.equals(groupOf.get(d.name()))).toList();
            List<Keyness.Score> scores = Keyness.compare(in, rest, 2).stream().filter(s -> s.p() < 0.05).toList();
            List<Map<String, Object>> over = new ArrayList<>();
            List<Map<String, Object>> under = new ArrayList<>();
            for (Keyness.Score s : scores) {
                List<String> files = in.stream().map(DocumentTerms::name).filter(s.documents()::contains).toList();
                Map<String, Object> m = ordered("term", s.term(), "inGroup", s.target(), "inRest", s.reference(),
                        "logLikelihood", round(s.logLikelihood()), "chiSquare", round(s.chiSquare()), "p", s.p(),
                        "significance", s.significance(), "documents", files);
                List<Map<String, Object>> list = s.overused() ? over : under;
                if (list.size() < PER_GROUP) {
                    list.add(m);
                    rows.add(List.of(parkType ? "park_type" : "region", g, s.term(), s.target(), s.reference(), round(s.logLikelihood()),
                            round(s.chiSquare()), s.p(), s.significance(), s.overused() ? "more" : "less", String.join(" ", files)));
                }
            }
            out.put(g, ordered("documents", in.size(), "moreThanOthers", over, "lessThanOthers", under));
        });
        return out;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
