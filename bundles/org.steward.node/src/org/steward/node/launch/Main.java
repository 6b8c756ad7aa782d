package org.steward.node.launch;

/**
 * Entry point of {@code steward-node}. It lives on the JVM class path beside the Felix jar and touches only
 * {@code java.*} and {@code org.osgi.framework.*} types: the commands themselves run inside the framework, in the
 * {@code org.steward.node} bundle, and are reached through a {@link java.util.function.ToIntFunction} service.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new Launcher(NodeConfig.fromSystemProperties()).launch(args);
        if (!Launcher.isShuttingDown()) {
            System.exit(code);
        }
    }
}
