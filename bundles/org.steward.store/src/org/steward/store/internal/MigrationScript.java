package org.steward.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file {@code V<version>__<description>.sql} of a schema.
 *
 * @param origin where it came from, for messages (bundle and path)
 */
public record MigrationScript(String schema, int version, String description, String sql, String origin) {

    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_]+)\\.sql");

    /**
     * Reads a script from its file name and text.
     *
     * @throws IllegalArgumentException naming the file when the name does not follow the pattern
     */
    public static MigrationScript of(String schema, String fileName, String sql, String origin) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException(origin + ": migration file names must look like V1__create_tables.sql, not '"
                    + fileName + "'");
        }
        return new MigrationScript(schema, Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql, origin);
    }

    /** SHA-256 of the text with line ends normalised, so a checkout with CRLF is not taken for tampering. */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The statements, split at semicolons that end a line; {@code --} comment lines dropped. */
    public List<String> statements() {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.replace("\r\n", "\n").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
