package org.steward.node.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.core.json.Json;
import org.steward.core.runtime.ModelCatalog;

/**
 * {@code steward-node models [--json] [--local]}: the models on standard output, one per line or as a JSON array;
 * where the list came from and any problems on standard error. Asks a running {@code serve} node first.
 */
final class ModelsCommand {

    private final ModelCatalog catalog;
    private final ProblemCollector problems;
    private final Path runDir;
    private final boolean serveMode;
    private final Console console;

    ModelsCommand(ModelCatalog catalog, ProblemCollector problems, Path runDir, boolean serveMode, Console console) {
        this.catalog = catalog;
        this.problems = problems;
        this.runDir = runDir;
        this.serveMode = serveMode;
        this.console = console;
    }

    int run(String[] args) throws UsageException {
        boolean json = false;
        boolean local = false;
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                case "--local" -> local = true;
                case "--help", "-h" -> {
                    console.out().println(Messages.get("usage.models"));
                    return ExitCodes.OK;
                }
                default -> throw new UsageException(Messages.get("usage.unknownOption", arg));
            }
        }
        List<Map<String, Object>> models;
        List<Map<String, Object>> found;
        Optional<AdminClient.Reply> reply = local || serveMode ? Optional.empty() : AdminClient.ask(runDir, "models");
        if (reply.isPresent() && reply.get().answer().get("models") instanceof List<?> remote) {
            console.err().println(Messages.get("models.fromNode", reply.get().address()));
            models = maps(remote);
            found = maps(reply.get().answer().get("problems") instanceof List<?> p ? p : List.of());
        } else {
            console.err().println(Messages.get("models.local"));
            models = maps(ModelListing.models(catalog.models()));
            found = maps(ModelListing.problems(problems.problems()));
        }
        if (json) {
            console.out().println(Json.write(models));
        } else {
            print(models);
        }
        if (!found.isEmpty()) {
            console.err().println(Messages.get("models.problems", found.size()));
            for (Map<String, Object> p : found) {
                console.err().println("  [" + p.get("severity") + "] " + p.get("message"));
            }
        }
        return ExitCodes.OK;
    }

    private void print(List<Map<String, Object>> models) {
        int idWidth = 2;
        int versionWidth = 7;
        for (Map<String, Object> m : models) {
            idWidth = Math.max(idWidth, String.valueOf(m.get("id")).length());
            versionWidth = Math.max(versionWidth, String.valueOf(m.get("version")).length());
        }
        String format = "%-" + idWidth + "s  %-" + versionWidth + "s  %s%n";
        for (Map<String, Object> m : models) {
            console.out().printf(format, m.get("id"), m.get("version"), m.get("bundle"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(List<?> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            }
        }
        return out;
    }
}
