package org.steward.crm.ui.internal.board;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.steward.crm.analytics.CrmAnalytics;
import org.steward.crm.analytics.CrmInputException;
import org.steward.crm.analytics.CrmReport;
import org.steward.crm.analytics.Problem;
import org.steward.crm.analytics.RecordFolder;
import org.steward.crm.ui.internal.CrmProject;
import org.steward.crm.ui.internal.Messages;
import org.steward.crm.ui.internal.ProjectBar;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.WorkspaceException;

/**
 * The opportunity pipeline as a board: one column per stage (then the lost stage) with its probability, count and
 * weighted value; one card per opportunity; the open pipeline's weighted total on top. Moving a card (drag and drop,
 * or its context menu) saves the record through the workspace: a Git commit.
 */
public class PipelineBoardPart {
    public static final String ID = "org.steward.crm.ui.views.pipeline";
    public static final String TOTAL_ID = "crm.board.total";
    public static final String STATUS_ID = "crm.board.status";
    public static final String COLUMN_ID = "crm.board.column";
    public static final String STAGE = "crm.board.stage";

    private Path project;
    private Label projectLabel;
    private Label total;
    private Label status;
    private ScrolledComposite scroll;
    private Composite columns;
    private CrmReport report;

    @PostConstruct
    public void create(Composite parent) {
        project = CrmProject.folder();
        projectLabel = ProjectBar.create(parent, this::reload);
        total = new Label(parent, SWT.NONE);
        total.setData("steward.widget", TOTAL_ID);
        total.setData(PipelineBoardPart.class.getName(), this);
        total.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(total);
        scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        status = new Label(parent, SWT.WRAP);
        status.setData("steward.widget", STATUS_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        reload();
    }

    /** Shows the records of another folder (tests, or a project chosen elsewhere). */
    public void setProject(Path folder) {
        project = folder;
        reload();
    }

    /** Reads the records again and redraws the board. */
    public void reload() {
        projectLabel.setText(NLS.bind(Messages.Project_label, project));
        if (columns != null) {
            columns.dispose();
        }
        columns = new Composite(scroll, SWT.NONE);
        scroll.setContent(columns);
        try {
            RecordFolder.Loaded loaded = RecordFolder.read(project);
            report = CrmAnalytics.analyse(loaded.data(), loaded.settings());
            draw();
            List<Problem> problems = loaded.data().problems();
            status.setText(problems.isEmpty() ? "" : NLS.bind(Messages.Project_problems, problems.size(),
                    String.join("; ", problems.stream().map(Problem::toString).toList())));
        } catch (CrmInputException e) {
            report = null;
            total.setText("");
            status.setText(NLS.bind(Messages.Project_unreadable, e.getMessage()));
        }
        columns.layout(true, true);
        scroll.setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        total.getParent().layout(true, true);
    }

    private void draw() {
        List<String> stages = report.settings().stageNames();
        columns.setLayout(new GridLayout(stages.size(), true));
        Map<String, CrmReport.StageRow> rows = new LinkedHashMap<>();
        report.pipeline().stages().forEach(r -> rows.put(r.stage(), r));
        for (String stage : stages) {
            CrmReport.StageRow row = rows.get(stage);
            Composite column = new Composite(columns, SWT.NONE);
            column.setData("steward.widget", COLUMN_ID);
            column.setData(STAGE, stage);
            column.setLayout(new GridLayout(1, false));
            GridDataFactory.fillDefaults().grab(true, true).hint(170, SWT.DEFAULT).applyTo(column);
            Label head = new Label(column, SWT.WRAP);
            head.setText(NLS.bind(Messages.Board_column, stage, Math.round(row.probability() * 100) + "%"));
            head.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
            Label sum = new Label(column, SWT.WRAP);
            sum.setText(row.count() + " · " + Card.yuan(row.weightedYuan()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(sum);
            for (CrmReport.DealValue v : report.pipeline().deals()) {
                if (v.deal().stage().equals(stage)) {
                    Card.create(column, v, customerName(v.deal().customer()), stages, this::moveAndShow);
                }
            }
            DropTarget target = new DropTarget(column, DND.DROP_MOVE);
            target.setTransfer(new Transfer[] {TextTransfer.getInstance()});
            target.addDropListener(new DropTargetAdapter() {
                @Override
                public void drop(DropTargetEvent event) {
                    if (event.data instanceof String path) {
                        moveAndShow(path, stage);
                    }
                }
            });
        }
        CrmReport.Pipeline p = report.pipeline();
        total.setText(NLS.bind(Messages.Board_total, new Object[] {p.open(), Card.yuan(p.weightedYuan()), Card.yuan(p.openAmountYuan()),
                p.unvalued()}));
    }

    /** The name of the customer an opportunity names by id or name; the reference itself when no record matches. */
    private String customerName(String ref) {
        return report.data().accounts().stream().filter(a -> a.isNamed(ref)).map(a -> a.name()).findFirst().orElse(ref);
    }

    /** From a drop or a menu: commit now, redraw after the event (the card that fired it is disposed by the redraw). */
    private void moveAndShow(String recordPath, String stage) {
        String message;
        try {
            CommitInfo c = StageMove.move(project, recordPath, stage);
            message = NLS.bind(Messages.Board_moved, new Object[] {recordPath, stage, c.id().substring(0, Math.min(7, c.id().length()))});
        } catch (WorkspaceException | IllegalArgumentException e) {
            message = NLS.bind(Messages.Board_moveFailed, recordPath, e.getMessage());
        }
        String shown = message;
        status.getDisplay().asyncExec(() -> {
            if (!status.isDisposed()) {
                reload();
                status.setText(shown);
                status.getParent().layout(true, true);
            }
        });
    }

    /** Moves an opportunity to a stage (a commit) and redraws the board; the commit made. */
    public CommitInfo move(String recordPath, String stage) throws WorkspaceException {
        CommitInfo c = StageMove.move(project, recordPath, stage);
        reload();
        return c;
    }

    /** The record paths of the cards in each column, in column order. */
    public Map<String, List<String>> cardsByStage() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Control column : columns.getChildren()) {
            List<String> cards = new ArrayList<>();
            for (Control c : ((Composite) column).getChildren()) {
                if (c.getData(Card.RECORD) instanceof String path) {
                    cards.add(path);
                }
            }
            out.put((String) column.getData(STAGE), cards);
        }
        return out;
    }

    /** The weighted value of the open pipeline shown on top. */
    public double weightedTotal() {
        return report == null ? 0 : report.pipeline().weightedYuan();
    }

    public String totalText() {
        return total.getText();
    }

    public String statusText() {
        return status.getText();
    }
}
