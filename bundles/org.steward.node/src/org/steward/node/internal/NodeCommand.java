package org.steward.node.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.node.launch.Launcher;
import org.steward.node.launch.NodeConfig;

/**
 * The {@code steward-node} command line, called by the launcher with the process arguments; answers the exit
 * code. Only {@code java.*} types cross between the launcher's class loader and this bundle.
 */
@Component(service = ToIntFunction.class, property = Launcher.COMMAND_PROPERTY + "=main")
public class NodeCommand implements ToIntFunction<String[]> {

    @Reference
    private ModelCatalog catalog;

    @Reference
    private ModelRunner runner;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    private BundleContext context;
    private final AtomicReference<ServeCommand> serving = new AtomicReference<>();
    private final AtomicReference<StoreCommand> storing = new AtomicReference<>();

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Deactivate
    void deactivate() {
        ServeCommand serve = serving.getAndSet(null);
        if (serve != null) {
            serve.stop();
        }
        StoreCommand store = storing.getAndSet(null);
        if (store != null) {
            store.stop();
        }
    }

    @Override
    public int applyAsInt(String[] args) {
        Console console = Console.system();
        try {
            return dispatch(args, console);
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    private int dispatch(String[] args, Console console) {
        if (args.length == 0) {
            console.err().println(Messages.get("usage.main"));
            return ExitCodes.USAGE;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (command) {
                case "--help", "-h", "help" -> {
                    console.out().println(Messages.get("usage.main"));
                    yield ExitCodes.OK;
                }
                case "models" -> new ModelsCommand(catalog, problems(), runDir(), isServeMode(), console).run(rest);
                case "run" -> new RunCommand(runner, console).run(rest);
                case "serve" -> serve(rest, console);
                case "store" -> store(rest, console);
                case "ingest" -> new IngestCommand(runDir(), console).run(rest);
                default -> throw new UsageException(Messages.get("usage.unknownCommand", command));
            };
        } catch (UsageException e) {
            String prefix = isCommand(command) ? " " + command : "";
            console.err().println("steward-node" + prefix + ": " + e.getMessage());
            console.err().println(Messages.get("usage.hint", prefix));
            return ExitCodes.USAGE;
        }
    }

    private int serve(String[] rest, Console console) throws UsageException {
        ServeCommand serve = new ServeCommand(context, catalog, problems(), runDir(), deployDir(), console);
        serving.set(serve);
        try {
            return serve.run(rest);
        } finally {
            serving.compareAndSet(serve, null);
        }
    }

    private int store(String[] rest, Console console) throws UsageException {
        StoreCommand store = new StoreCommand(context, console);
        storing.set(store);
        try {
            return store.run(rest);
        } finally {
            storing.compareAndSet(store, null);
        }
    }

    private static boolean isCommand(String name) {
        return name.equals("models") || name.equals("run") || name.equals("serve") || name.equals("store")
                || name.equals("ingest");
    }

    private ProblemCollector problems() {
        return new ProblemCollector(context, catalog, () -> Optional.ofNullable(scr));
    }

    private boolean isServeMode() {
        return "serve".equals(context.getProperty(Launcher.MODE));
    }

    private Path runDir() {
        String run = context.getProperty(NodeConfig.RUN);
        return run == null ? Path.of("run").toAbsolutePath() : Path.of(run);
    }

    private Path deployDir() {
        String deploy = context.getProperty(NodeConfig.DEPLOY_DIR);
        return deploy == null ? Path.of("deploy").toAbsolutePath() : Path.of(deploy);
    }
}
