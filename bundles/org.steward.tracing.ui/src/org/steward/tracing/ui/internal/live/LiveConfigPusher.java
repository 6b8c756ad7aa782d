package org.steward.tracing.ui.internal.live;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Puts a workspace's live configuration into ConfigAdmin under PID {@value #PID} (tracing contract item 2). */
public final class LiveConfigPusher {
    public static final String PID = "org.steward.tracing.live";

    private LiveConfigPusher() {
    }

    /** Creates or updates the configuration; true when it changed. */
    public static boolean push(ConfigurationAdmin admin, LiveConfig config) throws IOException {
        Configuration c = admin.getConfiguration(PID, "?");
        Dictionary<String, Object> d = new Hashtable<>();
        config.properties().forEach(d::put);
        return c.updateIfDifferent(d);
    }
}
