package org.steward.crm.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The top row every CRM view shares: which project it shows, and a button that reads it again. */
public final class ProjectBar {

    private ProjectBar() {
    }

    /** Lays out {@code parent} as one column, adds the row and returns its label (the caller sets its text). */
    public static Label create(Composite parent, Runnable reload) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Label projectLabel = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(projectLabel);
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(Messages.Project_refresh);
        refresh.addListener(SWT.Selection, e -> reload.run());
        return projectLabel;
    }
}
