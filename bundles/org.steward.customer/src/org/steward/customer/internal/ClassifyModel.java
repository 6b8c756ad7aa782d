package org.steward.customer.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.steward.core.model.ResultTable;
import org.steward.customer.NeedCategory;
import org.steward.customer.ParkType;
import org.steward.customer.PreferenceProfile;
import org.steward.text.Keyness;
import org.steward.customer.ParkTypeClassifier;
import org.steward.customer.TranscriptFolder;
import org.steward.customer.TranscriptMetadata;
import org.steward.text.CorpusAnalyzer;
import org.steward.text.DocumentAnalyzer;
import org.steward.text.DocumentTerms;
import org.steward.text.Lexicon;
import org.steward.text.Segmenter;
import org.steward.text.SentenceSplitter;

/**
 * {@code customer.classify}: sorts each transcript into one of the three park types with a naive-Bayes model trained
 * on the shipped labelled texts, and says which terms decided it.
 */
@Component(service = AnalysisModel.class)
@Model(id = ClassifyModel.ID, name = "Classify customers by park type", category = "Customers", version = "1.0.0",
        description = "Classifies each transcript as industrial-chain cluster, administrative industry park or provincial/county "
                + "agglomeration zone (naive Bayes on a shipped labelled set), with confidence and the deciding terms.")
public class ClassifyModel implements AnalysisModel {

    public static final String ID = "customer.classify";
    static final int EVIDENCE = 8;
    static final int CONCERNS = 10;

    @Override
    public InputKind inputKind() {
        return InputKind.DIRECTORY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return TextSettings.specs();
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        Parameters params = request.parameters();
        TranscriptFolder folder = TranscriptRun.open(ID, input);
        Lexicon lexicon = TextSettings.lexicon(params);
        monitor.begin("Classifying " + folder.sources().size() + " transcripts", folder.sources().size() + 2);
        List<ParkTypeClassifier.Example> training;
        try {
            training = ParkTypeClassifier.shippedTrainingSet(new DocumentAnalyzer(
                    new Segmenter(lexicon, TextSettings.filter(params), true), SentenceSplitter.DEFAULT_MAX_CHARS));
        } catch (IOException e) {
            throw new ModelException(ID, e.getMessage(), e);
        }
        ParkTypeClassifier classifier = ParkTypeClassifier.train(training);
        ParkTypeClassifier.Evaluation loo = ParkTypeClassifier.leaveOneOut(training);
        monitor.worked(1);
        CorpusAnalyzer analyzer = TextSettings.analyzer(params, lexicon);
        List<CorpusAnalyzer.Outcome> outcomes = TranscriptRun.analyze(ID, folder, analyzer, monitor);
        TranscriptMetadata meta = folder.metadata();
        List<Map<String, Object>> documents = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int labelled = 0;
        List<DocumentTerms> analysed = new ArrayList<>();
        Map<String, String> classOf = new LinkedHashMap<>();
        int labelledCorrect = 0;
        for (CorpusAnalyzer.Outcome o : outcomes) {
            if (o.terms().isEmpty()) {
                skipped.add(CowordModel.ordered("file", o.name(), "reason", o.rejection().orElse("")));
                continue;
            }
            DocumentTerms d = o.terms().get();
            ParkTypeClassifier.Prediction p = classifier.predict(d.frequencies(), EVIDENCE);
            analysed.add(d);
            Map<String, Object> m = CowordModel.ordered("file", d.name(), "encoding", d.encoding(), "predicted", p.type().key(),
                    "predictedName", p.type().chinese(), "confidence", CowordModel.round(p.confidence()));
            Map<String, Object> probs = new LinkedHashMap<>();
            p.probabilities().forEach((k, v) -> probs.put(k.key(), CowordModel.round(v)));
            m.put("probabilities", probs);
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (ParkTypeClassifier.Evidence e : p.decidingTerms()) {
                evidence.add(CowordModel.ordered("term", e.term(), "count", e.count(), "weight", CowordModel.round(e.weight())));
            }
            m.put("decidingTerms", evidence);
            Optional<ParkType> truth = meta.entry(d.name()).flatMap(e -> ParkType.parse(e.parkType()));
            truth.ifPresent(t -> {
                m.put("labelled", t.key());
                m.put("correct", t == p.type());
            });
            classOf.put(d.name(), truth.orElse(p.type()).key());
            if (truth.isPresent()) {
                labelled++;
                if (truth.get() == p.type()) {
                    labelledCorrect++;
                }
            }
            documents.add(m);
            rows.add(List.of(d.name(), p.type().key(), CowordModel.round(p.confidence()),
                    String.join(" ", p.decidingTerms().stream().map(ParkTypeClassifier.Evidence::term).toList()),
                    truth.map(ParkType::key).orElse("")));
        }
        monitor.done();
        List<List<Object>> profileRows = new ArrayList<>();
        List<Map<String, Object>> profiles = profiles(analysed, classOf, profileRows);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", ID);
        json.put("parameters", params.asMap());
        json.put("documents", documents);
        json.put("skipped", skipped);
        json.put("metadataProblems", meta.problems());
        Map<String, Object> confusion = new LinkedHashMap<>();
        loo.confusion().forEach((t, row) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            row.forEach((q, n) -> r.put(q.key(), n));
            confusion.put(t.key(), r);
        });
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("trainingSet", CowordModel.ordered("examples", loo.examples(), "leaveOneOutCorrect", loo.correct(),
                "leaveOneOutAccuracy", CowordModel.round(loo.accuracy()), "confusion (row = true type, column = predicted)", confusion));
        if (labelled > 0) {
            evaluation.put("labelledInput", CowordModel.ordered("documents", labelled, "correct", labelledCorrect,
                    "accuracy", CowordModel.round((double) labelledCorrect / labelled),
                    "note", "park_type from metadata.csv; these documents are not in the training set"));
        }
        json.put("evaluation", evaluation);
        json.put("profiles", profiles);
        json.put("classifier", CowordModel.ordered("method", "multinomial naive Bayes, Laplace smoothing alpha = 1",
                "trainingSet", ParkTypeClassifier.TRAINING_SET, "vocabulary", classifier.vocabularySize(),
                "types", List.of(ParkType.INDUSTRIAL_CHAIN.key(), ParkType.ADMINISTRATIVE_PARK.key(), ParkType.AGGLOMERATION_ZONE.key())));
        return ModelResult.of(json, List.of(new ResultTable("classification.csv",
                List.of("file", "predicted", "confidence", "deciding_terms", "labelled"), rows),
                new ResultTable("profiles.csv", List.of("class", "kind", "item", "mentions", "share", "documents"), profileRows)), List.of(),
                Messages.get("summary.classify", documents.size(), String.format(java.util.Locale.ROOT, "%.2f", loo.accuracy())));
    }

    /** The preference profile of each class (labelled park type, else the predicted one). */
    private static List<Map<String, Object>> profiles(List<DocumentTerms> docs, Map<String, String> classOf, List<List<Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PreferenceProfile p : PreferenceProfile.of(docs, classOf, NeedCategory.shipped(), CONCERNS)) {
            List<Map<String, Object>> needs = new ArrayList<>();
            for (PreferenceProfile.Need n : p.needs()) {
                needs.add(CowordModel.ordered("need", n.category().key(), "name", n.category().name(), "nameZh", n.category().chinese(),
                        "mentions", n.mentions(), "share", CowordModel.round(n.share()), "cues", n.cueCounts(), "documents", n.support()));
                rows.add(List.of(p.customerClass(), "need", n.category().key(), n.mentions(), CowordModel.round(n.share()),
                        String.join(" ", n.support().keySet())));
            }
            List<Map<String, Object>> concerns = new ArrayList<>();
            for (Keyness.Score s : p.concerns()) {
                List<String> files = p.documents().stream().filter(s.documents()::contains).toList();
                concerns.add(CowordModel.ordered("term", s.term(), "count", s.target(), "inOtherClasses", s.reference(),
                        "logLikelihood", CowordModel.round(s.logLikelihood()), "p", s.p(), "significance", s.significance(), "documents", files));
                rows.add(List.of(p.customerClass(), "concern", s.term(), s.target(), CowordModel.round(s.logLikelihood()), String.join(" ", files)));
            }
            String name = ParkType.parse(p.customerClass()).map(ParkType::chinese).orElse(p.customerClass());
            out.add(CowordModel.ordered("class", p.customerClass(), "name", name, "documents", p.documents(), "needs", needs,
                    "concerns", concerns));
        }
        return out;
    }
}
