import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Smoke check that the text and customer bundles run on Apache Felix (no Equinox): starts Felix with SCR, installs
 * the bundles given on the command line, and runs customer.coword and customer.classify through the ModelRunner
 * service. Command-line output only. Usage: FelixSmoke INPUT_DIR OUT_DIR BUNDLE.jar...
 */
public final class FelixSmoke {
    public static void main(String[] args) {
        int code = 1;
        try {
            smoke(args);
            code = 0;
        } catch (Throwable t) {
            t.printStackTrace();
        }
        System.exit(code);
    }

    static void smoke(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, out.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = java.util.ServiceLoader.load(FrameworkFactory.class).iterator().next();
        Framework felix = factory.newFramework(config);
        felix.start();
        BundleContext ctx = felix.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            bundles.add(ctx.installBundle(new File(args[i]).toURI().toString()));
        }
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
        for (Bundle b : bundles) {
            System.out.println("  " + b.getSymbolicName() + " " + b.getVersion() + " state " + (b.getState() == Bundle.ACTIVE ? "ACTIVE" : b.getState()));
        }
        ServiceReference<?> ref = null;
        for (int i = 0; i < 250 && ref == null; i++) {
            ref = ctx.getServiceReference("org.steward.core.runtime.ModelRunner");
            Thread.sleep(20);
        }
        if (ref == null) {
            throw new IllegalStateException("no ModelRunner service on Felix");
        }
        Object runner = ctx.getService(ref);
        Bundle core = ref.getBundle();
        Object nullMonitor = core.loadClass("org.steward.core.model.ProgressMonitor").getField("NULL").get(null);
        Method run = null;
        for (Method m : runner.getClass().getMethods()) {
            if (m.getName().equals("run") && m.getParameterCount() == 5) {
                run = m;
            }
        }
        for (String model : List.of("customer.coword", "customer.classify")) {
            long t = System.nanoTime();
            Object result = run.invoke(runner, model, Optional.of(input), Map.of(), nullMonitor, Duration.ofMinutes(2));
            Class<?> resultType = core.loadClass("org.steward.core.model.ModelResult");
            Object summary = resultType.getMethod("summary").invoke(result);
            resultType.getMethod("writeTo", Path.class).invoke(result, out.resolve(model));
            System.out.printf("Felix: %s in %.1f s: %s -> %s%n", model, (System.nanoTime() - t) / 1e9, summary, out.resolve(model));
        }
        felix.stop();
        felix.waitForStop(10_000);
    }
}
