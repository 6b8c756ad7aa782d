package org.steward.workbench.p2.internal.ui;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.p2.internal.FeatureInstaller;
import org.steward.workbench.p2.internal.SiteFeature;
import org.steward.workbench.p2.internal.SiteLocation;
import java.util.function.Function;

/** First page: the update site's location and its features, to tick. */
public final class SitePage extends WizardPage {

    static final String WIDGET = "steward.widget";

    private final FeatureInstaller installer;
    private Text location;
    private CheckboxTableViewer table;
    private URI site;

    SitePage(FeatureInstaller installer) {
        super("site");
        this.installer = installer;
        setTitle(Messages.Site_title);
        setDescription(Messages.Site_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        new Label(root, SWT.NONE).setText(Messages.Site_location);
        location = new Text(root, SWT.BORDER);
        location.setData(WIDGET, "p2.site.location");
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(location);
        location.addListener(SWT.DefaultSelection, e -> load());
        button(root, Messages.Site_browseFolder, "p2.site.folder", () -> new DirectoryDialog(getShell()).open());
        button(root, Messages.Site_browseArchive, "p2.site.archive", () -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.zip;*.jar"});
            return d.open();
        });
        Button load = new Button(root, SWT.PUSH);
        load.setText(Messages.Site_load);
        load.setData(WIDGET, "p2.site.load");
        load.addListener(SWT.Selection, e -> load());
        table = CheckboxTableViewer.newCheckList(root, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setData(WIDGET, "p2.site.features");
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Site_columnName, 220, SiteFeature::name);
        column(Messages.Site_columnId, 220, SiteFeature::id);
        column(Messages.Site_columnVersion, 140, SiteFeature::version);
        column(Messages.Site_columnProvider, 140, SiteFeature::provider);
        table.addCheckStateListener(e -> update());
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).hint(SWT.DEFAULT, 220).applyTo(table.getControl());
        setControl(root);
    }

    /** Reads the site in the location field and lists its features; also what the UI tests call. */
    public void load(String text) {
        location.setText(text);
        load();
    }

    private void load() {
        List<SiteFeature> found = new ArrayList<>();
        try {
            URI uri = SiteLocation.parse(location.getText());
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(NLS.bind(Messages.Site_loading, uri), 2);
                try {
                    found.addAll(installer.features(uri, monitor));
                } catch (InstallException e) {
                    throw new InvocationTargetException(e);
                }
            });
            site = uri;
            table.setInput(found);
            setErrorMessage(null);
            setMessage(found.isEmpty() ? Messages.Site_none : NLS.bind(Messages.Site_found, found.size(), uri));
        } catch (InstallException e) {
            fail(e.getMessage());
        } catch (InvocationTargetException e) {
            fail(e.getCause().getMessage());
        } catch (InterruptedException e) {
            fail(e.toString());
        }
        update();
    }

    private void fail(String message) {
        site = null;
        table.setInput(List.of());
        setErrorMessage(message);
    }

    private void update() {
        boolean chosen = table.getCheckedElements().length > 0;
        setPageComplete(site != null && chosen);
        if (site != null && !chosen && getErrorMessage() == null) {
            setMessage(Messages.Site_choose);
        }
    }

    URI site() {
        return site;
    }

    List<SiteFeature> chosen() {
        List<SiteFeature> list = new ArrayList<>();
        for (Object o : table.getCheckedElements()) {
            list.add((SiteFeature) o);
        }
        return list;
    }

    /** Ticks the features with these ids (UI tests). */
    public void check(List<String> ids) {
        for (Object o : (List<?>) table.getInput()) {
            table.setChecked(o, ids.contains(((SiteFeature) o).id()));
        }
        update();
    }

    private void button(Composite root, String text, String id, java.util.function.Supplier<String> chooser) {
        Button b = new Button(root, SWT.PUSH);
        b.setText(text);
        b.setData(WIDGET, id);
        b.addListener(SWT.Selection, e -> {
            String chosen = chooser.get();
            if (chosen != null) {
                load(chosen);
            }
        });
    }

    private void column(String title, int width, Function<SiteFeature, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SiteFeature) element);
            }
        });
    }
}
