package org.steward.customer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;
import org.steward.customer.ParkType;
import org.steward.customer.ParkTypeClassifier;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** customer.classify end to end, and the naive-Bayes arithmetic on a hand-worked example. */
class ClassifyModelTest {

    @Test
    void naiveBayesMatchesHandArithmetic() {
        /*
         * Two training texts: chain = {链:2, 上下游:1}, admin = {偷排:2, 印染:1}. Vocabulary |V| = 4, α = 1.
         * Priors (Laplace over the 3 types): chain = admin = (1+1)/(2+3) = 0.4, zone = (0+1)/(2+3) = 0.2.
         * P(偷排|admin) = (2+1)/(3+4) = 3/7; P(偷排|chain) = (0+1)/(3+4) = 1/7; P(偷排|zone) = 1/(0+4) = 1/4.
         * Document {偷排:1}: scores ∝ 0.4·3/7 = 0.171429, 0.4·1/7 = 0.057143, 0.2·1/4 = 0.05; sum 0.278571.
         * Posterior admin = 0.171429/0.278571 = 0.615385 (= 24/39). Deciding term 偷排, weight ln(3/7) − ln(1/7) = ln 3.
         * (Runner-up is chain, 0.057143 > 0.05.)
         */
        ParkTypeClassifier c = ParkTypeClassifier.train(List.of(
                new ParkTypeClassifier.Example("a", ParkType.INDUSTRIAL_CHAIN, Map.of("链", 2, "上下游", 1)),
                new ParkTypeClassifier.Example("b", ParkType.ADMINISTRATIVE_PARK, Map.of("偷排", 2, "印染", 1))));
        ParkTypeClassifier.Prediction p = c.predict(Map.of("偷排", 1, "未知词", 5), 5);
        assertEquals(ParkType.ADMINISTRATIVE_PARK, p.type());
        assertEquals(24.0 / 39, p.confidence(), 1e-9);
        assertEquals(1, p.decidingTerms().size(), "a term outside the vocabulary does not count");
        assertEquals("偷排", p.decidingTerms().get(0).term());
        assertEquals(Math.log(3), p.decidingTerms().get(0).weight(), 1e-9);
    }

    @Test
    void demoTranscriptsAreClassifiedWithReasons(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        ModelRunner runner = Services.get(ModelRunner.class);
        ModelResult result = runner.run("customer.classify", Optional.of(dir), Map.of(), ProgressMonitor.NULL, Duration.ofMinutes(2));
        List<Path> files = result.writeTo(tmp.resolve("out"));
        JsonObject json = JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
        Map<String, String> predicted = new HashMap<>();
        int correct = 0;
        for (JsonElement e : json.getAsJsonArray("documents")) {
            JsonObject d = e.getAsJsonObject();
            predicted.put(d.get("file").getAsString(), d.get("predicted").getAsString());
            double conf = d.get("confidence").getAsDouble();
            assertTrue(conf >= 1.0 / 3 && conf <= 1.0, d.toString());
            assertTrue(d.getAsJsonArray("decidingTerms").size() > 0, "every decision is explained: " + d);
            if (d.get("correct").getAsBoolean()) {
                correct++;
            }
        }
        assertEquals(6, predicted.size());
        // The labels in metadata.csv were written by hand from what each park is (BRIEF.md types), not by the model.
        assertEquals("administrative_park", predicted.get("2025-03-20-zhejiang-dyeing.txt"));
        assertEquals("administrative_park", predicted.get("2025-05-08-hebei-tannery.txt"));
        assertEquals("industrial_chain", predicted.get("2025-03-12-shanxi-coal-chemical.txt"));
        JsonObject eval = json.getAsJsonObject("evaluation");
        assertEquals(correct, eval.getAsJsonObject("labelledInput").get("correct").getAsInt());
        JsonObject loo = eval.getAsJsonObject("trainingSet");
        assertEquals(24, loo.get("examples").getAsInt());
        double acc = loo.get("leaveOneOutAccuracy").getAsDouble();
        assertEquals(loo.get("leaveOneOutCorrect").getAsInt() / 24.0, acc, 1e-6);
        assertTrue(Files.readAllLines(tmp.resolve("out").resolve("classification.csv")).get(0).startsWith("file,predicted,confidence"));
    }
}
