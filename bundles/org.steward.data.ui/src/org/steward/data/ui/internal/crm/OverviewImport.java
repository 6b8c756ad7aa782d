package org.steward.data.ui.internal.crm;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.steward.core.io.Importer;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;
import org.steward.crm.model.Overview;

/** Finds the crm bundle's {@code Importer<Overview>} service and reads a file with it. */
final class OverviewImport {
    private OverviewImport() {
    }

    /** The overview in {@code source}; empty when no importer of overviews is registered. */
    static Optional<Overview> read(Path source) throws ModelException {
        BundleContext context = FrameworkUtil.getBundle(OverviewImport.class).getBundleContext();
        try {
            @SuppressWarnings("rawtypes")
            java.util.Collection<ServiceReference<Importer>> refs = context.getServiceReferences(Importer.class, null);
            for (ServiceReference<Importer> ref : refs) {
                Importer<?> importer = context.getService(ref);
                try {
                    if (importer != null && importer.type() == Overview.class) {
                        return Optional.of((Overview) importer.read(source, ProgressMonitor.NULL));
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }
}
