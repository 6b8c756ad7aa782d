package org.steward.node.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One {@code serve} node per run folder: it holds an exclusive lock on {@code run/serve.lock} for its lifetime
 * (the operating system releases it when the process ends, however it ends). A second one would wipe the first's
 * bundle cache and take over its admin file.
 */
final class ServeLock {
    /** Held until the JVM exits. */
    private static FileLock held;

    private ServeLock() {
    }

    /** False when another process holds the lock. */
    static synchronized boolean acquire(Path runDir) throws IOException {
        if (held != null) {
            return true;
        }
        Files.createDirectories(runDir);
        FileChannel channel = FileChannel.open(runDir.resolve("serve.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            held = lock;
            return true;
        } catch (OverlappingFileLockException e) {
            channel.close();
            return false;
        }
    }
}
