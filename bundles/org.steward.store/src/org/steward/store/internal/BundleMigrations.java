package org.steward.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;

/**
 * Reads a bundle's migrations from its {@code Steward-Migrations: <schema>;path=<folder>} header: every
 * {@code V<n>__<description>.sql} file in that folder.
 */
public final class BundleMigrations {
    public static final String HEADER = "Steward-Migrations";

    private BundleMigrations() {
    }

    /** Empty when the bundle declares no migrations. */
    public static Optional<List<MigrationScript>> read(Bundle bundle) {
        String header = bundle.getHeaders("").get(HEADER);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String schema = header.split(";")[0].trim();
        String path = "db";
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith("path=")) {
                path = p.substring("path=".length()).replace("\"", "").trim();
            }
        }
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(path, "*.sql", false);
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        for (URL url : urls) {
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            String origin = "bundle " + bundle.getSymbolicName() + ", " + path + "/" + file;
            try (InputStream in = url.openStream()) {
                scripts.add(MigrationScript.of(schema, file, new String(in.readAllBytes(), StandardCharsets.UTF_8), origin));
            } catch (IOException e) {
                throw new IllegalArgumentException(origin + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return Optional.of(scripts);
    }
}
