package org.steward.compose.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.steward.compose.ui.internal.composition.StewardHome;

/**
 * What the wizard remembers between runs (instance preferences of this bundle): the Steward folder, the update site
 * and the output folder last used. The first Steward folder comes from {@code -Dsteward.home}, else from the
 * installation's folder when the workbench runs from a build tree.
 */
public final class ComposeSettings {
    static final String NODE = "org.steward.compose.ui";
    static final String HOME = "home";
    static final String SITE = "site";
    static final String OUT = "out";

    private final IEclipsePreferences prefs;

    ComposeSettings(IEclipsePreferences prefs) {
        this.prefs = prefs;
    }

    public static ComposeSettings instance() {
        return new ComposeSettings(InstanceScope.INSTANCE.getNode(NODE));
    }

    public String home() {
        String saved = prefs.get(HOME, "");
        if (!saved.isBlank()) {
            return saved;
        }
        List<Path> from = Optional.ofNullable(Platform.getInstallLocation()).map(l -> l.getURL().getPath())
                .map(Path::of).map(List::of).orElse(List.of());
        return StewardHome.detect(Optional.ofNullable(System.getProperty(StewardHome.PROPERTY)), from)
                .map(Path::toString).orElse("");
    }

    public String site() {
        return prefs.get(SITE, "");
    }

    public String out() {
        return prefs.get(OUT, "");
    }

    public void remember(String home, String site, String out) {
        prefs.put(HOME, home);
        prefs.put(SITE, site);
        prefs.put(OUT, out);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            Platform.getLog(ComposeSettings.class).error("The composition settings could not be saved", e);
        }
    }
}
