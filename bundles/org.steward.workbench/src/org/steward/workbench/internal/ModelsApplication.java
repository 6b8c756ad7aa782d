package org.steward.workbench.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.steward.core.model.ModelDescriptor;
import org.steward.workbench.internal.install.ModelListing;

/**
 * {@code steward -application org.steward.workbench.models}: prints the models of this installation, one
 * {@code id<TAB>name} per line, without opening a window — so that a composed product can be checked from a script.
 */
public final class ModelsApplication implements IApplication {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(ModelsApplication.class).getBundleContext();
        ModelListing.startComponentBundles(bc);
        Optional<List<ModelDescriptor>> models = ModelListing.settled(bc, WAIT);
        if (models.isEmpty()) {
            System.err.println("steward: no model catalog within " + WAIT.toSeconds() + " s");
            return 1;
        }
        for (ModelDescriptor m : models.get()) {
            System.out.println(m.id() + "\t" + m.name());
        }
        return IApplication.EXIT_OK;
    }

    @Override
    public void stop() {
        // prints and returns; nothing to stop
    }
}
