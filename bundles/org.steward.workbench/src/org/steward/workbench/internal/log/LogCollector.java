package org.steward.workbench.internal.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Keeps the last {@value #CAPACITY} warnings and errors from the start of the workbench on, so that the error
 * log view shows what happened before it was opened. Two sources: the platform log ({@link ILogListener}: IStatus
 * logged by Eclipse and by the workbench) and the OSGi log ({@link LogReaderService}: what Steward bundles log
 * through LoggerFactory and what the framework logs). Entries that the platform log bridges into the OSGi log
 * are taken from the platform side only.
 */
public final class LogCollector implements AutoCloseable {

    public static final int CAPACITY = 1000;
    /** Logger name under which Equinox forwards platform (ILog) entries into the OSGi log. */
    private static final String PLATFORM_BRIDGE_LOGGER = "org.eclipse.equinox.logger";

    private final Deque<LogRecord> records = new ArrayDeque<>();
    private final List<Consumer<LogRecord>> listeners = new CopyOnWriteArrayList<>();
    private final ILogListener platformListener = (status, plugin) -> addStatus(status);
    private final LogListener osgiListener = this::addEntry;
    private final ServiceTracker<LogReaderService, LogReaderService> readers;

    private LogCollector(BundleContext context) {
        readers = new ServiceTracker<>(context, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                if (reader != null) {
                    reader.addLogListener(osgiListener);
                }
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
                reader.removeLogListener(osgiListener);
                super.removedService(reference, reader);
            }
        };
    }

    /** Starts collecting. */
    public static LogCollector start() {
        LogCollector c = new LogCollector(FrameworkUtil.getBundle(LogCollector.class).getBundleContext());
        Platform.addLogListener(c.platformListener);
        c.readers.open();
        return c;
    }

    /** The records kept, oldest first. */
    public List<LogRecord> records() {
        synchronized (records) {
            return new ArrayList<>(records);
        }
    }

    /** Called on the logging thread for each new record; close the result to stop. */
    public AutoCloseable addListener(Consumer<LogRecord> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Adds a record from elsewhere (e.g. catalogue problems). */
    public void add(LogRecord record) {
        synchronized (records) {
            if (records.size() == CAPACITY) {
                records.removeFirst();
            }
            records.addLast(record);
        }
        for (Consumer<LogRecord> l : listeners) {
            try {
                l.accept(record);
            } catch (RuntimeException e) {
                listeners.remove(l); // a broken view must not break logging
            }
        }
    }

    private void addStatus(IStatus status) {
        LogRecord.Severity severity = switch (status.getSeverity()) {
            case IStatus.ERROR -> LogRecord.Severity.ERROR;
            case IStatus.WARNING -> LogRecord.Severity.WARNING;
            default -> null;
        };
        if (severity != null) {
            add(new LogRecord(Instant.now(), severity, status.getPlugin(), status.getMessage(), detail(status.getException())));
        }
    }

    private void addEntry(LogEntry entry) {
        if (PLATFORM_BRIDGE_LOGGER.equals(entry.getLoggerName())) {
            return; // already seen through the platform listener
        }
        LogLevel level = entry.getLogLevel();
        LogRecord.Severity severity = level == LogLevel.ERROR || level == LogLevel.AUDIT ? LogRecord.Severity.ERROR
                : level == LogLevel.WARN ? LogRecord.Severity.WARNING : null;
        if (severity == null) {
            return;
        }
        String source = entry.getBundle() == null ? "?" : entry.getBundle().getSymbolicName();
        add(new LogRecord(Instant.ofEpochMilli(entry.getTime()), severity, source, entry.getMessage(), detail(entry.getException())));
    }

    private static Optional<String> detail(Throwable t) {
        if (t == null) {
            return Optional.empty();
        }
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return Optional.of(w.toString());
    }

    @Override
    public void close() {
        Platform.removeLogListener(platformListener);
        readers.close();
    }
}
