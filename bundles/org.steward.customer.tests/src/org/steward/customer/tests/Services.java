package org.steward.customer.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.steward.testing.Osgi;

/** DS services of the running framework, and the example transcripts shipped in org.steward.customer. */
final class Services {
    private Services() {
    }

    static <T> T get(Class<T> type) {
        Osgi.start("org.steward.core", "org.steward.customer");
        return Osgi.service(type);
    }

    /** Copies {@code examples/transcripts} of the installed org.steward.customer bundle into {@code dir/transcripts}. */
    static Path copyExamples(Path dir) throws IOException {
        return Osgi.copyEntries("org.steward.customer", "examples/transcripts", dir.resolve("transcripts"));
    }
}
