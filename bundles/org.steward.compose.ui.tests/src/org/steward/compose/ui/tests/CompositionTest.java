package org.steward.compose.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.compose.ui.internal.composition.Branding;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.Problem;
import org.steward.compose.ui.internal.composition.Problem.Field;
import org.steward.compose.ui.internal.composition.StewardHome;

/** A composition's command line and its validation, without any UI. */
class CompositionTest {

    private static Branding branding(String name, String id) {
        return new Branding(name, id, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void theCommandLineIsComposeShWithEveryOptionItDocuments(@TempDir Path dir) throws IOException {
        SiteFixture f = SiteFixture.create(dir.resolve("home"));
        Path splash = dir.resolve("s.bmp");
        Path icon = dir.resolve("i.png");
        Composition c = Composition.of(new StewardHome(f.home),
                List.of("org.steward.samples.feature", "org.steward.tracing.feature"),
                new Branding("Linjiang Park Tracing", "linjiang-tracing", Optional.of("org.steward.tracing.ui.perspective"),
                        Optional.of(splash), Optional.of(icon)),
                dir.resolve("out"), true);
        // the options of releng/compose/compose.sh --help, written out by hand
        assertEquals(List.of("bash", f.home.resolve("releng/compose/compose.sh").toString(), "--id", "linjiang-tracing",
                "--name", "Linjiang Park Tracing", "--features", "org.steward.samples.feature,org.steward.tracing.feature",
                "--perspective", "org.steward.tracing.ui.perspective", "--splash", splash.toString(), "--icon",
                icon.toString(), "--out", dir.resolve("out").toString(), "--offline"), c.command());

        // another update site is passed as --repository; without branding extras nothing else is added
        Path partner = dir.resolve("partner-site");
        Composition other = new Composition(new StewardHome(f.home), partner, List.of("com.example.alpha.feature"),
                branding("P", "p"), dir.resolve("o"), false);
        assertEquals(List.of("bash", f.home.resolve("releng/compose/compose.sh").toString(), "--id", "p", "--name", "P",
                "--features", "com.example.alpha.feature", "--out", dir.resolve("o").toString(), "--repository",
                partner.toString()), other.command());
    }

    @Test
    void aGoodCompositionHasNoProblem(@TempDir Path dir) throws IOException {
        SiteFixture f = SiteFixture.create(dir.resolve("home"));
        Path splash = SiteFixture.picture(dir.resolve("splash.bmp"), "bmp", 60, 40);
        Path icon = SiteFixture.picture(dir.resolve("icon.png"), "png", 32, 32);
        Composition c = Composition.of(new StewardHome(f.home), List.of(SiteFixture.ALPHA),
                new Branding("Alpha Studio", "alpha-studio", Optional.of(SiteFixture.STEWARD_PERSPECTIVE),
                        Optional.of(splash), Optional.of(icon)), dir.resolve("out"), false);
        assertEquals(List.of(), c.problems());
    }

    @Test
    void eachBadInputIsNamedWithItsField(@TempDir Path dir) throws IOException {
        SiteFixture f = SiteFixture.create(dir.resolve("home"));
        // a PNG named .bmp and a BMP named .png: the content decides, as the launcher's splash loader does
        Path fakeBmp = SiteFixture.picture(dir.resolve("splash.bmp"), "png", 8, 8);
        Path fakePng = SiteFixture.picture(dir.resolve("icon.png"), "bmp", 8, 8);
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Composition c = Composition.of(new StewardHome(f.home), List.of(),
                new Branding(" ", "Bad Id", Optional.empty(), Optional.of(fakeBmp), Optional.of(fakePng)), file, false);
        List<Problem> problems = c.problems();
        assertEquals(List.of(Field.FEATURES, Field.NAME, Field.ID, Field.SPLASH, Field.ICON, Field.OUT),
                problems.stream().map(Problem::field).toList(), problems.toString());
        assertEquals("Choose at least one feature.", problems.get(0).message());
        assertTrue(problems.get(2).message().contains("'Bad Id'"), problems.get(2).message());
        assertTrue(problems.get(3).message().contains(fakeBmp.toString()) && problems.get(3).message().contains("BMP"));
        assertTrue(problems.get(4).message().contains(fakePng.toString()) && problems.get(4).message().contains("PNG"));
        assertTrue(problems.get(5).message().contains(file + " is a file"), problems.get(5).message());

        Path missing = dir.resolve("nowhere.png");
        Composition noIcon = Composition.of(new StewardHome(f.home), List.of("x"),
                new Branding("N", "n", Optional.empty(), Optional.empty(), Optional.of(missing)), dir, false);
        assertEquals(List.of(new Problem(Field.ICON, "There is no file " + missing + ".")), noIcon.problems());
    }

    @Test
    void anIncompleteHomeSaysWhatIsMissingAndHowToBuildIt(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        List<Problem> none = new StewardHome(empty).problems(true);
        assertEquals(1, none.size());
        assertTrue(none.get(0).message().startsWith(empty.resolve("releng/compose/compose.sh") + " is missing"),
                none.get(0).message());

        SiteFixture f = SiteFixture.create(dir.resolve("home"));
        deleteTree(f.site);
        deleteTree(f.home.resolve("releng/org.steward.node.dist"));
        List<Problem> unbuilt = new StewardHome(f.home).problems(true);
        assertEquals(List.of(
                new Problem(Field.SOURCE, "No update site at " + f.site + ": build Steward first (cd " + f.home
                        + " && ./mvnw -DskipTests verify)."),
                new Problem(Field.SOURCE, "No built node at " + f.home.resolve(StewardHome.NODE + "/bin/steward-node")
                        + ": build Steward first (cd " + f.home + " && ./mvnw -DskipTests verify).")), unbuilt);

        // another site that is no p2 repository
        SiteFixture g = SiteFixture.create(dir.resolve("home2"));
        Path notASite = Files.createDirectories(dir.resolve("not-a-site"));
        List<Problem> site = Composition.sourceProblems(new StewardHome(g.home), notASite);
        assertEquals(1, site.size());
        assertEquals(Field.REPOSITORY, site.get(0).field());
        assertTrue(site.get(0).message().contains(notASite.toString()), site.get(0).message());
    }

    @Test
    void theHomeIsDetectedFromThePropertyOrAboveTheInstallation(@TempDir Path dir) throws IOException {
        SiteFixture f = SiteFixture.create(dir.resolve("home"));
        Path install = Files.createDirectories(f.home.resolve("releng/org.steward.workbench.product/target/products/x/linux"));
        assertEquals(Optional.of(f.home), StewardHome.detect(Optional.empty(), List.of(install)));
        assertEquals(Optional.of(Path.of("/opt/steward")), StewardHome.detect(Optional.of("/opt/steward"), List.of(install)));
        assertEquals(Optional.empty(), StewardHome.detect(Optional.empty(), List.of(dir.resolve("elsewhere"))));
    }

    /**
     * The id rule is compose.sh's: ids derived from names are accepted by the real script, and for each id the
     * wizard's verdict equals the script's (the script checks --id first and stops with its own message).
     */
    @Test
    void idsFollowTheScriptsOwnRule(@TempDir Path dir) throws Exception {
        assertEquals("linjiang-park-tracing", Branding.idFrom("Linjiang Park Tracing"));
        assertEquals("tracing-v2.1", Branding.idFrom("2025: Tracing v2.1!"));
        assertEquals("", Branding.idFrom("\u4e34\u6c5f\u56ed\u533a"));
        Path script = Path.of(System.getProperty("steward.root"), "releng/compose/compose.sh");
        assertTrue(Files.isRegularFile(script), script.toString());
        SiteFixture f = SiteFixture.create(dir.resolve("home"));
        for (String id : List.of("linjiang-park-tracing", "tracing-v2.1", "a", "Upper", "1abc", "has space", "x_y",
                "-dash", "")) {
            boolean scriptAccepts = !runScript(script, id).contains("--id must be");
            boolean wizardAccepts = Composition.of(new StewardHome(f.home), List.of("x"), branding("N", id), dir, false)
                    .problems().stream().noneMatch(p -> p.field() == Field.ID);
            assertEquals(scriptAccepts, wizardAccepts, "id '" + id + "'");
        }
    }

    /** compose.sh with only {@code --id} varying; it stops before building (no update site at --repository). */
    private static String runScript(Path script, String id) throws Exception {
        Process p = new ProcessBuilder("bash", script.toString(), "--id", id, "--name", "N", "--features", "samples",
                "--repository", "/nonexistent-site").redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        return out;
    }

    static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
