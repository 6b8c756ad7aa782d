package org.steward.workbench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.steward.core.json.Json;
import org.steward.core.model.ModelResult;
import org.steward.workbench.ResultExporter;

/** The built-in exporter: the result's JSON document as one UTF-8 file. */
public class JsonResultExporter implements ResultExporter {

    @Override
    public void export(ModelResult result, Path target) throws IOException {
        Files.writeString(target, Json.write(result.json()), StandardCharsets.UTF_8);
    }
}
