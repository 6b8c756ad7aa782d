package org.steward.text.internal;

import java.util.function.Supplier;

import com.hankcs.hanlp.HanLP;

/**
 * Calls into HanLP with HanLP's own class loader as the thread context class loader, so that its static
 * configuration (looked up as {@code hanlp.properties} through the context class loader) resolves the same way on
 * Equinox, Felix and a plain class path: none is found and HanLP runs in portable mode from the dictionaries inside
 * its jar.
 */
public final class HanLpAccess {
    private HanLpAccess() {
    }

    public static <T> T call(Supplier<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader old = t.getContextClassLoader();
        t.setContextClassLoader(HanLP.class.getClassLoader());
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(old);
        }
    }
}
