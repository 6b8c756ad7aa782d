package org.steward.partner.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/** The project folder the partner views show: the workbench's instance location ({@code -data}), as the data views do. */
public final class Project {
    private Project() {
    }

    public static Path folder() {
        try {
            Location location = Platform.getInstanceLocation();
            if (location != null && location.getURL() != null) {
                return Path.of(location.getURL().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file URL
        }
        return Path.of(System.getProperty("user.home"), "steward-workspace");
    }

    /** Files of {@code partners/} whose name starts with {@code prefix} and ends with {@code .csv}, sorted. */
    public static List<Path> partnerFiles(Path project, String prefix) {
        Path dir = project.resolve("partners");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".csv");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
