package org.steward.node.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.steward.trust.TrustDecision;
import org.steward.trust.TrustGate;

/**
 * Stands between the operator's deploy folder and File Install in {@code serve} mode: a jar that the trust policy
 * accepts is copied into the folder File Install watches; a refused one is reported with the reason and never
 * reaches the framework (an older accepted version keeps running). Configuration files ({@code .cfg}) pass
 * through unjudged. A file is looked at once its size and time have stayed the same for one poll, so a jar still
 * being copied is not judged half-written.
 */
final class DeployGate implements AutoCloseable {

    private record Stamp(long size, FileTime modified) {
    }

    private final Path deploy;
    private final Path accepted;
    private final TrustGate gate;
    private final PrintStream err;
    private final long pollMillis;
    private final Map<String, Stamp> seen = new HashMap<>();
    private final Map<String, Stamp> judged = new HashMap<>();
    private volatile boolean running = true;
    private Thread thread;

    DeployGate(Path deploy, Path accepted, TrustGate gate, PrintStream err, long pollMillis) {
        this.deploy = deploy;
        this.accepted = accepted;
        this.gate = gate;
        this.err = err;
        this.pollMillis = pollMillis;
    }

    /** Judges what is in the deploy folder now, then keeps watching it on a daemon thread. */
    void start() throws IOException {
        Files.createDirectories(accepted);
        scan(true);
        thread = new Thread(this::loop, "steward-node-deploy-gate");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(pollMillis);
                scan(false);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                err.println(LaunchMessages.get("deploy.scan.failed", deploy, e.getMessage()));
            }
        }
    }

    /** One pass; at start-up every jar is judged at once (nothing is being copied while the node is down). */
    void scan(boolean initial) throws IOException {
        Set<String> present = new HashSet<>();
        if (Files.isDirectory(deploy)) {
            try (Stream<Path> files = Files.list(deploy)) {
                for (Path jar : files.filter(DeployGate::handled).sorted().toList()) {
                    String name = jar.getFileName().toString();
                    present.add(name);
                    Stamp now = new Stamp(Files.size(jar), Files.getLastModifiedTime(jar));
                    Stamp before = seen.put(name, now);
                    boolean settled = initial || now.equals(before);
                    if (settled && !now.equals(judged.get(name))) {
                        judged.put(name, now);
                        judge(jar);
                    }
                }
            }
        }
        for (String gone : Set.copyOf(judged.keySet())) {
            if (!present.contains(gone)) {
                judged.remove(gone);
                seen.remove(gone);
                Files.deleteIfExists(accepted.resolve(gone));
            }
        }
        if (!initial) {
            return;
        }
        // a jar accepted in an earlier run and removed while the node was down
        try (Stream<Path> files = Files.list(accepted)) {
            for (Path old : files.filter(DeployGate::handled).toList()) {
                if (!present.contains(old.getFileName().toString())) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    private static boolean handled(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jar") || name.endsWith(".cfg");
    }

    private void judge(Path jar) throws IOException {
        String name = jar.getFileName().toString();
        if (name.endsWith(".cfg")) {
            pass(jar, name); // configurations carry no code: File Install applies them as before
            return;
        }
        TrustDecision decision = gate.decide(jar);
        switch (decision.verdict()) {
            case REJECT -> {
                err.println(LaunchMessages.get(Files.exists(accepted.resolve(name)) ? "deploy.refused.kept" : "deploy.refused",
                        name, decision.reason(), gate.policy().key()));
                return;
            }
            case ACCEPT_WITH_WARNING -> err.println(LaunchMessages.get("deploy.warning", name, decision.reason()));
            case ACCEPT -> { /* nothing to say */ }
        }
        pass(jar, name);
    }

    private void pass(Path jar, String name) throws IOException {
        Path staging = accepted.resolve(name + ".part");
        Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, accepted.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
