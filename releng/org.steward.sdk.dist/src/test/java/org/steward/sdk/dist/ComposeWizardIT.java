package org.steward.sdk.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.compose.ui.internal.composition.Branding;
import org.steward.compose.ui.internal.composition.ComposedModel;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.CompositionResult;
import org.steward.compose.ui.internal.composition.CompositionRunner;
import org.steward.compose.ui.internal.composition.SiteContents;
import org.steward.compose.ui.internal.composition.StewardHome;
import org.steward.compose.ui.internal.composition.UpdateSite;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The workbench wizard's Finish, for real (issue 8, item 5): the wizard's own logic classes (the built
 * org.steward.compose.ui jar on the class path; they need no SWT) read the built update site, compose with
 * compose.sh through {@link CompositionRunner} and list the composed workbench's models, as the wizard does.
 */
class ComposeWizardIT {

    private static final List<String> FEATURES = List.of("org.steward.samples.feature", "org.steward.competitor.feature");
    /** samples.feature brings samples.textstats, competitor.feature competitor.compare (their feature.xml). */
    private static final Set<String> EXPECTED = Set.of("samples.textstats", "competitor.compare");

    @TempDir
    static Path out;

    static StewardHome home;
    static CompositionResult result;
    static final List<String> streamed = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void composeAsTheWizardDoes() throws Exception {
        home = new StewardHome(Path.of(System.getProperty("steward.root")));
        Composition composition = Composition.of(home, FEATURES, new Branding("Two Models Studio",
                Branding.idFrom("Two Models Studio"), Optional.of("org.steward.workbench.perspective"), Optional.empty(),
                Optional.empty()), out, true);
        assertEquals(List.of(), composition.problems());
        result = new CompositionRunner(composition).run(streamed::add, () -> false);
    }

    @Test
    void theSiteReaderFindsTheModelsOfTheBuiltFeatures() {
        SiteContents site = new UpdateSite(home.site(), Locale.ENGLISH).read();
        assertEquals(List.of(), site.problems());
        Set<String> models = new TreeSet<>();
        for (String f : FEATURES) {
            models.addAll(site.feature(f).orElseThrow(() -> new AssertionError(f + " is not in " + home.site())).models());
        }
        assertEquals(new TreeSet<>(EXPECTED), models);
    }

    @Test
    void theComposedWorkbenchListsExactlyTheModelsOfTheChosenFeatures() throws Exception {
        assertTrue(result.composed(), () -> "exit " + result.exitCode() + "\n" + String.join("\n", result.output())
                + "\n" + String.join("\n", result.logTail()));
        assertTrue(streamed.stream().anyMatch(l -> l.startsWith("compose: done")), streamed.toString());
        assertEquals("", result.modelsProblem());
        assertEquals(new TreeSet<>(EXPECTED),
                new TreeSet<>(result.models().stream().map(ComposedModel::id).toList()), result.models()::toString);
        String config = Files.readString(out.resolve("workbench/configuration/config.ini"), StandardCharsets.UTF_8);
        assertTrue(config.contains("eclipse.product=two-models-studio.branding.product"), config);
    }

    @Test
    void theComposedNodeListsExactlyThoseModels() throws Exception {
        assertTrue(result.composed(), () -> "exit " + result.exitCode());
        Processes.Result models = Processes.run(out, 120, List.of(result.node().toString(), "models", "--json"));
        assertEquals(0, models.exitCode(), models::toString);
        Set<String> ids = new TreeSet<>();
        for (JsonElement m : JsonParser.parseString(models.stdout()).getAsJsonArray()) {
            ids.add(m.getAsJsonObject().get("id").getAsString());
        }
        assertEquals(new TreeSet<>(EXPECTED), ids, models::toString);
    }
}
