package org.steward.crm.ui.internal.board;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.steward.crm.analytics.CrmReport;
import org.steward.crm.ui.internal.Messages;

/**
 * One opportunity on the board: number and project, customer name, amount × probability = weighted value. Dragged to
 * another column, or moved with its context menu ("Move to ▸ stage").
 */
final class Card {
    static final String ID = "crm.board.card";
    static final String RECORD = "crm.board.record";

    private Card() {
    }

    static Composite create(Composite column, CrmReport.DealValue v, String customerName, List<String> stages,
            BiConsumer<String, String> move) {
        Composite card = new Composite(column, SWT.BORDER);
        card.setData("steward.widget", ID);
        card.setData(RECORD, v.deal().record());
        card.setBackground(column.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        card.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(card);
        label(card, v.deal().id() + "  " + v.deal().project(), SWT.BOLD);
        label(card, customerName, SWT.NORMAL);
        String p = Math.round(v.probability() * 100) + "%" + ("record".equals(v.probabilitySource()) ? " (" + Messages.Board_probabilityOwn + ")" : "");
        label(card, v.deal().amountYuan().map(a -> yuan(a) + " × " + p + " = " + yuan(v.weightedYuan().orElse(0.0))).orElse("— × " + p), SWT.NORMAL);

        Menu menu = new Menu(card);
        MenuItem moveTo = new MenuItem(menu, SWT.CASCADE);
        moveTo.setText(Messages.Board_moveTo);
        Menu stagesMenu = new Menu(moveTo);
        moveTo.setMenu(stagesMenu);
        for (String stage : stages) {
            if (stage.equals(v.deal().stage())) {
                continue;
            }
            MenuItem item = new MenuItem(stagesMenu, SWT.PUSH);
            item.setText(stage);
            item.addListener(SWT.Selection, e -> move.accept(v.deal().record(), stage));
        }
        for (Control c : withChildren(card)) {
            c.setMenu(menu);
            DragSource source = new DragSource(c, DND.DROP_MOVE);
            source.setTransfer(new Transfer[] {TextTransfer.getInstance()});
            source.addDragListener(new DragSourceAdapter() {
                @Override
                public void dragSetData(DragSourceEvent event) {
                    event.data = v.deal().record();
                }
            });
        }
        return card;
    }

    private static List<Control> withChildren(Composite card) {
        java.util.ArrayList<Control> out = new java.util.ArrayList<>();
        out.add(card);
        out.addAll(List.of(card.getChildren()));
        return out;
    }

    private static void label(Composite card, String text, int style) {
        Label l = new Label(card, SWT.WRAP);
        l.setText(text.replace("&", "&&"));
        l.setBackground(card.getBackground());
        if (style == SWT.BOLD) {
            l.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(l);
    }

    static String yuan(double v) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(v));
    }
}
