package org.steward.node.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.steward.core.runtime.ModelRunner;

/**
 * The parsed arguments of {@code steward-node run}.
 *
 * @param modelId    the model to run
 * @param input      {@code --input PATH}
 * @param parameters {@code --param key=value}, in the order given
 * @param output     {@code --output DIR}
 * @param timeout    {@code --timeout SECONDS}
 * @param help       {@code --help} was given
 */
record RunArguments(String modelId, Optional<Path> input, Map<String, String> parameters, Path output, Duration timeout,
                    boolean help) {

    static RunArguments parse(String[] args) throws UsageException {
        String modelId = null;
        Path input = null;
        Path output = null;
        Duration timeout = ModelRunner.DEFAULT_TIMEOUT;
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg;
            String inline = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                option = arg.substring(0, arg.indexOf('='));
                inline = arg.substring(arg.indexOf('=') + 1);
            }
            switch (option) {
                case "--help", "-h" -> {
                    return new RunArguments("", Optional.empty(), Map.of(), Path.of("."), timeout, true);
                }
                case "--input" -> input = path(option, inline != null ? inline : value(args, ++i, option));
                case "--output" -> output = path(option, inline != null ? inline : value(args, ++i, option));
                case "--timeout" -> timeout = seconds(inline != null ? inline : value(args, ++i, option));
                case "--param" -> {
                    String pair = inline != null ? inline : value(args, ++i, option);
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new UsageException(Messages.get("run.badParam", pair));
                    }
                    String key = pair.substring(0, eq).trim();
                    if (params.containsKey(key)) {
                        throw new UsageException(Messages.get("run.duplicateParam", key));
                    }
                    params.put(key, pair.substring(eq + 1));
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException(Messages.get("usage.unknownOption", arg));
                    }
                    if (modelId != null) {
                        throw new UsageException(Messages.get("run.extraArgument", arg, modelId));
                    }
                    modelId = arg;
                }
            }
        }
        if (modelId == null) {
            throw new UsageException(Messages.get("run.noModel"));
        }
        if (output == null) {
            throw new UsageException(Messages.get("run.noOutput"));
        }
        return new RunArguments(modelId, Optional.ofNullable(input), Map.copyOf(params), output, timeout, false);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(Messages.get("run.missingValue", option));
        }
        return args[i];
    }

    private static Path path(String option, String text) throws UsageException {
        try {
            return Path.of(text).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(Messages.get("run.badPath", option, text));
        }
    }

    private static Duration seconds(String text) throws UsageException {
        try {
            long s = Long.parseLong(text.trim());
            if (s > 0) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(Messages.get("run.badTimeout", text));
    }
}
