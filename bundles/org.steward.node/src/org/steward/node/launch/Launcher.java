package org.steward.node.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.trust.TrustDecision;
import org.steward.trust.TrustGate;
import org.steward.trust.TrustPolicy;
import org.steward.trust.TrustedKeys;

/**
 * Starts the framework, installs the distribution's bundles, hands the arguments to the command service and
 * returns its exit code. Command mode uses a throw-away bundle cache so that several commands can run at once;
 * {@code serve} keeps its cache under the run folder and starts File Install on the deploy folder.
 */
public final class Launcher {

    /** Service property that marks the command service of the org.steward.node bundle. */
    public static final String COMMAND_PROPERTY = "steward.node.command";
    /** Framework property: {@code serve} or {@code command}. */
    public static final String MODE = "steward.node.mode";
    static final String COMMAND_FILTER = "(&(" + Constants.OBJECTCLASS + "=" + ToIntFunction.class.getName() + ")("
            + COMMAND_PROPERTY + "=main))";
    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();

    /** System property: print how long each launch phase took to standard error. */
    public static final String TIMING = "steward.node.timing";

    private final NodeConfig config;
    private final PrintStream err = System.err;
    private static final long DEPLOY_POLL_MILLIS = 250;
    private DeployGate deployGate;
    private final boolean timing = Boolean.getBoolean(TIMING);
    private long last = System.nanoTime();

    public Launcher(NodeConfig config) {
        this.config = config;
    }

    /** True once the JVM has begun to shut down (SIGTERM, Ctrl-C): the shutdown hook stops the framework. */
    public static boolean isShuttingDown() {
        return SHUTTING_DOWN.get();
    }

    public int launch(String[] args) {
        boolean serve = args.length > 0 && "serve".equals(args[0]);
        boolean help = args.length > 1 && (args[1].equals("--help") || args[1].equals("-h"));
        Path storage;
        try {
            if (serve && !help && !ServeLock.acquire(config.run())) {
                err.println(LaunchMessages.get("serve.running", config.run()));
                return 1;
            }
            storage = serve ? config.run().resolve("cache") : Files.createTempDirectory("steward-node-");
        } catch (IOException e) {
            err.println(LaunchMessages.get("launch.failed", e.getMessage()));
            return 1;
        }
        Map<String, String> props = new HashMap<>(config.properties());
        props.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        props.putIfAbsent(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(MODE, serve ? "serve" : "command");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElse(null);
        if (factory == null) {
            err.println(LaunchMessages.get("no.framework"));
            return 1;
        }
        Framework framework = factory.newFramework(props);
        Runnable cleanup = () -> {
            if (deployGate != null) {
                deployGate.close();
            }
            stop(framework);
            if (!serve) {
                deleteTree(storage);
            }
        };
        Thread hook = new Thread(() -> {
            SHUTTING_DOWN.set(true);
            cleanup.run();
        }, "steward-node-shutdown");
        try {
            framework.init();
            BundleContext context = framework.getBundleContext();
            context.addFrameworkListener(this::frameworkEvent);
            framework.start();
            Runtime.getRuntime().addShutdownHook(hook);
            mark("framework started");
            List<ConfigFiles.Entry> configurations;
            try {
                configurations = ConfigFiles.read(config.confDir());
                if (!serve) {
                    List<String> serveOnly = config.serveOnlyConfigurations();
                    configurations = configurations.stream().filter(c -> !serveOnly.contains(c.pid())).toList();
                }
            } catch (IOException e) {
                err.println(LaunchMessages.get("config.bad", config.confDir(), e.getMessage()));
                cleanup.run();
                return 1;
            }
            TrustGate trust = trustGate();
            if (serve) {
                deployGate = new DeployGate(config.deployDir(), config.acceptedDir(), trust, err, DEPLOY_POLL_MILLIS);
                deployGate.start();
            }
            List<Bundle> bundles = installAll(context, jars(serve, trust));
            mark("bundles installed");
            if (!startAll(context, bundles, configurations)) {
                cleanup.run();
                return 1;
            }
            mark("bundles started");
            int code = runCommand(context, args);
            mark("command");
            if (!SHUTTING_DOWN.get()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                    cleanup.run();
                    mark("framework stopped");
                } catch (IllegalStateException shuttingDown) {
                    // SIGTERM arrived meanwhile: the hook does the cleanup.
                }
            }
            return code;
        } catch (BundleException | IOException | RuntimeException e) {
            err.println(LaunchMessages.get("launch.failed", e));
            cleanup.run();
            return 1;
        }
    }

    /** The policy and keys of conf/node.properties; a wrong value stops the launch with what to fix. */
    private TrustGate trustGate() throws IOException {
        try {
            return new TrustGate(TrustPolicy.parse(config.trustPolicy()), TrustedKeys.fromFolder(config.trustedKeysDir()));
        } catch (IllegalArgumentException e) {
            throw new IOException(LaunchMessages.get("trust.config", NodeConfig.TRUST_POLICY + ": " + e.getMessage()), e);
        }
    }

    private void mark(String phase) {
        if (timing) {
            long now = System.nanoTime();
            err.printf("steward-node timing: %-20s %5d ms%n", phase, (now - last) / 1_000_000);
            last = now;
        }
    }

    @SuppressWarnings("unchecked")
    private int runCommand(BundleContext context, String[] args) {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(COMMAND_FILTER), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        try {
            Object service = tracker.waitForService(config.readyTimeoutMillis());
            if (service == null) {
                err.println(LaunchMessages.get("not.ready", config.readyTimeoutMillis()));
                return 1;
            }
            return ((ToIntFunction<String[]>) service).applyAsInt(args);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            tracker.close();
        }
    }

    /** The jars to install, folder by folder, by name within a folder. */
    private List<Path> jars(boolean serve, TrustGate trust) {
        List<Path> dirs = new ArrayList<>(config.bundleDirs());
        if (!serve) {
            dirs.add(config.deployDir()); // in serve mode File Install owns the deploy folder
        }
        List<String> serveOnly = serve ? List.of() : config.serveOnly();
        List<Path> jars = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                boolean deployed = dir.equals(config.deployDir());
                list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted(Comparator.comparing(Path::toString))
                        .filter(p -> serveOnly.isEmpty() || !serveOnly.contains(symbolicName(p)))
                        .filter(p -> !deployed || trusted(trust, p))
                        .forEach(jars::add);
            } catch (IOException e) {
                err.println(LaunchMessages.get("install.failed", dir, e.getMessage()));
            }
        }
        return jars;
    }

    /** One-shot commands judge the deploy folder's jars as serve's gate does. */
    private boolean trusted(TrustGate trust, Path jar) {
        TrustDecision decision = trust.decide(jar);
        switch (decision.verdict()) {
            case REJECT -> err.println(LaunchMessages.get("deploy.refused", jar.getFileName(), decision.reason(),
                    trust.policy().key()));
            case ACCEPT_WITH_WARNING -> err.println(LaunchMessages.get("deploy.warning", jar.getFileName(), decision.reason()));
            case ACCEPT -> { /* nothing to say */ }
        }
        return decision.installs();
    }

    private static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String bsn = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return bsn == null ? "" : bsn.split(";")[0].trim();
        } catch (IOException e) {
            return "";
        }
    }

    private List<Bundle> installAll(BundleContext context, List<Path> jars) {
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            try {
                bundles.add(context.installBundle("reference:" + jar.toUri()));
            } catch (BundleException | RuntimeException e) {
                err.println(LaunchMessages.get("install.failed", jar.getFileName(), e.getMessage()));
            }
        }
        return bundles;
    }

    /**
     * Starts the bundles in order; the configurations of {@code conf/} go into ConfigAdmin as soon as it is up, so
     * before any Steward bundle (system/ comes first) and its components read them.
     *
     * @return false when configurations could not be applied
     */
    private boolean startAll(BundleContext context, List<Bundle> bundles, List<ConfigFiles.Entry> configurations) {
        boolean applied = configurations.isEmpty();
        for (Bundle bundle : bundles) {
            if (!applied) {
                try {
                    applied = ConfigFiles.apply(context, configurations);
                } catch (IOException e) {
                    err.println(LaunchMessages.get("config.bad", config.confDir(), e.getMessage()));
                    return false;
                }
            }
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                long t0 = System.nanoTime();
                bundle.start(Bundle.START_ACTIVATION_POLICY);
                if (timing) {
                    err.printf("steward-node timing:   start %-40s %4d ms%n", bundle.getSymbolicName(),
                            (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (BundleException | RuntimeException e) {
                err.println(LaunchMessages.get("start.failed", bundle.getSymbolicName(), e.getMessage()));
            }
        }
        if (!applied) {
            err.println(LaunchMessages.get("config.noAdmin", config.confDir()));
            return false;
        }
        return true;
    }

    private void frameworkEvent(FrameworkEvent event) {
        String level = switch (event.getType()) {
            case FrameworkEvent.ERROR -> "ERROR";
            case FrameworkEvent.WARNING -> "WARNING";
            default -> null;
        };
        if (level != null) {
            Throwable t = event.getThrowable();
            err.println(LaunchMessages.get("framework.event", level, event.getBundle().getSymbolicName(),
                    t == null ? "" : t.getMessage()));
        }
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(STOP_TIMEOUT_MILLIS);
        } catch (BundleException | RuntimeException e) {
            System.err.println(LaunchMessages.get("launch.failed", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
