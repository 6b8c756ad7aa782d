package org.steward.workspace.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.steward.workspace.crypto.EnvKeyProvider;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.FirstKeyProvider;
import org.steward.workspace.crypto.KeyException;
import org.steward.workspace.crypto.KeyProvider;

/**
 * The node's key: the environment variable STEWARD_KEY if set, else the key file (PID {@value #PID}, key
 * {@code keyFile}; default {@code ~/.steward/node.key}, never inside a workspace). The workbench will register its own
 * provider backed by Eclipse secure storage with a higher service ranking.
 */
@Component(service = KeyProvider.class, configurationPid = NodeKeyComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = "service.ranking:Integer=0")
public class NodeKeyComponent implements KeyProvider {
    public static final String PID = "org.steward.workspace.key";

    /** Configuration of the node key. */
    public @interface Config {
        /** Path of the key file; empty means {@code <user.home>/.steward/node.key}. */
        String keyFile() default "";
    }

    private KeyProvider delegate;

    @Activate
    void activate(BundleContext context, Config config) {
        Path file = config.keyFile().isBlank() ? Paths.get(System.getProperty("user.home"), ".steward", "node.key")
                : Paths.get(config.keyFile());
        delegate = new FirstKeyProvider(List.of(new EnvKeyProvider(), new FileKeyProvider(file)));
    }

    @Override
    public Optional<SecretKey> key() throws KeyException {
        return delegate.key();
    }

    @Override
    public String describe() {
        return delegate.describe();
    }
}
