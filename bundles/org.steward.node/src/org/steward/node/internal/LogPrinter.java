package org.steward.node.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Prints the OSGi log to standard error: warnings and errors by default, more with the framework property
 * {@code steward.node.log.level} (ERROR, WARN, INFO, DEBUG); stack traces with {@code steward.node.log.traces=true}.
 */
@Component(immediate = true, service = {})
public class LogPrinter implements LogListener {

    static final String LEVEL = "steward.node.log.level";
    static final String TRACES = "steward.node.log.traces";

    @Reference
    private LogReaderService reader;

    private final PrintStream err = System.err;
    private LogLevel threshold = LogLevel.WARN;
    private boolean traces;

    @Activate
    void activate(BundleContext context) {
        String level = context.getProperty(LEVEL);
        if (level != null) {
            try {
                threshold = LogLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println(Messages.get("log.badLevel", LEVEL, level));
            }
        }
        traces = Boolean.parseBoolean(context.getProperty(TRACES));
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (!threshold.implies(entry.getLogLevel())) {
            return;
        }
        String bundle = entry.getBundle() == null ? "?" : entry.getBundle().getSymbolicName();
        Throwable t = entry.getException();
        StringBuilder line = new StringBuilder("steward-node: [").append(entry.getLogLevel()).append("] ").append(bundle)
                .append(": ").append(entry.getMessage());
        if (t != null && !traces) {
            line.append(": ").append(t);
            for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                line.append(" <- ").append(c);
            }
        }
        synchronized (err) {
            err.println(line);
            if (t != null && traces) {
                t.printStackTrace(err);
            }
        }
    }
}
