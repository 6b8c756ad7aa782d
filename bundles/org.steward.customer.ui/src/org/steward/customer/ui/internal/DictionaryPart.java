package org.steward.customer.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.steward.text.Lexicon;
import org.steward.text.UserLexicon;

/**
 * Edits the project's own domain terms and stop words ({@code dictionary/terms.txt}, {@code dictionary/stopwords.txt}
 * in the workspace folder). Saving checks every line first (a bad line is named and nothing is written); the next
 * analysis uses the files.
 */
public class DictionaryPart {
    public static final String ID = "org.steward.customer.ui.views.dictionary";
    static final String TERMS_ID = "customer.dictionary.terms";
    static final String STOP_ID = "customer.dictionary.stopwords";
    static final String STATUS_ID = "customer.dictionary.status";

    private Path project;
    private StyledText terms;
    private StyledText stopWords;
    private Label status;
    private Label projectLabel;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, true));
        projectLabel = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(projectLabel);
        Lexicon shipped = Lexicon.builtIn();
        Label shippedLabel = new Label(parent, SWT.NONE);
        shippedLabel.setText(NLS.bind(Messages.Shipped, shipped.terms().size(), shipped.stopWords().size()));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(shippedLabel);
        new Label(parent, SWT.WRAP).setText(Messages.DictTerms);
        new Label(parent, SWT.WRAP).setText(Messages.DictStop);
        terms = new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        terms.setData("steward.widget", TERMS_ID);
        terms.setData(DictionaryPart.class.getName(), this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(terms);
        stopWords = new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        stopWords.setData("steward.widget", STOP_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(stopWords);
        Button save = new Button(parent, SWT.PUSH);
        save.setText(Messages.Save);
        save.addListener(SWT.Selection, e -> save());
        status = new Label(parent, SWT.WRAP);
        status.setData("steward.widget", STATUS_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        setProject(Services.project());
    }

    /** Loads the project's files (empty editors when they do not exist yet). */
    void setProject(Path p) {
        project = p;
        projectLabel.setText(NLS.bind(Messages.DictProject, p));
        terms.setText(read(UserLexicon.terms(p)));
        stopWords.setText(read(UserLexicon.stopWords(p)));
        status.setText("");
    }

    private static String read(Path f) {
        try {
            return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Checks both texts and writes them; false (and a message naming the line) if a line is malformed. */
    boolean save() {
        Path t = UserLexicon.terms(project);
        Path s = UserLexicon.stopWords(project);
        try {
            Path check = Files.createTempDirectory("steward-dict");
            try {
                Path ct = check.resolve(UserLexicon.TERMS);
                Path cs = check.resolve(UserLexicon.STOP_WORDS);
                Files.createDirectories(ct.getParent());
                Files.writeString(ct, terms.getText(), StandardCharsets.UTF_8);
                Files.writeString(cs, stopWords.getText(), StandardCharsets.UTF_8);
                Lexicon merged;
                try {
                    merged = UserLexicon.forProject(check);
                } catch (IOException e) {
                    status.setText(NLS.bind(Messages.DictInvalid, String.valueOf(e.getMessage()).replace(check.toString(), project.toString())));
                    return false;
                }
                Files.createDirectories(t.getParent());
                Files.writeString(t, terms.getText(), StandardCharsets.UTF_8);
                Files.writeString(s, stopWords.getText(), StandardCharsets.UTF_8);
                Lexicon shipped = Lexicon.builtIn();
                status.setText(NLS.bind(Messages.DictSaved, merged.terms().size() - shipped.terms().size(),
                        merged.stopWords().size() - shipped.stopWords().size()));
                return true;
            } finally {
                for (Path p : List.of(check.resolve(UserLexicon.TERMS), check.resolve(UserLexicon.STOP_WORDS),
                        check.resolve("dictionary"), check)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.DictInvalid, e.getMessage()));
            return false;
        }
    }

    StyledText terms() {
        return terms;
    }

    StyledText stopWords() {
        return stopWords;
    }

    String statusText() {
        return status.getText();
    }
}
