package org.steward.compose.ui.internal.composition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Steward build a composition starts from: a source tree (or SDK) with {@code releng/compose/compose.sh}, the
 * update site the product module built and the built node distribution (docs/compose.md).
 */
public record StewardHome(Path folder) {
    public static final String SCRIPT = "releng/compose/compose.sh";
    public static final String SITE = "releng/org.steward.workbench.product/target/repository";
    public static final String NODE = "releng/org.steward.node.dist/target/steward-node";
    /** The system property that names the Steward home, e.g. {@code -Dsteward.home=/src/steward}. */
    public static final String PROPERTY = "steward.home";

    public StewardHome {
        Objects.requireNonNull(folder, "folder");
        folder = folder.toAbsolutePath().normalize();
    }

    public Path script() {
        return folder.resolve(SCRIPT);
    }

    /** The update site built in this tree (compose.sh's default {@code --repository}). */
    public Path site() {
        return folder.resolve(SITE);
    }

    public Path nodeLauncher() {
        return folder.resolve(NODE).resolve("bin/steward-node");
    }

    /** What is missing in this folder for compose.sh to run, each with how to get it; empty when it can run. */
    public List<Problem> problems(boolean ownSite) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(Problem.Field.SOURCE, Texts.get("home.noFolder", folder)));
            return problems;
        }
        if (!Files.isRegularFile(script())) {
            problems.add(new Problem(Problem.Field.SOURCE, Texts.get("home.noScript", script(), SCRIPT)));
            return problems;
        }
        if (ownSite && !isSite(site())) {
            problems.add(new Problem(Problem.Field.SOURCE, Texts.get("home.noSite", site(), folder)));
        }
        if (!Files.isExecutable(nodeLauncher())) {
            problems.add(new Problem(Problem.Field.SOURCE, Texts.get("home.noNode", nodeLauncher(), folder)));
        }
        return problems;
    }

    /** Whether {@code repository} is a p2 repository (its metadata file is there, as compose.sh checks). */
    public static boolean isSite(Path repository) {
        return Files.isRegularFile(repository.resolve("content.jar"))
                || Files.isRegularFile(repository.resolve("content.xml.xz"))
                || Files.isRegularFile(repository.resolve("content.xml"));
    }

    /**
     * The Steward home to offer first: the {@code steward.home} system property if set, else the first folder at or
     * above one of {@code from} (e.g. the installation a workbench built in the source tree runs from) that holds
     * {@link #SCRIPT}.
     */
    public static Optional<Path> detect(Optional<String> property, List<Path> from) {
        if (property.isPresent() && !property.get().isBlank()) {
            return Optional.of(Path.of(property.get().trim()));
        }
        for (Path start : from) {
            for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve(SCRIPT))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
