package org.steward.node.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.core.json.Json;

/**
 * {@code steward-node ingest [--json]}: the sensor ingests of the running {@code serve} node — broker, topic filter,
 * connected or not, and how many messages were received, stored, found duplicate, set aside and acknowledged —
 * asked through its admin channel. The ingest only runs inside {@code serve}, so without one this is an error.
 */
final class IngestCommand {
    private final Path runDir;
    private final Console console;

    IngestCommand(Path runDir, Console console) {
        this.runDir = runDir;
        this.console = console;
    }

    int run(String[] args) throws UsageException {
        boolean json = false;
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                case "--help", "-h" -> {
                    console.out().println(Messages.get("usage.ingest"));
                    return ExitCodes.OK;
                }
                default -> throw new UsageException(Messages.get("usage.unknownOption", arg));
            }
        }
        Optional<AdminClient.Reply> reply = AdminClient.ask(runDir, "ingest");
        if (reply.isEmpty()) {
            console.err().println(Messages.get("ingest.noServeNode", runDir.resolve(AdminFile.NAME)));
            return ExitCodes.FAILED;
        }
        Map<String, Object> answer = reply.get().answer();
        if (answer.get("error") != null) {
            console.err().println("steward-node ingest: " + answer.get("error"));
            return ExitCodes.FAILED;
        }
        List<?> ingests = answer.get("ingests") instanceof List<?> l ? l : List.of();
        if (json) {
            console.out().println(Json.write(ingests));
        } else if (ingests.isEmpty()) {
            console.out().println(Messages.get("ingest.none", reply.get().address()));
        } else {
            for (Object o : ingests) {
                if (o instanceof Map<?, ?> m) {
                    print(m);
                }
            }
        }
        return ExitCodes.OK;
    }

    private void print(Map<?, ?> m) {
        String state = Messages.get(Boolean.TRUE.equals(m.get("connected")) ? "ingest.connected" : "ingest.disconnected");
        console.out().println(Messages.get("ingest.line", text(m.get("clientId")), text(m.get("brokerUri")),
                text(m.get("topicFilter")), state));
        console.out().println(Messages.get("ingest.counters", count(m.get("received")), count(m.get("stored")),
                count(m.get("duplicates")), count(m.get("rejected")), count(m.get("acknowledged"))));
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String count(Object value) {
        return value instanceof Number n ? String.format("%,d", n.longValue()) : "-";
    }
}
