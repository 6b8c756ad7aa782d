package org.steward.node.internal;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.core.json.Json;

/**
 * {@code steward-node ingest [--json] [--watch SECONDS [--count N]]}: the sensor ingests of the running {@code serve}
 * node — broker, topic filter, connected or not, and how many messages were received, stored, found duplicate, set
 * aside and acknowledged — asked through its admin channel; {@code --watch} asks again every few seconds and prints
 * the rate at which readings are stored. The ingest only runs inside {@code serve}, so without one this is an error.
 */
final class IngestCommand {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path runDir;
    private final Console console;
    /** stored, by ingest (client id and broker), at the previous look of {@code --watch} */
    private final Map<String, Long> storedBefore = new HashMap<>();
    /** when that look was answered ({@link System#nanoTime}): the rate is over the time measured, not the nominal S */
    private long lookedBefore;

    IngestCommand(Path runDir, Console console) {
        this.runDir = runDir;
        this.console = console;
    }

    int run(String[] args) throws UsageException {
        boolean json = false;
        int watchSeconds = 0;
        long count = Long.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--watch" -> watchSeconds = (int) positive(args, ++i, "--watch", Integer.MAX_VALUE);
                case "--count" -> count = positive(args, ++i, "--count", Long.MAX_VALUE);
                case "--help", "-h" -> {
                    console.out().println(Messages.get("usage.ingest"));
                    return ExitCodes.OK;
                }
                default -> throw new UsageException(Messages.get("usage.unknownOption", args[i]));
            }
        }
        if (count != Long.MAX_VALUE && watchSeconds == 0) {
            throw new UsageException(Messages.get("ingest.countWithoutWatch"));
        }
        if (watchSeconds == 0) {
            Optional<List<?>> ingests = ask();
            if (ingests.isEmpty()) {
                return ExitCodes.FAILED;
            }
            printOnce(ingests.get(), json);
            return ExitCodes.OK;
        }
        for (long n = 0; n < count; n++) {
            if (n > 0) {
                try {
                    Thread.sleep(watchSeconds * 1000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ExitCodes.OK;
                }
            }
            Optional<List<?>> ingests = ask();
            if (ingests.isEmpty()) {
                return ExitCodes.FAILED;
            }
            if (json) {
                console.out().println(Json.writeCompact(ingests.get()));
            } else {
                printWatchLines(ingests.get());
            }
            console.out().flush();
        }
        return ExitCodes.OK;
    }

    /** The serve node's ingests; empty (after saying why on standard error) when it cannot be asked. */
    private Optional<List<?>> ask() {
        Optional<AdminClient.Reply> reply = AdminClient.ask(runDir, "ingest");
        if (reply.isEmpty()) {
            console.err().println(Messages.get("ingest.noServeNode", runDir.resolve(AdminFile.NAME)));
            return Optional.empty();
        }
        Map<String, Object> answer = reply.get().answer();
        if (answer.get("error") != null) {
            console.err().println("steward-node ingest: " + answer.get("error"));
            return Optional.empty();
        }
        List<?> ingests = answer.get("ingests") instanceof List<?> l ? l : List.of();
        if (ingests.isEmpty()) {
            console.err().println(Messages.get("ingest.none", reply.get().address()));
        }
        return Optional.of(ingests);
    }

    private void printOnce(List<?> ingests, boolean json) {
        if (json) {
            console.out().println(Json.write(ingests));
            return;
        }
        for (Object o : ingests) {
            if (o instanceof Map<?, ?> m) {
                console.out().println(Messages.get("ingest.line", text(m.get("clientId")), text(m.get("brokerUri")),
                        text(m.get("topicFilter")), state(m)));
                console.out().println(Messages.get("ingest.counters", count(m.get("received")), count(m.get("stored")),
                        count(m.get("duplicates")), count(m.get("rejected")), count(m.get("acknowledged"))));
            }
        }
    }

    /** One line per ingest: time, state, counters, readings stored per second since the last look ("-" first). */
    private void printWatchLines(List<?> ingests) {
        String now = LocalTime.now().format(CLOCK);
        long looked = System.nanoTime();
        double seconds = (looked - lookedBefore) / 1e9;
        lookedBefore = looked;
        for (Object o : ingests) {
            if (o instanceof Map<?, ?> m) {
                String key = m.get("clientId") + " " + m.get("brokerUri");
                long stored = m.get("stored") instanceof Number n ? n.longValue() : 0;
                Long before = storedBefore.put(key, stored);
                String rate = before == null ? "-" : String.format("%,d", Math.round((stored - before) / seconds));
                long waiting = (m.get("received") instanceof Number r ? r.longValue() : 0)
                        - (m.get("acknowledged") instanceof Number a ? a.longValue() : 0);
                console.out().println(Messages.get("ingest.watchLine", now, text(m.get("clientId")), state(m),
                        count(m.get("received")), count(stored), rate, count(m.get("rejected")), count(waiting)));
            }
        }
    }

    private static String state(Map<?, ?> m) {
        return Messages.get(Boolean.TRUE.equals(m.get("connected")) ? "ingest.connected" : "ingest.disconnected");
    }

    private static long positive(String[] args, int i, String option, long max) throws UsageException {
        String value = i < args.length ? args[i] : "";
        try {
            long n = Long.parseLong(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(Messages.get("ingest.badNumber", option, value));
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String count(Object value) {
        return value instanceof Number n ? String.format("%,d", n.longValue()) : "-";
    }
}
