package org.steward.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server (Debian package {@code openssh-server}) started by a test as the current user on a free
 * loopback port, with everything in its own folder: a host key made by ssh-keygen, its sshd_config, the
 * authorized_keys file, the pid file and the log ({@code -D -e}: foreground, log to stderr). Only public-key
 * authentication; the session runs the user's shell, so Debian's {@code git-upload-pack}/{@code git-receive-pack}
 * (package git) serve repositories by their path. As root, sshd needs its privilege-separation folder /run/sshd
 * (normally made by the ssh service): it is created when missing. If sshd does not start, the error carries its log.
 */
public final class OpenSshServer implements AutoCloseable {
    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    public static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    private final Path dir;
    private final int port;
    private final Process process;

    private OpenSshServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Starts sshd with a new ed25519 host key in {@code dir} (created), no key authorized yet. */
    public static OpenSshServer start(Path dir) throws IOException, InterruptedException {
        if (!Files.isExecutable(SSHD) || !Files.isExecutable(SSH_KEYGEN)) {
            throw new AssertionError(SSHD + " or " + SSH_KEYGEN
                    + " is missing; install them with: sudo apt-get update && sudo apt-get install -y openssh-server");
        }
        Files.createDirectories(dir);
        Path hostKey = dir.resolve("ssh_host_ed25519_key");
        keygen(hostKey, "");
        Files.writeString(dir.resolve("authorized_keys"), "");
        if ("root".equals(System.getProperty("user.name"))) {
            Path privsep = Path.of("/run/sshd");
            if (!Files.isDirectory(privsep)) {
                Files.createDirectories(privsep);
            }
        }
        int port = Mosquitto.freePort();
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PidFile " + dir.resolve("sshd.pid"),
                "UsePAM no",
                "StrictModes no",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "AllowAgentForwarding no",
                "AllowTcpForwarding no",
                "X11Forwarding no",
                "PrintMotd no",
                "LogLevel VERBOSE",
                ""));
        Path log = dir.resolve("sshd.log");
        Process p = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        OpenSshServer server = new OpenSshServer(dir, port, p);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError("sshd exited with " + p.exitValue() + " before listening on 127.0.0.1:" + port + ":\n"
                        + server.log());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return server;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        server.close();
        throw new AssertionError("sshd did not listen on 127.0.0.1:" + port + " within 15 s:\n" + server.log());
    }

    /**
     * Makes a new ed25519 key pair {@code file} and {@code file.pub} with ssh-keygen (creating the folder), protected
     * by {@code passphrase} (none when empty). Test keys only: the passphrase is a command-line argument of ssh-keygen.
     */
    public static Path keygen(Path file, String passphrase) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        run(List.of(SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", passphrase, "-C", "steward-test", "-f", file.toString()));
        return file;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + out);
        }
        return out;
    }

    /** Lets the holder of this key in (appends {@code publicKey}, a .pub file, to authorized_keys). */
    public void authorize(Path publicKey) throws IOException {
        Files.writeString(dir.resolve("authorized_keys"), Files.readString(publicKey).strip() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    public int port() {
        return port;
    }

    /** The user the server lets in: the one running it. */
    public String user() {
        return System.getProperty("user.name");
    }

    /** {@code ssh://user@127.0.0.1:port/absolute/path}. */
    public String url(Path repository) {
        return "ssh://" + user() + "@127.0.0.1:" + port + repository.toAbsolutePath();
    }

    /** The server's host public key as a known_hosts line, in the form ssh-keyscan writes: {@code [127.0.0.1]:port type key}. */
    public String knownHostsLine() throws IOException {
        String[] pub = Files.readString(dir.resolve("ssh_host_ed25519_key.pub")).strip().split(" ");
        return "[127.0.0.1]:" + port + " " + pub[0] + " " + pub[1];
    }

    /** The server's host key fingerprint as {@code ssh-keygen -l} prints it ({@code SHA256:...}). */
    public String hostKeyFingerprint() throws IOException, InterruptedException {
        return run(List.of(SSH_KEYGEN.toString(), "-l", "-f", dir.resolve("ssh_host_ed25519_key.pub").toString())).split(" ")[1];
    }

    /** sshd's log so far (at most the last 6000 characters). */
    public String log() {
        try {
            String all = Files.readString(dir.resolve("sshd.log"));
            return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Every file of the server's folder (config, keys, log), for tests that look for a leaked secret. */
    public List<Path> files() throws IOException {
        try (var s = Files.list(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
