package org.steward.customer.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.steward.customer.Transcript;
import org.steward.text.TextRejectedException;

/**
 * The transcripts of the folder (left) and the selected one in an editor (right) with the analysis keywords
 * highlighted; the line above says the detected encoding and the speaker turns found. Saving writes UTF-8.
 */
final class TranscriptEditor {
    static final String LIST_ID = "customer.transcripts";
    static final String TEXT_ID = "customer.transcript.text";
    static final String INFO_ID = "customer.transcript.info";

    private final List files;
    private final Label info;
    private final StyledText text;
    private final Color highlight;
    private Optional<Path> folder = Optional.empty();
    private Optional<Path> current = Optional.empty();
    private java.util.List<String> keywords = java.util.List.of();

    TranscriptEditor(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        files = new List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        files.setData("steward.widget", LIST_ID);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        info = new Label(right, SWT.WRAP);
        info.setData("steward.widget", INFO_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(info);
        text = new StyledText(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setData("steward.widget", TEXT_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        sash.setWeights(1, 3);
        highlight = new Color(255, 236, 139);
        text.addDisposeListener(e -> highlight.dispose());
        files.addListener(SWT.Selection, e -> {
            int i = files.getSelectionIndex();
            if (i >= 0) {
                folder.ifPresent(f -> open(f.resolve(files.getItem(i))));
            }
        });
    }

    Composite control() {
        return text.getParent().getParent();
    }

    /** Lists the folder's transcripts. */
    void setFolder(Path f, java.util.List<String> names) {
        folder = Optional.of(f);
        files.setItems(names.toArray(new String[0]));
    }

    /** Words to highlight (longer ones win where they overlap). */
    void setKeywords(java.util.List<String> words) {
        keywords = words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        highlight();
    }

    /** Opens a transcript: detects its encoding, shows the text, highlights the keywords. */
    void open(Path file) {
        try {
            Transcript t = Transcript.read(file);
            current = Optional.of(file);
            text.setText(t.text());
            info.setText(NLS.bind(Messages.Encoding, new Object[] {file.getFileName(), t.encoding(), t.text().length(), t.turns().size(),
                    String.join(", ", t.speakers().stream().limit(8).toList())}));
            int index = files.indexOf(folder.map(f -> f.relativize(file).toString().replace('\\', '/')).orElse(""));
            if (index >= 0) {
                files.setSelection(index);
            }
            highlight();
        } catch (IOException | TextRejectedException e) {
            info.setText(NLS.bind(Messages.ImportFailed, file.getFileName(), e.getMessage()));
        }
        info.getParent().layout();
    }

    /**
     * Reads a file in any supported encoding and saves it as UTF-8 in the folder (same name, .txt for other
     * extensions); the info line says which encoding was detected.
     *
     * @return the saved copy
     */
    Optional<Path> importFile(Path source) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            Transcript t = Transcript.read(source);
            String name = source.getFileName().toString();
            if (!name.endsWith(".md") && !name.endsWith(".txt")) {
                name = name + ".txt";
            }
            Path target = folder.get().resolve(name);
            if (!target.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
                Files.writeString(target, t.text(), StandardCharsets.UTF_8);
            }
            if (files.indexOf(name) < 0) {
                files.add(name);
            }
            open(target);
            info.setText(NLS.bind(Messages.Imported, new Object[] {source.getFileName(), t.encoding(), folder.get()}));
            info.getParent().layout();
            return Optional.of(target);
        } catch (IOException | TextRejectedException e) {
            info.setText(NLS.bind(Messages.ImportFailed, source.getFileName(), e.getMessage()));
            info.getParent().layout();
            return Optional.empty();
        }
    }

    /** Writes the edited text back as UTF-8. */
    void save() {
        current.ifPresent(f -> {
            try {
                Files.writeString(f, text.getText(), StandardCharsets.UTF_8);
                info.setText(NLS.bind(Messages.Saved, f.getFileName()));
            } catch (IOException e) {
                info.setText(NLS.bind(Messages.ImportFailed, f.getFileName(), e.getMessage()));
            }
        });
    }

    private void highlight() {
        String s = text.getText();
        boolean[] taken = new boolean[s.length()];
        java.util.List<StyleRange> ranges = new ArrayList<>();
        for (String k : keywords) {
            int from = 0;
            int at;
            while (!k.isEmpty() && (at = s.indexOf(k, from)) >= 0) {
                boolean free = true;
                for (int i = at; i < at + k.length(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = at; i < at + k.length(); i++) {
                        taken[i] = true;
                    }
                    StyleRange r = new StyleRange(at, k.length(), null, highlight, SWT.BOLD);
                    ranges.add(r);
                }
                from = at + k.length();
            }
        }
        ranges.sort(Comparator.comparingInt(r -> r.start));
        text.setStyleRanges(ranges.toArray(new StyleRange[0]));
    }

    StyledText text() {
        return text;
    }

    Label info() {
        return info;
    }

    Optional<Path> current() {
        return current;
    }
}
