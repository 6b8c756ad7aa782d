package org.steward.workbench.p2.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.steward.workbench.internal.install.InstallException;

/**
 * Turns what a user typed or browsed — a folder, a {@code .zip}/{@code .jar} archive, a {@code file:} or
 * {@code http(s):} URL — into the location p2 loads an update site from (archives as {@code jar:…!/}).
 */
public final class SiteLocation {

    private static final List<String> INDEX_FILES = List.of("p2.index", "content.jar", "content.xml", "content.xml.xz",
            "compositeContent.jar", "compositeContent.xml");

    private SiteLocation() {
    }

    /** @throws InstallException naming what is wrong with {@code text} and what to enter instead */
    public static URI parse(String text) throws InstallException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InstallException("no update site given: enter a folder, a .zip or .jar file, or a file:, http: or https: URL");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("jar:")) {
            return uri(t);
        }
        if (lower.startsWith("file:")) {
            URI uri = uri(t);
            return archive(lower) ? jar(uri) : uri;
        }
        Path path;
        try {
            path = Path.of(t).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InstallException("'" + t + "' is neither a path nor a URL: " + e.getMessage(), e);
        }
        if (Files.isRegularFile(path) && archive(lower)) {
            return jar(path.toUri());
        }
        if (!Files.isDirectory(path)) {
            throw new InstallException(path + " does not exist or is not a folder, .zip or .jar file");
        }
        if (INDEX_FILES.stream().noneMatch(f -> Files.isRegularFile(path.resolve(f)))) {
            throw new InstallException(path + " is not a p2 update site: it has none of " + String.join(", ", INDEX_FILES)
                    + " (choose the folder that holds them, e.g. target/repository of an eclipse-repository build)");
        }
        return path.toUri();
    }

    private static boolean archive(String lower) {
        return lower.endsWith(".zip") || lower.endsWith(".jar");
    }

    private static URI jar(URI file) throws InstallException {
        return uri("jar:" + file + "!/");
    }

    private static URI uri(String text) throws InstallException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InstallException("'" + text + "' is not a valid URL: " + e.getMessage(), e);
        }
    }
}
