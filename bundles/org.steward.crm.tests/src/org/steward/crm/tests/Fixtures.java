package org.steward.crm.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.osgi.framework.FrameworkUtil;

/** Test inputs: the company's real overview from shared/domain, and the fictional one shipped with the tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** ../shared/domain/customer-overview-zh.md beside the repository (CI keeps shared/ there). */
    static Path realOverview() {
        Path dir = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 8 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/domain/customer-overview-zh.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("shared/domain/customer-overview-zh.md not found above " + Paths.get("").toAbsolutePath()
                + "; the tests read the company's overview from the shared folder beside the repository");
    }

    /** A path of this repository, found from the working folder upwards. */
    static Path above(String relative) {
        Path dir = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 8 && dir != null; i++, dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new AssertionError(relative + " not found above " + Paths.get("").toAbsolutePath());
    }

    static String fictional() throws IOException {
        URL url = FrameworkUtil.getBundle(Fixtures.class).getEntry("data/fictional-overview.md");
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
