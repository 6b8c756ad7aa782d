import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.steward.testing.OpenSshServer;

/**
 * Smoke check (not a unit test): the workspace bundle on Apache Felix (not Equinox). Starts Felix with the given bundle
 * jars, waits for the Workspaces DS service, saves a record with a sensitive field through it and reads it back, then
 * pushes it over SSH (JGit's sshd transport, a passphrase-protected ed25519 key, strict known_hosts) to a bare
 * repository behind a real OpenSSH server ({@link OpenSshServer}) and counts the commits there with Debian git.
 * Run with releng/felix/workspace-on-felix.sh. Prints the outcome; exit code 0 on success.
 */
public final class WorkspaceOnFelix {
    public static void main(String[] args) throws Exception {
        Path storage = Files.createTempDirectory("felix-ws");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "");
        // JGit's sshd transport uses these JDK packages without importing them (Equinox delegates them to the boot class
        // path by default, Felix does not): without this, an SSH session fails with NoClassDefFoundError on Felix.
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "javax.security.auth,javax.security.auth.*,org.ietf.jgss");
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

        // SSH: push through JGit's Apache MINA sshd transport inside Felix to a real sshd
        try (OpenSshServer sshd = OpenSshServer.start(storage.resolve("sshd"))) {
            Path bare = storage.resolve("srv/records.git");
            git("init", "-q", "--bare", "-b", "main", bare.toString());
            String passphrase = "felix-" + System.nanoTime();
            Path sshKeyFile = OpenSshServer.keygen(storage.resolve("ssh/id_ed25519"), passphrase);
            sshd.authorize(Path.of(sshKeyFile + ".pub"));
            Path knownHosts = storage.resolve("ssh/known_hosts");
            Files.writeString(knownHosts, sshd.knownHostsLine() + "\n");
            Class<?> sshKeyClass = cl.loadClass("org.steward.workspace.SshKey");
            Object sshKey = sshKeyClass.getConstructor(Path.class, Path.class, char[].class).newInstance(sshKeyFile, knownHosts,
                    passphrase.toCharArray());
            Class<?> credentialsClass = cl.loadClass("org.steward.workspace.Credentials");
            Object credentials = Proxy.newProxyInstance(cl, new Class<?>[] {credentialsClass}, (proxy, m, a) -> switch (m.getName()) {
                case "lookup" -> Optional.empty();
                case "sshKey" -> Optional.of(sshKey);
                case "toString" -> "ssh credentials";
                case "hashCode" -> 0;
                case "equals" -> proxy == a[0];
                default -> throw new UnsupportedOperationException(m.getName());
            });
            workspaceClass.getMethod("setRemote", String.class).invoke(workspace, sshd.url(bare));
            workspaceClass.getMethod("push", credentialsClass).invoke(workspace, credentials);
            String count = git("--git-dir", bare.toString(), "rev-list", "--count", "main");
            boolean pushed = "1".equals(count) && sshd.log().contains("Accepted publickey");
            System.out.println("SSH push to " + sshd.url(bare) + ": commits on the server: " + count);
            ok &= pushed;
        }
        workspaceClass.getMethod("close").invoke(workspace);
        fw.stop();
        fw.waitForStop(10_000);
        System.out.println(ok ? "OK" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    private static String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + ": " + out);
        }
        return out;
    }
}
