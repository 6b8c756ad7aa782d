package org.steward.competitor.ui.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.ProfitModel;
import org.steward.competitor.model.ProfitModelEntry;

/**
 * The profit-model board: the records (us and the competitors) grouped by Slywotzky's profit models, each with its
 * evidence; models nobody uses are left out, records without a profit model are listed at the end.
 */
public class ProfitBoardPart {
    public static final String ID = "org.steward.competitor.ui.views.profits";
    public static final String TREE_ID = "competitor.profits.tree";

    /** A group: a profit model (or none) and its members. */
    public record Group(String title, boolean ours, List<Member> members) {
    }

    /** A record using the model, with the evidence. */
    public record Member(String record, boolean us, String evidence) {
    }

    private TreeViewer tree;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(Messages.Profits_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        Widgets.id(tree.getTree(), TREE_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getTree());
        Widgets.column(tree, Messages.Profits_model, 300, Object.class, o -> o instanceof Group g
                ? (g.ours() ? "★ " : "") + g.title() + " (" + g.members().size() + ")" : o instanceof Member m ? (m.us() ? "★ " : "") + m.record() : "");
        Widgets.column(tree, Messages.Profits_evidence, 520, Object.class, o -> o instanceof Member m ? m.evidence() : "");
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Group g ? g.members().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.members().isEmpty();
            }
        });
        Widgets.follow(tree, this::refresh);
        refresh();
    }

    public void refresh() {
        tree.setInput(groups(CompetitorSession.get().set().competitors()));
        tree.expandAll();
    }

    /** The board: one group per profit model in use (in Slywotzky's order), then the records with none. */
    public static List<Group> groups(List<Competitor> records) {
        List<Group> out = new ArrayList<>();
        for (ProfitModel m : ProfitModel.values()) {
            List<Member> members = new ArrayList<>();
            for (Competitor c : records) {
                c.profitModels().stream().filter((ProfitModelEntry p) -> p.model() == m).findFirst()
                        .ifPresent(p -> members.add(new Member(c.name(), c.us(), p.evidence())));
            }
            if (!members.isEmpty()) {
                out.add(new Group(Terms.name(m), members.stream().anyMatch(Member::us), members));
            }
        }
        List<Member> none = records.stream().filter(c -> c.profitModels().isEmpty()).map(c -> new Member(c.name(), c.us(), "")).toList();
        if (!none.isEmpty()) {
            out.add(new Group(Messages.Profits_none, false, none));
        }
        return out;
    }
}
