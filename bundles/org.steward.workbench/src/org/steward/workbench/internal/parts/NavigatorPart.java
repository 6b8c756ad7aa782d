package org.steward.workbench.internal.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.runtime.CatalogListener;
import org.steward.core.runtime.ModelCatalog;
import org.steward.workbench.internal.Messages;
import org.steward.workbench.internal.contributions.WorkbenchContributions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Lists every analysis model of the catalogue, grouped by category, and opens one on double-click or Enter.
 * Follows the catalogue live: models of bundles that come or go appear or vanish at once.
 */
public class NavigatorPart {

    /** {@code getData(WIDGET_ID)} of the navigator's tree, for tests and accessibility tools. */
    public static final String WIDGET_ID = "steward.widget";
    public static final String TREE_ID = "steward.navigator.tree";

    @Inject
    EPartService partService;
    @Inject
    EModelService modelService;
    @Inject
    MWindow window;
    @Inject
    @Optional
    WorkbenchContributions contributions;

    private TreeViewer viewer;
    private Label status;
    private ServiceTracker<ModelCatalog, ModelCatalog> catalogs;
    private volatile ModelCatalog catalog;
    private AutoCloseable listenerRegistration;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setData(WIDGET_ID, TREE_ID);
        viewer.setContentProvider(new ModelTree.Content());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof ModelTree.Category c) {
                    return c.name();
                }
                return element instanceof ModelDescriptor d ? d.name() : String.valueOf(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof ModelDescriptor d
                        ? d.name() + " " + d.version() + " (" + d.id() + ")\n" + d.description() : null;
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                String key = element instanceof ModelTree.Category ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_ELEMENT;
                return PlatformUI.getWorkbench().getSharedImages().getImage(key);
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        // JFace reports both a double-click and Enter (SWT default selection) as a double-click.
        viewer.addDoubleClickListener(e -> openSelection());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        viewer.setInput(ModelTree.of(List.of()));
        status.setText(Messages.Navigator_waiting);

        catalogs = new ServiceTracker<>(Services.context(), ModelCatalog.class, null) {
            @Override
            public ModelCatalog addingService(ServiceReference<ModelCatalog> reference) {
                ModelCatalog c = super.addingService(reference);
                if (c != null && catalog == null) {
                    attach(c);
                }
                return c;
            }

            @Override
            public void removedService(ServiceReference<ModelCatalog> reference, ModelCatalog c) {
                if (c == catalog) {
                    detach();
                }
                super.removedService(reference, c);
            }
        };
        catalogs.open();
    }

    private void attach(ModelCatalog c) {
        catalog = c;
        listenerRegistration = c.addListener(new CatalogListener() {
            @Override
            public void modelAdded(ModelDescriptor model) {
                refreshLater();
            }

            @Override
            public void modelRemoved(ModelDescriptor model) {
                refreshLater();
            }
        });
        refreshLater();
    }

    private void detach() {
        closeListener();
        catalog = null;
        refreshLater();
    }

    /** Called from any thread: the catalogue tells us on the thread that changed the service registry. */
    private void refreshLater() {
        Display display = viewer.getControl().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        ModelCatalog c = catalog;
        List<ModelDescriptor> models = c == null ? List.of() : c.models();
        viewer.setInput(ModelTree.of(models));
        viewer.expandAll();
        status.setText(c == null ? Messages.Navigator_waiting
                : models.isEmpty() ? Messages.Navigator_empty : org.eclipse.osgi.util.NLS.bind(Messages.Navigator_count, models.size()));
        status.getParent().layout();
    }

    private void openSelection() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (selected instanceof ModelDescriptor model) {
            new ModelOpener(contributions, partService, modelService, window).open(model);
        } else if (selected instanceof ModelTree.Category) {
            Object element = selected;
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    /** The tree viewer (for tests). */
    public TreeViewer viewer() {
        return viewer;
    }

    @PreDestroy
    public void dispose() {
        closeListener();
        if (catalogs != null) {
            catalogs.close();
        }
    }

    private void closeListener() {
        AutoCloseable r = listenerRegistration;
        listenerRegistration = null;
        if (r != null) {
            try {
                r.close();
            } catch (Exception e) {
                // nothing left to undo
            }
        }
    }
}
