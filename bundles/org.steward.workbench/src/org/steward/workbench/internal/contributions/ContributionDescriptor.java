package org.steward.workbench.internal.contributions;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.steward.workbench.ExtensionPoints;

/**
 * What one extension element declares, checked when it is read: a missing id or class makes the constructor
 * throw, so a bad contribution is skipped before anyone uses it. The contributed class is created only on
 * demand, through {@link ExecutableFactory} (off the calling thread, inside {@code SafeRunner}, with a time limit).
 */
public abstract class ContributionDescriptor {

    private final IConfigurationElement element;
    private final String id;
    private final String name;
    private final String className;
    private final String contributor;

    protected ContributionDescriptor(IConfigurationElement element) throws InvalidContributionException {
        this.element = element;
        this.contributor = element.getContributor().getName();
        this.id = required(element, ExtensionPoints.ATT_ID);
        this.className = required(element, ExtensionPoints.ATT_CLASS);
        String label = element.getAttribute(ExtensionPoints.ATT_NAME);
        this.name = label == null || label.isBlank() ? id : label.trim();
    }

    /** The value of a required attribute, or an exception naming the bundle, the element and the attribute. */
    protected static String required(IConfigurationElement element, String attribute) throws InvalidContributionException {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidContributionException("bundle " + element.getContributor().getName() + ": element <"
                    + element.getName() + "> of extension point " + element.getDeclaringExtension().getExtensionPointUniqueIdentifier()
                    + " has no '" + attribute + "' attribute; add " + attribute + "=\"...\" to it in plugin.xml");
        }
        return value.trim();
    }

    /** An optional attribute, trimmed; empty when absent or blank. */
    protected static Optional<String> optional(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String id() {
        return id;
    }

    /** Name shown to people (translated through the contributor's plugin.properties). */
    public String name() {
        return name;
    }

    public String className() {
        return className;
    }

    /** Symbolic name of the contributing bundle. */
    public String contributor() {
        return contributor;
    }

    /**
     * Creates a new instance of the contributed class, or empty when it cannot be created (unknown class,
     * wrong type, constructor threw, creation took longer than {@code timeout}); the reason is reported to
     * {@code problems}.
     */
    protected <T> Optional<T> create(Class<T> type, Duration timeout, ContributionProblems problems) {
        return ExecutableFactory.create(element, ExtensionPoints.ATT_CLASS, type, timeout, describe(), problems);
    }

    /** "modelUi 'x' of bundle y", for messages. */
    public String describe() {
        return element.getName() + " '" + id + "' of bundle " + contributor;
    }

    @Override
    public String toString() {
        return describe();
    }
}
