package org.steward.core.model;

import java.util.Objects;

/**
 * A picture of a result, already encoded.
 *
 * @param fileName  file name such as {@code map.png} or {@code map.svg}
 * @param mediaType {@code image/png} or {@code image/svg+xml}
 * @param content   the encoded bytes
 */
public record ResultImage(String fileName, String mediaType, byte[] content) {
    public ResultImage {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("image file name must not contain folders: " + fileName);
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
