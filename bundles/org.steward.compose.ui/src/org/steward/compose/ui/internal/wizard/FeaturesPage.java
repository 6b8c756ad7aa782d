package org.steward.compose.ui.internal.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.steward.compose.ui.internal.Messages;
import org.steward.compose.ui.internal.composition.Problem;
import org.steward.compose.ui.internal.composition.SiteFeature;
import org.steward.compose.ui.internal.composition.UpdateSite;

/** Page 2: the features of the update site with the models each brings; at least one must be checked. */
public class FeaturesPage extends WizardPage {
    public static final String TABLE_ID = "compose.features";

    private final ComposeWizard wizard;
    private final Set<String> chosen = new LinkedHashSet<>();
    private List<SiteFeature> offered = List.of();
    private Table table;

    FeaturesPage(ComposeWizard wizard) {
        super("features");
        this.wizard = wizard;
        setTitle(Messages.Features_title);
        setDescription(Messages.Features_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        table = new Table(c, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("steward.widget", TABLE_ID);
        for (String title : new String[] {Messages.Features_feature, Messages.Features_id, Messages.Features_version,
                Messages.Features_models}) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                String id = ((SiteFeature) item.getData()).id();
                if (item.getChecked()) {
                    chosen.add(id);
                } else {
                    chosen.remove(id);
                }
                validate();
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 300).applyTo(table);
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            refresh();
        }
        super.setVisible(visible);
    }

    /** Fills the table from the site the first page chose (keeps the checks of features still offered). */
    void refresh() {
        offered = UpdateSite.offered(wizard.contents());
        chosen.retainAll(offered.stream().map(SiteFeature::id).toList());
        table.removeAll();
        for (SiteFeature f : offered) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(f);
            item.setText(new String[] {f.label(), f.id(), f.version(),
                    f.models().isEmpty() ? Messages.Features_noModels : String.join(", ", f.models())});
            item.setChecked(chosen.contains(f.id()));
        }
        for (TableColumn col : table.getColumns()) {
            col.pack();
        }
        validate();
    }

    private void validate() {
        if (chosen.isEmpty()) {
            String message = wizard.composition().problems(Problem.Field.FEATURES).stream().map(Problem::message)
                    .findFirst().orElse("");
            setErrorMessage(message);
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        long models = offered.stream().filter(f -> chosen.contains(f.id())).mapToLong(f -> f.models().size()).sum();
        setMessage(NLS.bind(Messages.Features_chosen, chosen.size(), models));
        setPageComplete(true);
        wizard.brandingPage().featuresChanged();
    }

    /** The checked feature ids, in the order of the table. */
    public List<String> chosen() {
        List<String> ids = new ArrayList<>();
        for (SiteFeature f : offered) {
            if (chosen.contains(f.id())) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    /** Checks exactly the features {@code ids} (tests; the user clicks the boxes). */
    public void choose(String... ids) {
        chosen.clear();
        chosen.addAll(Arrays.asList(ids));
        for (TableItem item : table.getItems()) {
            item.setChecked(chosen.contains(((SiteFeature) item.getData()).id()));
        }
        validate();
    }

    /** The rows as shown: label, id, version, models. */
    public List<String[]> rows() {
        return Arrays.stream(table.getItems())
                .map(i -> new String[] {i.getText(0), i.getText(1), i.getText(2), i.getText(3)}).toList();
    }
}
