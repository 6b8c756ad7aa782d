package org.steward.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelException;
import org.steward.core.model.StewardStatus;
import org.steward.core.runtime.CatalogListener;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelHandle;

/**
 * Tracks AnalysisModel services by reference only, so that no model is activated until someone runs it.
 * A service without an id, or with an id already taken, is skipped and reported.
 */
@Component(service = ModelCatalog.class)
public class ModelCatalogComponent implements ModelCatalog {

    private static final String SOURCE = "org.steward.core";

    private final Object lock = new Object();
    /** Present models by id; the first registered of a duplicated id wins. */
    private final Map<String, Entry> entries = new TreeMap<>();
    private final Map<ServiceReference<AnalysisModel>, StewardStatus> skipped = new java.util.HashMap<>();
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private volatile BundleContext context;

    private record Entry(ModelDescriptor descriptor, ServiceReference<AnalysisModel> reference) {
    }

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Reference(service = AnalysisModel.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModel(ServiceReference<AnalysisModel> reference) {
        Bundle bundle = reference.getBundle();
        String bsn = bundle == null ? "?" : bundle.getSymbolicName();
        String bversion = bundle == null ? "?" : bundle.getVersion().toString();
        Optional<ModelDescriptor> parsed = ModelDescriptor.fromProperties(properties(reference), bsn, bversion);
        ModelDescriptor added = null;
        StewardStatus problem = null;
        synchronized (lock) {
            if (parsed.isEmpty()) {
                problem = StewardStatus.warning(bsn, "an AnalysisModel service of bundle " + bsn
                        + " has no " + ModelDescriptor.PROP_ID + " property and is skipped; annotate the component with @Model");
            } else if (entries.containsKey(parsed.get().id())) {
                Entry first = entries.get(parsed.get().id());
                problem = StewardStatus.warning(bsn, "model id '" + parsed.get().id() + "' of bundle " + bsn
                        + " is already used by bundle " + first.descriptor().bundle() + "; the second one is skipped");
            } else {
                added = parsed.get();
                entries.put(added.id(), new Entry(added, reference));
            }
            if (problem != null) {
                skipped.put(reference, problem);
            }
        }
        if (problem != null) {
            warn(problem.message());
        }
        if (added != null) {
            for (CatalogListener l : listeners) {
                notifySafely(l, added, true);
            }
        }
    }

    void removeModel(ServiceReference<AnalysisModel> reference) {
        ModelDescriptor removed = null;
        synchronized (lock) {
            skipped.remove(reference);
            for (var it = entries.values().iterator(); it.hasNext(); ) {
                Entry e = it.next();
                if (e.reference().equals(reference)) {
                    removed = e.descriptor();
                    it.remove();
                    break;
                }
            }
        }
        if (removed != null) {
            for (CatalogListener l : listeners) {
                notifySafely(l, removed, false);
            }
        }
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> props = new java.util.HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            props.put(key, reference.getProperty(key));
        }
        return props;
    }

    private void notifySafely(CatalogListener listener, ModelDescriptor model, boolean added) {
        try {
            if (added) {
                listener.modelAdded(model);
            } else {
                listener.modelRemoved(model);
            }
        } catch (RuntimeException | LinkageError e) {
            // A listener's bug must not stop the others from hearing about the change.
            warn("catalog listener " + listener.getClass().getName() + " failed: " + e);
        }
    }

    private void warn(String message) {
        Logger l = logger;
        if (l != null) {
            l.warn(message);
        } else {
            System.getLogger(SOURCE).log(System.Logger.Level.WARNING, message);
        }
    }

    @Override
    public List<ModelDescriptor> models() {
        List<ModelDescriptor> list;
        synchronized (lock) {
            list = new ArrayList<>(entries.values().stream().map(Entry::descriptor).toList());
        }
        list.sort(Comparator.comparing(ModelDescriptor::category).thenComparing(ModelDescriptor::name)
                .thenComparing(ModelDescriptor::id));
        return List.copyOf(list);
    }

    @Override
    public Optional<ModelDescriptor> descriptor(String modelId) {
        synchronized (lock) {
            return Optional.ofNullable(entries.get(modelId)).map(Entry::descriptor);
        }
    }

    @Override
    public Optional<ModelHandle> open(String modelId) {
        Entry entry;
        synchronized (lock) {
            entry = entries.get(modelId);
        }
        BundleContext ctx = context;
        if (entry == null || ctx == null) {
            return Optional.empty();
        }
        ServiceObjects<AnalysisModel> objects = ctx.getServiceObjects(entry.reference());
        if (objects == null) {
            return Optional.empty(); // unregistered in the meantime
        }
        return Optional.of(new Handle(entry.descriptor(), objects));
    }

    @Override
    public List<StewardStatus> problems() {
        synchronized (lock) {
            return List.copyOf(skipped.values());
        }
    }

    @Override
    public AutoCloseable addListener(CatalogListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static final class Handle implements ModelHandle {
        private final ModelDescriptor descriptor;
        private final ServiceObjects<AnalysisModel> objects;
        private AnalysisModel model;

        Handle(ModelDescriptor descriptor, ServiceObjects<AnalysisModel> objects) {
            this.descriptor = descriptor;
            this.objects = objects;
        }

        @Override
        public ModelDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public synchronized AnalysisModel model() throws ModelException {
            if (model == null) {
                try {
                    model = objects.getService();
                } catch (RuntimeException e) {
                    throw new ModelException(descriptor.id(), "model " + descriptor.id() + " of bundle " + descriptor.bundle()
                            + " could not be activated: " + e.getMessage(), e);
                }
                if (model == null) {
                    throw new ModelException(descriptor.id(), "model " + descriptor.id() + " of bundle " + descriptor.bundle()
                            + " could not be activated (its component failed to start; see the error log)");
                }
            }
            return model;
        }

        @Override
        public synchronized void close() {
            if (model != null) {
                try {
                    objects.ungetService(model);
                } catch (RuntimeException e) {
                    // The bundle went away meanwhile; nothing left to release.
                }
                model = null;
            }
        }
    }
}
