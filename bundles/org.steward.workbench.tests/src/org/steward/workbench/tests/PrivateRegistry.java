package org.steward.workbench.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * An extension registry of the test's own, not the platform's: contributions are XML strings, classes are loaded
 * from this test bundle. It declares the workbench's three extension points as the real plugin.xml does.
 */
final class PrivateRegistry implements AutoCloseable {

    private final Object masterToken = new Object();
    private final Object userToken = new Object();
    final IExtensionRegistry registry;

    PrivateRegistry() {
        registry = RegistryFactory.createRegistry(new TestBundleStrategy(), masterToken, userToken);
        contribute("org.steward.workbench", """
                <plugin>
                  <extension-point id="modelUi" name="Model user interfaces"/>
                  <extension-point id="importWizards" name="Import wizards"/>
                  <extension-point id="exporters" name="Result exporters"/>
                </plugin>""");
    }

    /** Adds {@code pluginXml} as the contribution of a bundle named {@code contributor}. */
    void contribute(String contributor, String pluginXml) {
        IContributor c = ContributorFactorySimple.createContributor(contributor);
        boolean added = registry.addContribution(new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8)), c,
                false, contributor, null, userToken);
        if (!added) {
            throw new AssertionError("the registry refused the contribution of " + contributor + ":\n" + pluginXml);
        }
    }

    /** Removes every extension {@code contributor} made to {@code pointId}. */
    void removeExtensions(String contributor, String pointId) {
        for (IExtension e : registry.getExtensionPoint(pointId).getExtensions()) {
            if (e.getContributor().getName().equals(contributor)) {
                registry.removeExtension(e, userToken);
            }
        }
    }

    @Override
    public void close() {
        registry.stop(masterToken);
    }

    /** Loads contributed classes from this test bundle, and delivers registry events synchronously. */
    private static final class TestBundleStrategy extends RegistryStrategy {
        TestBundleStrategy() {
            super(null, null);
        }

        @Override
        public Object createExecutableExtension(RegistryContributor contributor, String className, String overriddenContributorName)
                throws CoreException {
            try {
                return Class.forName(className, true, PrivateRegistry.class.getClassLoader()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new CoreException(Status.error("cannot create " + className + ": " + e, e));
            }
        }
    }
}
