package org.steward.customer.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** DS services of the running framework, and the example transcripts shipped in org.steward.customer. */
final class Services {
    private Services() {
    }

    static <T> T get(Class<T> type) throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(Services.class).getBundleContext();
        for (Bundle b : ctx.getBundles()) {
            String name = b.getSymbolicName();
            if ((name.equals("org.steward.core") || name.equals("org.steward.customer")) && b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        }
        for (int i = 0; i < 500; i++) {
            ServiceReference<T> ref = ctx.getServiceReference(type);
            if (ref != null) {
                return ctx.getService(ref);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no service " + type.getName());
    }

    /** Copies {@code examples/transcripts} of the installed org.steward.customer bundle into {@code dir}. */
    static Path copyExamples(Path dir) throws IOException {
        Bundle customer = null;
        for (Bundle b : FrameworkUtil.getBundle(Services.class).getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals("org.steward.customer")) {
                customer = b;
            }
        }
        if (customer == null) {
            throw new AssertionError("org.steward.customer is not installed");
        }
        Enumeration<URL> entries = customer.findEntries("examples/transcripts", "*", false);
        if (entries == null) {
            throw new AssertionError("org.steward.customer ships no examples/transcripts");
        }
        Path out = dir.resolve("transcripts");
        Files.createDirectories(out);
        while (entries.hasMoreElements()) {
            URL u = entries.nextElement();
            String path = u.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            try (InputStream in = u.openStream()) {
                Files.copy(in, out.resolve(path.substring(path.lastIndexOf('/') + 1)));
            }
        }
        return out;
    }
}
