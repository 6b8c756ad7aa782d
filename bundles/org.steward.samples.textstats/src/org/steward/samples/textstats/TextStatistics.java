package org.steward.samples.textstats;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;

/**
 * The sample model: counts characters, words and lines of the text files in a folder (or of one file).
 * Small, but it shows the whole contract: properties, parameters, progress, cancellation, a typed result
 * and clear errors for files it cannot read.
 */
@Component(service = AnalysisModel.class)
@Model(id = TextStatistics.ID, name = "Text statistics", category = "Samples", version = "1.0.0",
        description = "Counts characters, words and lines of the UTF-8 text files in a folder.")
public class TextStatistics implements AnalysisModel {

    public static final String ID = "samples.textstats";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE_OR_DIRECTORY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.stringList("extensions", "File types", "file name endings to read, without the dot",
                List.of("txt", "md")));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        List<String> extensions = request.parameters().stringList("extensions").stream()
                .map(e -> e.toLowerCase(Locale.ROOT)).toList();
        List<Path> files = listFiles(input, extensions);
        monitor.begin("Counting " + files.size() + " files", files.size());
        List<Map<String, Object>> counted = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        long chars = 0;
        long words = 0;
        long lines = 0;
        for (Path file : files) {
            monitor.checkCanceled(ID);
            monitor.subTask(file.getFileName().toString());
            String name = Files.isDirectory(input) ? input.relativize(file).toString() : file.getFileName().toString();
            try {
                TextCounts c = TextCounts.of(readUtf8(file));
                counted.add(Map.of("file", name, "characters", c.characters(), "words", c.words(), "lines", c.lines()));
                rows.add(List.of(name, c.characters(), c.words(), c.lines()));
                chars += c.characters();
                words += c.words();
                lines += c.lines();
            } catch (CharacterCodingException e) {
                skipped.add(Map.of("file", name, "reason", "not valid UTF-8 text; convert it to UTF-8 first"));
            } catch (IOException e) {
                skipped.add(Map.of("file", name, "reason", "cannot be read: " + e.getMessage()));
            }
            monitor.worked(1);
        }
        monitor.done();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", counted);
        json.put("skipped", skipped);
        json.put("totals", Map.of("files", counted.size(), "characters", chars, "words", words, "lines", lines));
        return ModelResult.of(json, List.of(new ResultTable("files.csv", List.of("file", "characters", "words", "lines"), rows)),
                List.of(), counted.size() + " files, " + words + " words, " + chars + " characters");
    }

    private static List<Path> listFiles(Path input, List<String> extensions) throws ModelException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(p -> hasExtension(p, extensions)).sorted().toList();
        } catch (IOException e) {
            throw new ModelException(ID, "cannot list folder " + input + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasExtension(Path p, List<String> extensions) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && extensions.contains(name.substring(dot + 1));
    }

    private static String readUtf8(Path file) throws IOException {
        // Strict decoding: a GBK or binary file is reported, not silently counted as replacement characters.
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
