package org.steward.competitor.ui.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.WorkspaceException;

/**
 * Edits one record's value chain: the nine activities with strength 1–5, description and evidence. Checked as you
 * type (the error names the field); Save writes the record file through the workspace (a Git commit); Revert drops
 * the unsaved edits. Choosing another record also drops them.
 */
public class ChainEditorPart {
    public static final String ID = "org.steward.competitor.ui.views.chain";
    public static final String RECORD_ID = "competitor.chain.record";
    public static final String ERRORS_ID = "competitor.chain.errors";
    public static final String SAVE_ID = "competitor.chain.save";

    private Combo record;
    private Label file;
    private final Map<Activity, Text> scores = new EnumMap<>(Activity.class);
    private final Map<Activity, Text> descriptions = new EnumMap<>(Activity.class);
    private final Map<Activity, Text> evidence = new EnumMap<>(Activity.class);
    private Label errors;
    private Button save;
    private Button revert;
    private Color bad;
    private java.util.Optional<Competitor> shown = java.util.Optional.empty();
    private ChainForm loaded = new ChainForm();
    private boolean filling;
    @Inject
    @Optional
    private MDirtyable part;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        bad = new Color(255, 210, 210);
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Chain_record);
        record = Widgets.id(new Combo(bar, SWT.READ_ONLY), RECORD_ID);
        record.setData(ChainEditorPart.class.getName(), this);
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(record);
        record.addListener(SWT.Selection, e -> {
            if (record.getSelectionIndex() >= 0) {
                CompetitorSession.get().select(record.getItem(record.getSelectionIndex()));
            }
        });
        file = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);

        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        Composite grid = new Composite(scroll, SWT.NONE);
        grid.setLayout(new GridLayout(4, false));
        header(grid, Messages.Chain_activity);
        header(grid, Messages.Chain_score);
        header(grid, Messages.Chain_description);
        header(grid, Messages.Chain_evidence);
        boolean primary = true;
        for (Activity a : Activity.values()) {
            if (a.primary() != primary || a == Activity.INBOUND_LOGISTICS) {
                Label band = new Label(grid, SWT.NONE);
                band.setText(a.primary() ? Messages.Chain_primary : Messages.Chain_support);
                band.setFont(JFaceResources.getBannerFont());
                GridDataFactory.fillDefaults().span(4, 1).indent(0, 6).applyTo(band);
                primary = a.primary();
            }
            Label name = new Label(grid, SWT.NONE);
            name.setText(Terms.name(a));
            Text s = Widgets.id(new Text(grid, SWT.BORDER | SWT.CENTER), "competitor.chain.score." + a.id());
            GridDataFactory.fillDefaults().hint(40, SWT.DEFAULT).applyTo(s);
            s.setToolTipText(Messages.bind(Messages.Chain_scoreHint, ChainForm.field(a)));
            Text d = Widgets.id(new Text(grid, SWT.BORDER), "competitor.chain.description." + a.id());
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(d);
            Text ev = Widgets.id(new Text(grid, SWT.BORDER), "competitor.chain.evidence." + a.id());
            GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(ev);
            scores.put(a, s);
            descriptions.put(a, d);
            evidence.put(a, ev);
            for (Text t : List.of(s, d, ev)) {
                t.addListener(SWT.Modify, e -> changed());
            }
        }
        scroll.setContent(grid);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));

        errors = Widgets.id(new Label(parent, SWT.WRAP), ERRORS_ID);
        errors.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(errors);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        save = Widgets.button(buttons, Messages.Chain_save, SAVE_ID, this::saveWithDialog);
        revert = Widgets.button(buttons, Messages.Chain_revert, "competitor.chain.revert", this::revert);
        parent.addDisposeListener(e -> bad.dispose());
        Widgets.follow(record, this::refresh);
        refresh();
    }

    private static void header(Composite grid, String text) {
        Label l = new Label(grid, SWT.NONE);
        l.setText(text);
        l.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
    }

    /**
     * Shows the selected record (or the first). Unsaved edits are kept while the same record is shown and its file did
     * not change; choosing another record with unsaved edits asks first (No keeps the edited record).
     */
    public void refresh() {
        CompetitorSession s = CompetitorSession.get();
        List<Competitor> all = s.set().competitors();
        record.setItems(all.stream().map(Competitor::name).toArray(String[]::new));
        java.util.Optional<Competitor> c = s.selected().or(() -> all.stream().findFirst());
        boolean same = c.isPresent() && shown.isPresent() && c.get().name().equals(shown.get().name());
        if (!same && dirty() && shown.isPresent() && s.find(shown.get().name()).isPresent()
                && !MessageDialog.openQuestion(record.getShell(), Messages.Chain_discardTitle,
                        Messages.bind(Messages.Chain_discard, shown.get().name()))) {
            s.select(shown.get().name()); // back to the edited record; its refresh keeps the edits
            return;
        }
        if (!same || !dirty() || !ChainForm.of(c.get()).equals(loaded)) {
            show(c);
        } else {
            record.select(all.indexOf(c.get()));
        }
    }

    private void show(java.util.Optional<Competitor> c) {
        shown = c;
        loaded = c.map(ChainForm::of).orElseGet(ChainForm::new);
        record.select(c.map(x -> CompetitorSession.get().set().competitors().indexOf(x)).orElse(-1));
        file.setText(c.map(x -> CompetitorSession.get().folder().resolve(x.origin().file()).toString()).orElse(Messages.Chain_none));
        filling = true;
        try {
            for (Activity a : Activity.values()) {
                ChainForm.Row r = loaded.row(a);
                scores.get(a).setText(r.score());
                descriptions.get(a).setText(r.description());
                evidence.get(a).setText(r.evidence());
            }
        } finally {
            filling = false;
        }
        changed();
    }

    /** The form as typed. */
    public ChainForm form() {
        ChainForm f = new ChainForm();
        for (Activity a : Activity.values()) {
            f.set(a, new ChainForm.Row(scores.get(a).getText(), descriptions.get(a).getText(), evidence.get(a).getText()));
        }
        return f;
    }

    public boolean dirty() {
        return shown.isPresent() && !form().rowsEqual(loaded);
    }

    private void changed() {
        if (filling) {
            return;
        }
        ChainForm.Outcome o = form().check();
        for (Activity a : Activity.values()) {
            boolean wrong = o.problems().stream().anyMatch(p -> p.activity() == a);
            scores.get(a).setBackground(wrong ? bad : null);
        }
        errors.setText(o.problems().stream().map(ChainForm.Problem::message).collect(Collectors.joining("\n")));
        errors.getParent().layout(true, true);
        save.setEnabled(shown.isPresent() && o.ok() && dirty());
        revert.setEnabled(dirty());
        if (part != null) {
            part.setDirty(dirty());
        }
    }

    /** Types into a score field (tests). */
    public void setScore(Activity a, String text) {
        scores.get(a).setText(text);
    }

    public void setDescription(Activity a, String text) {
        descriptions.get(a).setText(text);
    }

    public String errorText() {
        return errors.getText();
    }

    public boolean canSave() {
        return save.getEnabled();
    }

    public java.util.Optional<Competitor> shown() {
        return shown;
    }

    /** Saves when valid; returns the commit, or empty when there was nothing valid to save. */
    public java.util.Optional<CommitInfo> save() throws WorkspaceException, IOException {
        ChainForm.Outcome o = form().check();
        if (shown.isEmpty() || !o.ok()) {
            return java.util.Optional.empty();
        }
        Competitor c = shown.get();
        CommitInfo commit = CompetitorSession.get().saveChain(c, o.chain());
        show(CompetitorSession.get().find(c.name()));
        return java.util.Optional.of(commit);
    }

    /** File › Save (Ctrl+S) while the view is active. */
    @Persist
    public void persist() {
        saveWithDialog();
    }

    private void saveWithDialog() {
        if (!form().check().ok()) {
            MessageDialog.openError(record.getShell(), Messages.Chain_save, Messages.bind(Messages.Save_failed, errors.getText()));
            return;
        }
        try {
            save();
        } catch (WorkspaceException | IOException | RuntimeException e) {
            MessageDialog.openError(record.getShell(), Messages.Chain_save, Messages.bind(Messages.Save_failed, e.getMessage()));
        }
    }

    /** Drops the unsaved edits: the fields show the record as saved. */
    public void revert() {
        show(shown.flatMap(c -> CompetitorSession.get().find(c.name())));
    }
}
