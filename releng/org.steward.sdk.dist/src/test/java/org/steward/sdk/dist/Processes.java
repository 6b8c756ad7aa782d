package org.steward.sdk.dist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end within a bound and keeps what it printed (for the assertion messages). */
final class Processes {

    /** @param output standard output and error together, @param stdout standard output alone */
    record Result(int exitCode, String output, String stdout) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + tail(output);
        }

        private static String tail(String text) {
            return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
        }
    }

    private Processes() {
    }

    static Result run(Path dir, long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        return run(dir, timeoutSeconds, command, java.util.Map.of());
    }

    /** As {@link #run(Path, long, List)}, with these variables added to the environment. */
    static Result run(Path dir, long timeoutSeconds, List<String> command, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("steward-sdk-it", ".log");
        Path err = Files.createTempFile("steward-sdk-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(log.toFile())
                    .redirectError(err.toFile());
            pb.environment().put("STEWARD_NODE_OPTS", "-Duser.language=en -Duser.country=US");
            pb.environment().putAll(env);
            Process process = pb.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s\n"
                        + Files.readString(log, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
            }
            String stdout = Files.readString(log, StandardCharsets.UTF_8);
            return new Result(process.exitValue(), stdout + Files.readString(err, StandardCharsets.UTF_8), stdout);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(err);
        }
    }
}
