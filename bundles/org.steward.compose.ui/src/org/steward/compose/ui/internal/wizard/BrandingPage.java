package org.steward.compose.ui.internal.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.steward.compose.ui.internal.Messages;
import org.steward.compose.ui.internal.composition.Branding;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.Perspective;
import org.steward.compose.ui.internal.composition.Problem;
import org.steward.compose.ui.internal.composition.UpdateSite;

/**
 * Page 3: name, id (derived from the name until edited), the first perspective (those the platform and the chosen
 * features contribute), splash and icon with a preview, output folder, offline; shows the command Finish runs.
 */
public class BrandingPage extends WizardPage {
    private static final Problem.Field[] FIELDS = {Problem.Field.NAME, Problem.Field.ID, Problem.Field.PERSPECTIVE,
        Problem.Field.SPLASH, Problem.Field.ICON, Problem.Field.OUT};

    private final ComposeWizard wizard;
    private final ComposeSettings settings;
    private Text name;
    private Text id;
    private boolean idEdited;
    private boolean deriving;
    private Combo perspective;
    private List<Perspective> perspectives = List.of();
    private Text splash;
    private Text icon;
    private PicturePreview splashPreview;
    private PicturePreview iconPreview;
    private Text out;
    private Button offline;
    private Text command;

    BrandingPage(ComposeWizard wizard, ComposeSettings settings) {
        super("branding");
        this.wizard = wizard;
        this.settings = settings;
        setTitle(Messages.Branding_title);
        setDescription(Messages.Branding_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        name = text(c, Messages.Branding_name, 2);
        id = text(c, Messages.Branding_id, 2);
        name.addModifyListener(e -> {
            if (!idEdited) {
                deriving = true;
                id.setText(Branding.idFrom(name.getText()));
                deriving = false;
            }
            validate();
        });
        id.addModifyListener(e -> {
            if (!deriving) {
                idEdited = !id.getText().isEmpty();
            }
            validate();
        });
        new Label(c, SWT.NONE).setText(Messages.Branding_perspective);
        perspective = new Combo(c, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(perspective);
        perspective.addListener(SWT.Selection, e -> validate());
        splash = fileRow(c, Messages.Branding_splash, Messages.Branding_chooseSplash, "*.bmp");
        splashPreview = preview(c, 128, 72);
        icon = fileRow(c, Messages.Branding_icon, Messages.Branding_chooseIcon, "*.png");
        iconPreview = preview(c, 48, 48);
        splash.addModifyListener(e -> {
            splashPreview.show(splash());
            validate();
        });
        icon.addModifyListener(e -> {
            iconPreview.show(icon());
            validate();
        });
        out = folderRow(c);
        out.setText(settings.out());
        out.addModifyListener(e -> validate());
        offline = new Button(c, SWT.CHECK);
        offline.setText(Messages.Branding_offline);
        offline.addListener(SWT.Selection, e -> validate());
        GridDataFactory.fillDefaults().span(3, 1).applyTo(offline);
        new Label(c, SWT.NONE).setText(Messages.Branding_command);
        command = new Text(c, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(500, 76).applyTo(command);
        setControl(c);
        featuresChanged();
    }

    /** A preview box of {@code width} x {@code height} under the file's text field. */
    private static PicturePreview preview(Composite c, int width, int height) {
        new Label(c, SWT.NONE);
        PicturePreview p = new PicturePreview(c, width, height);
        GridDataFactory.swtDefaults().span(2, 1).hint(width + 6, height + 6).applyTo(p.control());
        return p;
    }

    private Text text(Composite c, String label, int span) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false).applyTo(t);
        return t;
    }

    private Text fileRow(Composite c, String label, String chooseTitle, String extension) {
        Text t = text(c, label, 1);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Source_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setText(chooseTitle);
            dialog.setFilterExtensions(new String[] {extension, "*.*"});
            String chosen = dialog.open();
            if (chosen != null) {
                t.setText(chosen);
            }
        });
        return t;
    }

    private Text folderRow(Composite c) {
        Text t = text(c, Messages.Branding_out, 1);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Source_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText(Messages.Branding_chooseOut);
            dialog.setFilterPath(t.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                t.setText(chosen);
            }
        });
        return t;
    }

    /** The perspectives offered follow the chosen features (the selection is kept while still offered). */
    void featuresChanged() {
        if (perspective == null) {
            return;
        }
        Optional<String> selected = perspective();
        perspectives = UpdateSite.perspectives(wizard.contents(), wizard.featuresPage().chosen());
        List<String> items = new ArrayList<>(List.of(Messages.Branding_defaultPerspective));
        perspectives.forEach(p -> items.add(p.name() + " (" + p.id() + ")"));
        perspective.setItems(items.toArray(String[]::new));
        int index = selected.map(s -> perspectives.stream().map(Perspective::id).toList().indexOf(s)).orElse(-1);
        perspective.select(index + 1);
        validate();
    }

    private void validate() {
        if (command == null) {
            return;
        }
        Composition c = wizard.composition();
        command.setText(String.join(" ", c.command().stream().map(BrandingPage::quoted).toList()));
        List<Problem> problems = c.problems(FIELDS);
        setErrorMessage(problems.isEmpty() ? null : problems.get(0).message());
        setPageComplete(problems.isEmpty());
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./,:=-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    public String name() {
        return name == null ? "" : name.getText().trim();
    }

    public String id() {
        return id == null ? "" : id.getText().trim();
    }

    /** The chosen perspective; empty: the default (the Steward perspective). */
    public Optional<String> perspective() {
        if (perspective == null || perspective.getSelectionIndex() <= 0) {
            return Optional.empty();
        }
        return Optional.of(perspectives.get(perspective.getSelectionIndex() - 1).id());
    }

    public Optional<Path> splash() {
        return file(splash);
    }

    public Optional<Path> icon() {
        return file(icon);
    }

    private static Optional<Path> file(Text t) {
        return t == null || t.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(t.getText().trim()));
    }

    public Path out() {
        return out == null || out.getText().isBlank() ? Path.of("") : Path.of(out.getText().trim());
    }

    public boolean offline() {
        return offline != null && offline.getSelection();
    }

    /** The perspective ids the combo offers besides the default. */
    public List<String> perspectiveIds() {
        return perspectives.stream().map(Perspective::id).toList();
    }

    /** The command line as the page shows it. */
    public String commandText() {
        return command.getText();
    }

    public boolean previewShown(boolean ofSplash) {
        return (ofSplash ? splashPreview : iconPreview).hasPicture();
    }

    // tests fill the page as a user would type
    public void setName(String text) {
        name.setText(text);
    }

    public void setId(String text) {
        id.setText(text);
    }

    public void setPerspective(String perspectiveId) {
        perspective.select(perspectiveIds().indexOf(perspectiveId) + 1);
        validate();
    }

    public void setSplash(String file) {
        splash.setText(file);
    }

    public void setIcon(String file) {
        icon.setText(file);
    }

    public void setOut(String folder) {
        out.setText(folder);
    }

    public void setOffline(boolean yes) {
        offline.setSelection(yes);
        validate();
    }
}
