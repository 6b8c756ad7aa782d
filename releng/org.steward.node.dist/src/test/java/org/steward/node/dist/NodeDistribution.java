package org.steward.node.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private copy of the distribution built by this module (target/steward-node), so that each test has its own
 * deploy and run folders, and the means to run its {@code bin/steward-node} as a separate process.
 */
final class NodeDistribution {

    /** Generous bound for one command: a cold JVM on a busy two-core build machine. */
    static final long COMMAND_TIMEOUT_SECONDS = 120;

    final Path home;
    /** Extra environment variables for every process this distribution starts (e.g. a password variable). */
    final Map<String, String> environment = new HashMap<>();

    /** What a finished command printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private NodeDistribution(Path home) {
        this.home = home;
    }

    static Path built() {
        Path dist = Path.of(System.getProperty("steward.node.dist", "target/steward-node"));
        assertTrue(Files.isExecutable(dist.resolve("bin/steward-node")), "no built distribution at " + dist);
        return dist;
    }

    /** The test fixture jar (org.steward.samples.faulty), never part of the distribution. */
    static Path faultyJar() throws IOException {
        return onlyJar(Path.of(System.getProperty("steward.node.fixtures", "target/fixtures")), "org.steward.samples.faulty-");
    }

    /** Copies the built distribution into {@code target}, leaving out its run folder. */
    static NodeDistribution copyInto(Path target) throws IOException {
        Path source = built();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path rel = source.relativize(p);
                if (rel.startsWith("run")) {
                    continue;
                }
                Path dest = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new NodeDistribution(target);
    }

    Path deploy() {
        return home.resolve("deploy");
    }

    Path adminFile() {
        return home.resolve("run/admin.json");
    }

    /** The jar of a Steward bundle in the distribution's bundles folder. */
    Path bundleJar(String symbolicName) throws IOException {
        return onlyJar(home.resolve("bundles"), symbolicName + "-");
    }

    /** Puts a jar into the deploy folder in one step (written beside it, then renamed), as an operator should. */
    Path deployJar(Path jar, String fileName) throws IOException {
        Path staging = home.resolve(fileName + ".part");
        Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(staging, deploy().resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs {@code bin/steward-node args...} to the end (bounded) and returns its exit code and output. */
    Result run(String... args) throws IOException, InterruptedException {
        return runWithOptions("", args);
    }

    /** Like {@link #run} with extra JVM options in STEWARD_NODE_OPTS (e.g. {@code -Dsteward.workspace=DIR}). */
    Result runWithOptions(String jvmOptions, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder pb = builder(args);
        if (!jvmOptions.isEmpty()) {
            pb.environment().put("STEWARD_NODE_OPTS", pb.environment().get("STEWARD_NODE_OPTS") + " " + jvmOptions);
        }
        Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("steward-node " + String.join(" ", args) + " did not finish within " + COMMAND_TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Starts {@code bin/steward-node args...} in the background, its output going to the given files. */
    Process start(Path out, Path err, String... args) throws IOException {
        return builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Like {@link #start} with extra JVM options in STEWARD_NODE_OPTS. */
    Process startWithOptions(String jvmOptions, Path out, Path err, String... args) throws IOException {
        ProcessBuilder pb = builder(args);
        pb.environment().put("STEWARD_NODE_OPTS", pb.environment().get("STEWARD_NODE_OPTS") + " " + jvmOptions);
        return pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/steward-node").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        // English messages whatever the machine's locale; the assertions look for ids and keys, not prose, mostly.
        pb.environment().put("STEWARD_NODE_OPTS", "-Duser.language=en -Duser.country=US");
        pb.environment().remove("STEWARD_NODE_RUN");
        pb.environment().putAll(environment);
        return pb;
    }

    private static Path onlyJar(Path dir, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, prefix + "*.jar")) {
            list.forEach(found::add);
        }
        if (found.size() != 1) {
            fail("expected one " + prefix + "*.jar in " + dir + ", found " + found);
        }
        return found.get(0);
    }
}
