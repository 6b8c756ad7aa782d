package org.steward.competitor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.steward.core.model.ModelException;

/** Writes exported text as UTF-8. */
final class TextExport {
    private TextExport() {
    }

    static void write(Path target, String text) throws ModelException {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelException(CompareModel.ID, Messages.get("io.cannotWrite", target, e.getMessage()), e);
        }
    }
}
