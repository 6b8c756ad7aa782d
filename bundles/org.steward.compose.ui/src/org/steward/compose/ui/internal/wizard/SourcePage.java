package org.steward.compose.ui.internal.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.steward.compose.ui.internal.Messages;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.Problem;
import org.steward.compose.ui.internal.composition.SiteContents;
import org.steward.compose.ui.internal.composition.StewardHome;
import org.steward.compose.ui.internal.composition.UpdateSite;

/** Page 1: the Steward folder (compose.sh, built site and node) and, optionally, another update site. */
public class SourcePage extends WizardPage {
    private final ComposeWizard wizard;
    private final ComposeSettings settings;
    private Text home;
    private Text site;
    private Label details;

    SourcePage(ComposeWizard wizard, ComposeSettings settings) {
        super("source");
        this.wizard = wizard;
        this.settings = settings;
        setTitle(Messages.Source_title);
        setDescription(Messages.Source_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        home = folderRow(c, Messages.Source_home, Messages.Source_homeHint, Messages.Source_chooseHome);
        site = folderRow(c, Messages.Source_site, Messages.Source_siteHint, Messages.Source_chooseSite);
        details = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(600, SWT.DEFAULT).applyTo(details);
        home.setText(settings.home());
        site.setText(settings.site());
        home.addModifyListener(e -> validate());
        site.addModifyListener(e -> validate());
        setControl(c);
        validate();
    }

    private Text folderRow(Composite c, String label, String hint, String chooseTitle) {
        new Label(c, SWT.NONE).setText(label);
        Text text = new Text(c, SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Source_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText(chooseTitle);
            dialog.setFilterPath(text.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    public StewardHome home() {
        return new StewardHome(Path.of(homeText()));
    }

    /** The update site: the one typed, else the one built in the Steward folder. */
    public Path site() {
        return siteText().isBlank() ? home().site() : Path.of(siteText()).toAbsolutePath().normalize();
    }

    String homeText() {
        return home.getText().trim();
    }

    String siteText() {
        return site.getText().trim();
    }

    public void setHome(String folder) {
        home.setText(folder);
    }

    public void setSite(String folder) {
        site.setText(folder);
    }

    /** Checks the folders; when they are good, reads the site's features for the next page. */
    void validate() {
        if (homeText().isEmpty()) {
            show(List.of(new Problem(Problem.Field.SOURCE, Messages.Source_chooseHome)), List.of());
            return;
        }
        List<Problem> problems = Composition.sourceProblems(home(), site());
        if (!problems.isEmpty()) {
            show(problems, List.of());
            return;
        }
        SiteContents contents = wizard.contents(site());
        if (UpdateSite.offered(contents).isEmpty()) {
            show(List.of(new Problem(Problem.Field.REPOSITORY, NLS.bind(Messages.Source_noFeatures, site()))),
                    contents.problems());
            return;
        }
        show(List.of(), contents.problems());
        setMessage(NLS.bind(Messages.Source_found, UpdateSite.offered(contents).size(), site()));
    }

    private void show(List<Problem> problems, List<String> siteProblems) {
        List<String> lines = new ArrayList<>(problems.stream().map(Problem::message).toList());
        if (!siteProblems.isEmpty()) {
            lines.add(Messages.Source_siteProblems);
            lines.addAll(siteProblems);
        }
        details.setText(String.join("\n", lines).replace("&", "&&")); // a label's & marks a mnemonic
        details.getParent().layout(true, true);
        setErrorMessage(problems.isEmpty() ? null : problems.get(0).message());
        setPageComplete(problems.isEmpty());
        if (problems.isEmpty()) {
            setMessage(null);
        }
    }

    /** The text under the folders: every problem, each saying what is missing and how to make it. */
    public String details() {
        return details.getText().replace("&&", "&");
    }
}
