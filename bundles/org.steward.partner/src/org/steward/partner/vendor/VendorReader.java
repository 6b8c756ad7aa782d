package org.steward.partner.vendor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.steward.partner.internal.FrontMatter;
import org.steward.partner.internal.Messages;

/**
 * Reads vendor records: Markdown files with a workspace front matter ({@code type: vendor}, {@code id} = file name)
 * in a {@code vendors/} folder. Every problem names the file, the line and the field; a record with problems is still
 * returned when its name could be read, so that one typo does not hide the whole list.
 */
public final class VendorReader {
    /** The record type written in {@code type:}. */
    public static final String TYPE = "vendor";
    /** Fields a vendor record may have. */
    public static final List<String> FIELDS = List.of("type", "id", "name", "fictional", "location", "website", "products",
            "parameters", "rdStaff", "patents", "certifications", "pipeNetwork", "tracing", "priceBand", "pipeline", "contact", "phone",
            "email", "tags", "note");
    private static final Set<String> TRUE = Set.of("yes", "true", "y", "1", "是", "有");
    private static final Set<String> FALSE = Set.of("no", "false", "n", "0", "否", "无");

    private VendorReader() {
    }

    /**
     * Reads every {@code *.md} file of {@code folder} (sorted by name). A folder that has a {@code vendors}
     * sub-folder (a workspace root) is read from there.
     */
    public static VendorFolder readFolder(Path folder) throws IOException {
        Path dir = Files.isDirectory(folder.resolve("vendors")) ? folder.resolve("vendors") : folder;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        List<Vendor> vendors = new ArrayList<>();
        List<VendorProblem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new VendorProblem(dir.toString(), 0, "vendors", Messages.get("vendor.emptyFolder")));
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                problems.add(new VendorProblem(name, 0, "file", Messages.get("csv.notUtf8", name)));
                continue;
            }
            read(name, text, problems).ifPresent(vendors::add);
        }
        Map<String, String> seen = new java.util.HashMap<>();
        for (Vendor v : vendors) {
            String earlier = seen.putIfAbsent(v.name().toLowerCase(Locale.ROOT), v.file());
            if (earlier != null) {
                problems.add(new VendorProblem(v.file(), 0, "name", Messages.get("vendor.sameName", v.name(), earlier)));
            }
        }
        return new VendorFolder(vendors, problems);
    }

    /** Reads one record; {@code file} is its file name ({@code id.md}). Problems are added to {@code problems}. */
    public static Optional<Vendor> read(String file, String text, List<VendorProblem> problems) {
        FrontMatter.Parsed p = FrontMatter.parse(file, text);
        problems.addAll(p.problems());
        Map<String, FrontMatter.Field> f = p.fields();
        if (f.isEmpty() && !p.problems().isEmpty()) {
            return Optional.empty();
        }
        String fileId = file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
        for (FrontMatter.Field field : f.values()) {
            if (!FIELDS.contains(field.name())) {
                problems.add(new VendorProblem(file, field.line(), field.name(),
                        Messages.get("vendor.unknownField", field.name(), String.join(", ", FIELDS))));
            }
        }
        scalar(f, "type").ifPresent(t -> {
            if (!t.scalar().equals(TYPE)) {
                problems.add(new VendorProblem(file, t.line(), "type", Messages.get("vendor.type", t.scalar())));
            }
        });
        scalar(f, "id").ifPresent(t -> {
            if (!t.scalar().equals(fileId)) {
                problems.add(new VendorProblem(file, t.line(), "id", Messages.get("vendor.id", t.scalar(), fileId)));
            }
        });
        Optional<FrontMatter.Field> name = scalar(f, "name");
        if (name.isEmpty() || name.get().scalar().isBlank()) {
            problems.add(new VendorProblem(file, name.map(FrontMatter.Field::line).orElse(1), "name", Messages.get("vendor.noName")));
            return Optional.empty();
        }
        boolean fictional = flag(file, f, "fictional", problems).orElse(false);
        String location = scalar(f, "location").map(FrontMatter.Field::scalar).orElse("");
        List<String> products = list(file, f, "products", problems);
        List<String> parameters = new ArrayList<>();
        FrontMatter.Field paramField = f.get("parameters");
        for (String raw : list(file, f, "parameters", problems)) {
            Optional<String> id = MeasuredParameter.canonical(raw);
            if (id.isEmpty()) {
                problems.add(new VendorProblem(file, paramField.line(), "parameters",
                        Messages.get("vendor.unknownParameter", raw, String.join(", ", MeasuredParameter.IDS))));
            } else if (!parameters.contains(id.get())) {
                parameters.add(id.get());
            }
        }
        OptionalInt rdStaff = count(file, f, "rdStaff", problems);
        OptionalInt patents = count(file, f, "patents", problems);
        List<String> certifications = list(file, f, "certifications", problems);
        Optional<Boolean> pipeNetwork = flag(file, f, "pipeNetwork", problems);
        Optional<Boolean> tracing = flag(file, f, "tracing", problems);
        Optional<Character> band = Optional.empty();
        Optional<FrontMatter.Field> bandField = scalar(f, "priceBand");
        if (bandField.isPresent() && !bandField.get().scalar().isEmpty()) {
            String b = bandField.get().scalar().strip().toUpperCase(Locale.ROOT);
            if (b.length() == 1 && b.charAt(0) >= 'A' && b.charAt(0) <= 'E') {
                band = Optional.of(b.charAt(0));
            } else {
                problems.add(new VendorProblem(file, bandField.get().line(), "priceBand", Messages.get("vendor.priceBand", bandField.get().scalar())));
            }
        }
        Map<Stage, LocalDate> pipeline = pipeline(file, f, problems);
        return Optional.of(new Vendor(fileId, file, name.get().scalar().strip(), fictional, location, products, parameters, rdStaff, patents,
                certifications, pipeNetwork, tracing, band, pipeline, p.body()));
    }

    private static Map<Stage, LocalDate> pipeline(String file, Map<String, FrontMatter.Field> f, List<VendorProblem> problems) {
        FrontMatter.Field field = f.get("pipeline");
        Map<Stage, LocalDate> out = new EnumMap<>(Stage.class);
        if (field == null || field.kind() == FrontMatter.Kind.SCALAR && field.scalar().isEmpty()) {
            return out;
        }
        if (field.kind() != FrontMatter.Kind.MAP) {
            problems.add(new VendorProblem(file, field.line(), "pipeline", Messages.get("vendor.pipelineNotMap", Stage.keys())));
            return out;
        }
        Map<Stage, Integer> lines = new EnumMap<>(Stage.class);
        for (Map.Entry<String, FrontMatter.Item> e : field.map().entrySet()) {
            String where = "pipeline." + e.getKey();
            Optional<Stage> stage = Stage.of(e.getKey());
            if (stage.isEmpty()) {
                problems.add(new VendorProblem(file, e.getValue().line(), where, Messages.get("vendor.unknownStage", e.getKey(), Stage.keys())));
                continue;
            }
            String v = e.getValue().value().strip();
            if (v.isEmpty() || v.equals("-")) {
                continue;
            }
            try {
                out.put(stage.get(), LocalDate.parse(v));
                lines.put(stage.get(), e.getValue().line());
            } catch (DateTimeParseException ex) {
                problems.add(new VendorProblem(file, e.getValue().line(), where, Messages.get("vendor.badDate", v)));
            }
        }
        Stage previous = null;
        for (Stage s : Stage.values()) {
            if (!out.containsKey(s)) {
                continue;
            }
            if (previous != null && out.get(s).isBefore(out.get(previous))) {
                problems.add(new VendorProblem(file, lines.get(s), "pipeline." + s.key(),
                        Messages.get("vendor.dateOrder", s.key(), out.get(s), previous.key(), out.get(previous))));
            }
            previous = s;
        }
        return out;
    }

    private static Optional<FrontMatter.Field> scalar(Map<String, FrontMatter.Field> f, String name) {
        FrontMatter.Field field = f.get(name);
        return field != null && field.kind() == FrontMatter.Kind.SCALAR ? Optional.of(field) : Optional.empty();
    }

    private static List<String> list(String file, Map<String, FrontMatter.Field> f, String name, List<VendorProblem> problems) {
        FrontMatter.Field field = f.get(name);
        if (field == null) {
            return List.of();
        }
        return switch (field.kind()) {
            case LIST -> field.list();
            case SCALAR -> field.scalar().isEmpty() ? List.of() : List.of(field.scalar().split("\\s*[,，、;；]\\s*"));
            case MAP -> {
                problems.add(new VendorProblem(file, field.line(), name, Messages.get("vendor.notList", name)));
                yield List.of();
            }
        };
    }

    private static OptionalInt count(String file, Map<String, FrontMatter.Field> f, String name, List<VendorProblem> problems) {
        FrontMatter.Field field = f.get(name);
        if (field == null || field.kind() == FrontMatter.Kind.SCALAR && field.scalar().isEmpty()) {
            return OptionalInt.empty();
        }
        String v = field.kind() == FrontMatter.Kind.SCALAR ? field.scalar().strip() : field.list().toString();
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new VendorProblem(file, field.line(), name, Messages.get("vendor.badCount", v)));
        return OptionalInt.empty();
    }

    private static Optional<Boolean> flag(String file, Map<String, FrontMatter.Field> f, String name, List<VendorProblem> problems) {
        FrontMatter.Field field = f.get(name);
        if (field == null || field.kind() == FrontMatter.Kind.SCALAR && field.scalar().isEmpty()) {
            return Optional.empty();
        }
        String v = field.kind() == FrontMatter.Kind.SCALAR ? field.scalar().strip().toLowerCase(Locale.ROOT) : field.list().toString();
        if (TRUE.contains(v)) {
            return Optional.of(true);
        }
        if (FALSE.contains(v)) {
            return Optional.of(false);
        }
        problems.add(new VendorProblem(file, field.line(), name, Messages.get("vendor.badFlag", v)));
        return Optional.empty();
    }
}
