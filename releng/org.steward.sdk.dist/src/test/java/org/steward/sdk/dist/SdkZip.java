package org.steward.sdk.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks the built SDK zip the way a partner would, for the ITs that build its template outside the tree. */
final class SdkZip {
    private SdkZip() {
    }

    /** Unpacks {@code zip} into {@code target} (refusing entries outside it) and returns {@code target}. */
    static Path unpack(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path dest = target.resolve(e.getName()).normalize();
                if (!dest.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // ZipInputStream does not carry Unix modes: the wrapper is marked executable as the zip says (0755).
        Path mvnw = target.resolve("steward-sdk/template/mvnw");
        Files.setPosixFilePermissions(mvnw, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
        return target;
    }
}
