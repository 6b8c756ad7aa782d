package org.steward.compose.ui.internal.composition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a consultant asked for: the Steward build to compose from, the features, the branding and where the result
 * goes. It knows the compose.sh command line that makes it ({@link #command()}) and what is still wrong with it
 * ({@link #problems()}); the wizard and the runner share it.
 *
 * @param repository the update site to compose from (the home's own site unless a partner site is chosen)
 * @param features feature ids besides the platform feature, e.g. {@code org.steward.samples.feature}
 * @param offline whether Maven runs offline ({@code --offline}: everything already in ~/.m2)
 */
public record Composition(StewardHome home, Path repository, List<String> features, Branding branding, Path out,
        boolean offline) {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] BMP = {'B', 'M'};

    public Composition {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(repository, "repository");
        features = List.copyOf(features);
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(out, "out");
    }

    /** A composition from the home's own update site. */
    public static Composition of(StewardHome home, List<String> features, Branding branding, Path out, boolean offline) {
        return new Composition(home, home.site(), features, branding, out, offline);
    }

    /** Whether the update site is the one built in the home (then {@code --repository} is left out). */
    public boolean ownSite() {
        return repository.toAbsolutePath().normalize().equals(home.site());
    }

    /** The compose.sh command line, to run in {@link StewardHome#folder()}. */
    public List<String> command() {
        List<String> c = new ArrayList<>(List.of("bash", home.script().toString(), "--id", branding.id(), "--name",
                branding.name(), "--features", String.join(",", features)));
        branding.perspective().ifPresent(p -> c.addAll(List.of("--perspective", p)));
        branding.splash().ifPresent(p -> c.addAll(List.of("--splash", p.toString())));
        branding.icon().ifPresent(p -> c.addAll(List.of("--icon", p.toString())));
        c.addAll(List.of("--out", out.toString()));
        if (!ownSite()) {
            c.addAll(List.of("--repository", repository.toAbsolutePath().normalize().toString()));
        }
        if (offline) {
            c.add("--offline");
        }
        return List.copyOf(c);
    }

    /** Everything that keeps compose.sh from running with these inputs, in the order of the wizard's pages. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(sourceProblems(home, repository));
        if (features.isEmpty()) {
            problems.add(new Problem(Problem.Field.FEATURES, Texts.get("features.none")));
        }
        for (String f : features) {
            if (!f.matches("[A-Za-z0-9_.-]+")) {
                problems.add(new Problem(Problem.Field.FEATURES, Texts.get("features.bad", f)));
            }
        }
        if (branding.name().isBlank()) {
            problems.add(new Problem(Problem.Field.NAME, Texts.get("name.none")));
        }
        if (!branding.id().matches(Branding.ID_PATTERN)) {
            problems.add(new Problem(Problem.Field.ID, Texts.get("id.bad", branding.id())));
        }
        if (branding.perspective().isPresent() && !branding.perspective().get().matches("[A-Za-z0-9_.-]+")) {
            problems.add(new Problem(Problem.Field.PERSPECTIVE, Texts.get("perspective.bad", branding.perspective().get())));
        }
        branding.splash().flatMap(p -> picture(p, BMP, "splash.notBmp")).ifPresent(m -> problems.add(new Problem(Problem.Field.SPLASH, m)));
        branding.icon().flatMap(p -> picture(p, PNG, "icon.notPng")).ifPresent(m -> problems.add(new Problem(Problem.Field.ICON, m)));
        if (out.toString().isBlank()) {
            problems.add(new Problem(Problem.Field.OUT, Texts.get("out.none")));
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            problems.add(new Problem(Problem.Field.OUT, Texts.get("out.file", out)));
        }
        return problems;
    }

    /** What is missing for composing from {@code repository} with the compose.sh and node of {@code home}. */
    public static List<Problem> sourceProblems(StewardHome home, Path repository) {
        boolean own = repository.toAbsolutePath().normalize().equals(home.site());
        List<Problem> problems = new ArrayList<>(home.problems(own));
        if (problems.isEmpty() && !own && !StewardHome.isSite(repository)) {
            problems.add(new Problem(Problem.Field.REPOSITORY, Texts.get("site.none", repository)));
        }
        return problems;
    }

    /** The problems about {@code fields} only (one wizard page's). */
    public List<Problem> problems(Problem.Field... fields) {
        List<Problem.Field> wanted = Arrays.asList(fields);
        return problems().stream().filter(p -> wanted.contains(p.field())).toList();
    }

    /** Why {@code file} is not the picture {@code magic} starts, if it is not. */
    private static Optional<String> picture(Path file, byte[] magic, String notKey) {
        if (!Files.isRegularFile(file)) {
            return Optional.of(Texts.get("picture.none", file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(magic.length);
            return Arrays.equals(head, magic) ? Optional.empty() : Optional.of(Texts.get(notKey, file));
        } catch (IOException e) {
            return Optional.of(Texts.get("picture.unreadable", file, e.getMessage()));
        }
    }
}
