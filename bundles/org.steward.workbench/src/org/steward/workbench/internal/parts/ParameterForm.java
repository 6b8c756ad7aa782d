package org.steward.workbench.internal.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;

/**
 * A form built from a model's parameter specs: a text field, spinner, check box or combo per
 * {@link org.steward.core.model.ParameterType}, filled with the defaults. Values come back as text, checked by the
 * core's own {@link Parameters#parse}; an error is shown under the field its key names.
 */
public final class ParameterForm {

    /** Prefix of {@code getData(NavigatorPart.WIDGET_ID)} of each field: {@code steward.param.<key>}. */
    public static final String FIELD_ID_PREFIX = "steward.param.";

    private final List<ParameterSpec> specs;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Map<String, Label> spacers = new LinkedHashMap<>();
    private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();

    public ParameterForm(Composite parent, List<ParameterSpec> specs) {
        this.specs = List.copyOf(specs);
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 12;
        form.setLayout(layout);
        for (ParameterSpec spec : specs) {
            Label label = new Label(form, SWT.NONE);
            label.setText(spec.label() + (spec.required() ? " *" : ""));
            label.setToolTipText(spec.description());
            Control field = createField(form, spec);
            field.setToolTipText(spec.description() + " (" + spec.key() + ")");
            field.setData(NavigatorPart.WIDGET_ID, FIELD_ID_PREFIX + spec.key());
            GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            gd.horizontalIndent = 8;
            field.setLayoutData(gd);
            ControlDecoration decoration = new ControlDecoration(field, SWT.LEFT | SWT.TOP);
            decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
            decoration.hide();
            Label spacer = new Label(form, SWT.NONE);
            GridData spacerData = new GridData();
            spacerData.exclude = true;
            spacer.setLayoutData(spacerData);
            spacer.setVisible(false);
            Label error = new Label(form, SWT.WRAP);
            error.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
            GridData errorData = new GridData(SWT.FILL, SWT.TOP, true, false);
            errorData.exclude = true; // the row takes no room until there is an error to show
            error.setLayoutData(errorData);
            error.setVisible(false);
            spacers.put(spec.key(), spacer);
            error.setData(NavigatorPart.WIDGET_ID, FIELD_ID_PREFIX + spec.key() + ".error");
            fields.put(spec.key(), field);
            errors.put(spec.key(), error);
            decorations.put(spec.key(), decoration);
        }
    }

    private static Control createField(Composite form, ParameterSpec spec) {
        Object def = spec.defaultValue().orElse(null);
        switch (spec.type()) {
            case BOOLEAN: {
                Button check = new Button(form, SWT.CHECK);
                check.setSelection(Boolean.TRUE.equals(def));
                return check;
            }
            case CHOICE: {
                Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.setItems(spec.choices().toArray(String[]::new));
                int index = def == null ? -1 : spec.choices().indexOf(def.toString());
                combo.select(Math.max(index, 0));
                return combo;
            }
            case INTEGER: {
                Spinner spinner = new Spinner(form, SWT.BORDER);
                int min = (int) Math.max(Integer.MIN_VALUE, spec.min().orElse((double) Integer.MIN_VALUE));
                int max = (int) Math.min(Integer.MAX_VALUE, spec.max().orElse((double) Integer.MAX_VALUE));
                spinner.setValues(def instanceof Number n ? n.intValue() : Math.max(min, 0), min, max, 0, 1, 10);
                return spinner;
            }
            case STRING_LIST: {
                Text text = new Text(form, SWT.BORDER);
                if (def instanceof List<?> list) {
                    text.setText(list.stream().map(String::valueOf).collect(Collectors.joining(",")));
                }
                return text;
            }
            case NUMBER:
            case STRING:
            default: {
                Text text = new Text(form, SWT.BORDER);
                text.setText(def == null ? "" : def.toString());
                return text;
            }
        }
    }

    /** The values as text, keyed by parameter; blank optional fields are left out so the default applies. */
    public Map<String, String> rawValues() {
        Map<String, String> raw = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            Control field = fields.get(spec.key());
            String value;
            if (field instanceof Button b) {
                value = Boolean.toString(b.getSelection());
            } else if (field instanceof Combo c) {
                value = c.getText();
            } else if (field instanceof Spinner s) {
                value = Integer.toString(s.getSelection());
            } else {
                value = ((Text) field).getText();
            }
            if (!value.isBlank()) {
                raw.put(spec.key(), value.trim());
            }
        }
        return raw;
    }

    /** Checks the values with the core's rules; shows and returns the first problem. */
    public java.util.Optional<ParameterException> validate() {
        clearErrors();
        try {
            Parameters.parse(specs, rawValues());
            return java.util.Optional.empty();
        } catch (ParameterException e) {
            showError(e);
            return java.util.Optional.of(e);
        }
    }

    /** Shows {@code e} under the field it names; false when no field has that key (e.g. the input). */
    public boolean showError(ParameterException e) {
        Label error = errors.get(e.key());
        if (error == null) {
            return false;
        }
        error.setText(e.getMessage());
        showRow(e.key(), true);
        decorations.get(e.key()).setDescriptionText(e.getMessage());
        decorations.get(e.key()).show();
        error.getParent().getParent().layout(true, true);
        return true;
    }

    public void clearErrors() {
        errors.values().forEach(l -> l.setText(""));
        errors.keySet().forEach(k -> showRow(k, false));
        decorations.values().forEach(ControlDecoration::hide);
        if (!errors.isEmpty()) {
            errors.values().iterator().next().getParent().getParent().layout(true, true);
        }
    }

    private void showRow(String key, boolean show) {
        for (Label l : List.of(spacers.get(key), errors.get(key))) {
            ((GridData) l.getLayoutData()).exclude = !show;
            l.setVisible(show);
        }
    }

    /** The field of a parameter (for tests). */
    public java.util.Optional<Control> field(String key) {
        return java.util.Optional.ofNullable(fields.get(key));
    }

    /** The error text shown under a parameter (for tests). */
    public String errorText(String key) {
        Label l = errors.get(key);
        return l == null ? "" : l.getText();
    }
}
