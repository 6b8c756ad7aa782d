package org.steward.workbench.internal.contributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Status;

/**
 * The valid contributions to one extension point, kept current: extensions of bundles installed or removed while
 * the application runs appear and vanish through {@link IRegistryEventListener}. Each element is read by a
 * {@link DescriptorReader} up front; an element that fails validation is reported and skipped, the others load.
 * The registry is given, not looked up, so tests can use a private one.
 */
public final class ContributionTracker<D extends ContributionDescriptor> implements IRegistryEventListener, AutoCloseable {

    private final IExtensionRegistry registry;
    private final String pointId;
    private final String elementName;
    private final DescriptorReader<D> reader;
    private final ContributionProblems problems;
    private final Object lock = new Object();
    private final Map<IExtension, List<D>> byExtension = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<IStatus> reported = new CopyOnWriteArrayList<>();

    public ContributionTracker(IExtensionRegistry registry, String pointId, String elementName, DescriptorReader<D> reader,
                               ContributionProblems problems) {
        this.registry = registry;
        this.pointId = pointId;
        this.elementName = elementName;
        this.reader = reader;
        this.problems = problems;
    }

    /** Reads the present extensions and starts listening for changes. */
    public ContributionTracker<D> open() {
        registry.addListener(this, pointId);
        IExtensionPoint point = registry.getExtensionPoint(pointId);
        if (point != null) {
            added(point.getExtensions());
        }
        return this;
    }

    @Override
    public void close() {
        registry.removeListener(this);
    }

    /** The valid contributions now, sorted by name. */
    public List<D> descriptors() {
        List<D> all = new ArrayList<>();
        synchronized (lock) {
            byExtension.values().forEach(all::addAll);
        }
        all.sort(Comparator.comparing(ContributionDescriptor::name).thenComparing(ContributionDescriptor::id));
        return List.copyOf(all);
    }

    /** Problems met so far (also logged), oldest first. */
    public List<IStatus> problems() {
        return List.copyOf(reported);
    }

    /** Called (on the thread that changed the registry) after contributions were added or removed. */
    public AutoCloseable onChange(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    public String pointId() {
        return pointId;
    }

    @Override
    public void added(IExtension[] extensions) {
        boolean changed = false;
        for (IExtension extension : extensions) {
            List<D> read = read(extension);
            synchronized (lock) {
                byExtension.put(extension, read);
            }
            changed |= !read.isEmpty();
        }
        if (changed) {
            fireChange();
        }
    }

    @Override
    public void removed(IExtension[] extensions) {
        boolean changed = false;
        for (IExtension extension : extensions) {
            List<D> gone;
            synchronized (lock) {
                gone = byExtension.remove(extension);
            }
            changed |= gone != null && !gone.isEmpty();
        }
        if (changed) {
            fireChange();
        }
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // The point itself is declared by this bundle; its extensions arrive through added(IExtension[]).
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        synchronized (lock) {
            byExtension.clear();
        }
        fireChange();
    }

    private List<D> read(IExtension extension) {
        List<D> read = new ArrayList<>();
        IConfigurationElement[] elements;
        try {
            elements = extension.getConfigurationElements();
        } catch (InvalidRegistryObjectException e) {
            return read; // removed again before we got to it
        }
        for (IConfigurationElement element : elements) {
            if (!elementName.equals(element.getName())) {
                report(Status.warning("bundle " + element.getContributor().getName() + ": unknown element <" + element.getName()
                        + "> in an extension of " + pointId + " is ignored; expected <" + elementName + ">"));
                continue;
            }
            try {
                read.add(reader.read(element));
            } catch (InvalidContributionException e) {
                report(Status.error(e.getMessage()));
            } catch (RuntimeException e) {
                report(Status.error("bundle " + element.getContributor().getName() + ": element <" + elementName + "> of "
                        + pointId + " could not be read: " + e, e));
            }
        }
        return read;
    }

    private void report(IStatus status) {
        reported.add(status);
        problems.report(status);
    }

    private void fireChange() {
        for (Runnable r : changeListeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                report(Status.error("a listener of " + pointId + " failed: " + e, e));
            }
        }
    }
}
