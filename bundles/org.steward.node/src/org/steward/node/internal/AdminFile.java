package org.steward.node.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.steward.core.json.Json;

/**
 * The file through which a running {@code serve} node tells other processes of the same distribution where its
 * admin channel is: {@code run/admin.json}, readable by its owner only, removed when the node stops.
 *
 * @param port  TCP port on 127.0.0.1
 * @param token secret to put in front of each request line
 * @param pid   process id of the node
 */
record AdminFile(int port, String token, long pid) {

    static final String NAME = "admin.json";

    static Path path(Path runDir) {
        return runDir.resolve(NAME);
    }

    void write(Path runDir) throws IOException {
        Files.createDirectories(runDir);
        Path tmp = runDir.resolve(NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // not a POSIX file system
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("host", "127.0.0.1");
        json.put("port", port);
        json.put("token", token);
        json.put("pid", pid);
        Files.writeString(tmp, Json.write(json) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, path(runDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Empty when there is no file or it cannot be read (no node is serving). */
    static Optional<AdminFile> read(Path runDir) {
        Path file = path(runDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> json = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            Object port = json.get("port");
            Object token = json.get("token");
            Object pid = json.get("pid");
            if (port instanceof Number p && token instanceof String t) {
                return Optional.of(new AdminFile(p.intValue(), t, pid instanceof Number n ? n.longValue() : -1));
            }
            return Optional.empty();
        } catch (IOException | Json.JsonException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
