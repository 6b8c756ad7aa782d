package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.workspace.crypto.EnvKeyProvider;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.FirstKeyProvider;
import org.steward.workspace.crypto.KeyException;
import org.steward.workspace.crypto.KeyProvider;
import org.steward.workspace.crypto.Keys;

class KeyProviderTest {
    @TempDir
    Path dir;

    @Test
    void generatedKeyFileIsOwnerOnlyAndReadsBack() throws Exception {
        Path file = dir.resolve("keys/node.key");
        SecretKey k = FileKeyProvider.generate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(k.getEncoded(), new FileKeyProvider(file).key().orElseThrow().getEncoded());
        assertThrows(FileAlreadyExistsException.class, () -> FileKeyProvider.generate(file));
    }

    @Test
    void groupOrWorldReadableKeyFileIsRefusedWithChmodAdvice() throws Exception {
        Path file = dir.resolve("node.key");
        FileKeyProvider.generate(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        KeyException e = assertThrows(KeyException.class, () -> new FileKeyProvider(file).key());
        assertTrue(e.getMessage().contains("chmod 600 " + file.toAbsolutePath()), e.getMessage());
        assertTrue(!e.getMessage().contains(Files.readString(file).strip()), "the key is never in a message");
    }

    @Test
    void missingFileMeansNoKey() throws Exception {
        assertTrue(new FileKeyProvider(dir.resolve("absent.key")).key().isEmpty());
    }

    @Test
    void environmentVariableWinsOverTheFile() throws Exception {
        SecretKey fromEnv = Keys.generate();
        Path file = dir.resolve("node.key");
        FileKeyProvider.generate(file);
        KeyProvider p = new FirstKeyProvider(List.of(new EnvKeyProvider(Map.of("STEWARD_KEY", Keys.encode(fromEnv))), new FileKeyProvider(file)));
        assertArrayEquals(fromEnv.getEncoded(), p.key().orElseThrow().getEncoded());
        KeyProvider fileOnly = new FirstKeyProvider(List.of(new EnvKeyProvider(Map.of()), new FileKeyProvider(file)));
        assertArrayEquals(new FileKeyProvider(file).key().orElseThrow().getEncoded(), fileOnly.key().orElseThrow().getEncoded());
    }

    @Test
    void badKeyTextIsRefusedClearly() throws Exception {
        KeyException shortKey = assertThrows(KeyException.class,
                () -> new EnvKeyProvider(Map.of("STEWARD_KEY", "AAAAAAAAAAAAAAAAAAAAAA==")).key());
        assertTrue(shortKey.getMessage().contains("STEWARD_KEY") && shortKey.getMessage().contains("16"), shortKey.getMessage());
        assertThrows(KeyException.class, () -> new EnvKeyProvider(Map.of("STEWARD_KEY", "not base64 !")).key());
    }
}
