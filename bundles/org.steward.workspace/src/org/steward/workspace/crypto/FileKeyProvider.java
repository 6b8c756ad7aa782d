package org.steward.workspace.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;

import org.steward.workspace.internal.Messages;

/**
 * The node's key in a file holding its base64 text. On POSIX file systems the file must be readable by its owner
 * only (mode 600): a key file that group or others may read is refused, with the {@code chmod 600} command to run.
 * A missing file means "no key".
 */
public final class FileKeyProvider implements KeyProvider {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private final Path file;

    public FileKeyProvider(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<SecretKey> key() throws KeyException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.stream().anyMatch(OTHERS::contains)) {
                    throw new KeyException(Messages.get("key.permissions", file, PosixFilePermissions.toString(perms)));
                }
            }
            return Optional.of(Keys.parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString()));
        } catch (IOException e) {
            throw new KeyException(Messages.get("key.unreadable", file, e.getMessage()), e);
        }
    }

    @Override
    public String describe() {
        return "key file " + file;
    }

    /**
     * Writes a new random key to {@code file} with mode 600 (created that way, never readable by others in between).
     *
     * @throws FileAlreadyExistsException rather than replace a key that encrypted data may depend on
     */
    public static SecretKey generate(Path file) throws IOException {
        SecretKey key = Keys.generate();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, Keys.encode(key) + "\n", StandardCharsets.US_ASCII);
        return key;
    }
}
