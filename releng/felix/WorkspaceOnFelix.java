import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Smoke check (not a unit test): the workspace bundle on Apache Felix (not Equinox). Starts Felix with the given bundle
 * jars, waits for the Workspaces DS service, saves a record with a sensitive field through it and reads it back.
 * Run with releng/felix/workspace-on-felix.sh. Prints the outcome; exit code 0 on success.
 */
public final class WorkspaceOnFelix {
    public static void main(String[] args) throws Exception {
        Path storage = Files.createTempDirectory("felix-ws");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "");
        Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        fw.start();
        BundleContext ctx = fw.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (String jar : args) {
            bundles.add(ctx.installBundle(new File(jar).toURI().toString()));
        }
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (Exception e) {
                    System.out.println("not started: " + b.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        Bundle ws = bundles.stream().filter(b -> "org.steward.workspace".equals(b.getSymbolicName())).findFirst().orElseThrow();
        ServiceReference<?> ref = null;
        for (int i = 0; i < 200 && ref == null; i++) {
            ref = ctx.getServiceReference("org.steward.workspace.Workspaces");
            Thread.sleep(50);
        }
        if (ref == null) {
            System.out.println("FAIL: no Workspaces service; workspace bundle state " + ws.getState());
            fw.stop();
            System.exit(1);
        }
        Object workspaces = ctx.getService(ref);
        ClassLoader cl = ws.adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader();
        Class<?> keyProvider = cl.loadClass("org.steward.workspace.crypto.KeyProvider");
        Class<?> fileKeyProvider = cl.loadClass("org.steward.workspace.crypto.FileKeyProvider");
        Path keyFile = storage.resolve("node.key");
        fileKeyProvider.getMethod("generate", Path.class).invoke(null, keyFile);
        Object keys = fileKeyProvider.getConstructor(Path.class).newInstance(keyFile);
        Object workspace = workspaces.getClass().getMethod("open", Path.class, keyProvider).invoke(workspaces, storage.resolve("project"), keys);
        Class<?> recordClass = cl.loadClass("org.steward.workspace.Record");
        Object record = recordClass.getMethod("empty", String.class, String.class).invoke(null, "customer", "c-001");
        Method with = recordClass.getMethod("with", String.class, String.class);
        record = with.invoke(with.invoke(record, "name", "东义集团"), "phone", "13912345678");
        Object author = cl.loadClass("org.steward.workspace.Author").getConstructor(String.class, String.class).newInstance("Felix", "felix@example.com");
        Class<?> workspaceClass = cl.loadClass("org.steward.workspace.Workspace");
        Object commit = workspaceClass.getMethod("save", recordClass, String.class, cl.loadClass("org.steward.workspace.Author"))
                .invoke(workspace, record, "", author);
        Object key = cl.loadClass("org.steward.workspace.RecordKey").getConstructor(String.class, String.class).newInstance("customer", "c-001");
        Object back = workspaceClass.getMethod("load", key.getClass()).invoke(workspace, key);
        Object phone = recordClass.getMethod("text", String.class).invoke(back, "phone");
        String file = Files.readString(storage.resolve("project/customer/c-001.md"));
        boolean ok = phone.toString().contains("13912345678") && file.contains("phone: enc:v1:") && !file.contains("13912345678");
        System.out.println("Felix " + fw.getVersion() + ": Workspaces service found; saved " + commit.toString().replaceAll("\\s+", " ").substring(0, 60)
                + "…; phone read back: " + phone + "; file encrypted: " + file.contains("phone: enc:v1:"));
        workspaceClass.getMethod("close").invoke(workspace);
        fw.stop();
        fw.waitForStop(10_000);
        System.out.println(ok ? "OK" : "FAIL");
        System.exit(ok ? 0 : 1);
    }
}
