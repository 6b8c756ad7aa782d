package org.steward.workbench.internal.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.ModelCanceledException;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelHandle;
import org.steward.core.runtime.ModelRunner;
import org.steward.workbench.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The view of a model that has no user interface of its own: a form from its parameter specs, an input chooser
 * for its input kind, and Run, which runs it as an Eclipse job through the core's {@link ModelRunner} (progress
 * in the status line's progress area, cancellable there). The result opens in the result part.
 */
public class GenericModelPart {

    /** Family of the jobs that run models, for {@code IJobManager.join}. */
    public static final Object JOB_FAMILY = GenericModelPart.class;
    public static final String INPUT_ID = "steward.input";
    public static final String INPUT_ERROR_ID = "steward.input.error";
    public static final String RUN_ID = "steward.run";
    public static final String STATUS_ID = "steward.status";

    @Inject
    MPart part;
    @Inject
    EPartService partService;
    @Inject
    EModelService modelService;
    @Inject
    MWindow window;

    private ModelDescriptor model;
    private InputKind inputKind = InputKind.NONE;
    private ParameterForm form;
    private Text input;
    private Label inputError;
    private Button run;
    private Label status;

    @PostConstruct
    public void create(Composite outer) {
        outer.setLayout(new org.eclipse.swt.layout.FillLayout());
        ScrolledComposite scroll = new ScrolledComposite(outer, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite parent = new Composite(scroll, SWT.NONE);
        scroll.setContent(parent);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        parent.addListener(SWT.Resize, e -> scroll.setMinSize(parent.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        parent.setLayout(new GridLayout(1, false));
        createContent(parent);
        scroll.setMinSize(parent.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void createContent(Composite parent) {
        String modelId = part.getPersistedState().getOrDefault(ModelParts.MODEL_ID, "");
        Optional<ModelCatalog> catalog = Services.find(ModelCatalog.class);
        Optional<ModelDescriptor> descriptor = catalog.flatMap(c -> c.descriptor(modelId));
        if (descriptor.isEmpty()) {
            message(parent, NLS.bind(Messages.Model_missing, modelId));
            return;
        }
        model = descriptor.get();
        List<ParameterSpec> specs;
        try (ModelHandle handle = catalog.get().open(modelId).orElseThrow(() -> new ModelException(modelId, "gone"))) {
            AnalysisModel m = handle.model();
            specs = m.parameters();
            inputKind = m.inputKind();
        } catch (ModelException | RuntimeException e) {
            message(parent, NLS.bind(Messages.Model_cannotActivate, modelId, e.getMessage()));
            return;
        }
        Label title = new Label(parent, SWT.NONE);
        title.setText(model.name() + "  " + model.version());
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        if (!model.description().isBlank()) {
            Label description = new Label(parent, SWT.WRAP);
            description.setText(model.description());
            description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        if (inputKind != InputKind.NONE) {
            createInputRow(parent);
        }
        if (specs.isEmpty()) {
            message(parent, Messages.Model_noParameters);
        }
        form = new ParameterForm(parent, specs);
        run = new Button(parent, SWT.PUSH);
        run.setText(Messages.Model_run);
        run.setData(NavigatorPart.WIDGET_ID, RUN_ID);
        run.addListener(SWT.Selection, e -> run());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setData(NavigatorPart.WIDGET_ID, STATUS_ID);
    }

    private void createInputRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(4, false));
        Label label = new Label(row, SWT.NONE);
        label.setText(switch (inputKind) {
            case FILE -> Messages.Model_inputFile;
            case DIRECTORY -> Messages.Model_inputFolder;
            default -> Messages.Model_inputFileOrFolder;
        });
        input = new Text(row, SWT.BORDER);
        input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        input.setData(NavigatorPart.WIDGET_ID, INPUT_ID);
        if (inputKind == InputKind.FILE || inputKind == InputKind.FILE_OR_DIRECTORY) {
            Button file = new Button(row, SWT.PUSH);
            file.setText(Messages.Model_chooseFile);
            file.addListener(SWT.Selection, e -> {
                FileDialog d = new FileDialog(row.getShell(), SWT.OPEN);
                String chosen = d.open();
                if (chosen != null) {
                    input.setText(chosen);
                }
            });
        }
        if (inputKind == InputKind.DIRECTORY || inputKind == InputKind.FILE_OR_DIRECTORY) {
            Button folder = new Button(row, SWT.PUSH);
            folder.setText(Messages.Model_chooseFolder);
            folder.addListener(SWT.Selection, e -> {
                DirectoryDialog d = new DirectoryDialog(row.getShell());
                String chosen = d.open();
                if (chosen != null) {
                    input.setText(chosen);
                }
            });
        }
        if (inputKind != InputKind.FILE_OR_DIRECTORY) {
            new Label(row, SWT.NONE);
        }
        new Label(row, SWT.NONE);
        inputError = new Label(row, SWT.WRAP);
        inputError.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.horizontalSpan = 3;
        inputError.setLayoutData(gd);
        inputError.setData(NavigatorPart.WIDGET_ID, INPUT_ERROR_ID);
    }

    private static void message(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Checks the form and the input, then runs the model as a job. */
    public void run() {
        if (model == null || form == null) {
            return;
        }
        setInputError("");
        if (form.validate().isPresent()) {
            status.setText(Messages.Model_fixErrors);
            return;
        }
        Optional<Path> path = Optional.empty();
        if (input != null) {
            String text = input.getText().trim();
            if (text.isEmpty()) {
                setInputError(Messages.Model_inputMissing);
                return;
            }
            Path p = Path.of(text);
            if (!Files.exists(p)) {
                setInputError(NLS.bind(Messages.Model_inputNotFound, text));
                return;
            }
            path = Optional.of(p);
        }
        Map<String, String> raw = form.rawValues();
        ModelDescriptor m = model;
        Optional<Path> in = path;
        Job job = new Job(NLS.bind(Messages.Model_jobName, m.name())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return runModel(m, in, raw, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                asyncIfAlive(() -> run.setEnabled(true));
            }
        });
        run.setEnabled(false);
        status.setText(NLS.bind(Messages.Model_running, m.name()));
        job.schedule();
    }

    private IStatus runModel(ModelDescriptor m, Optional<Path> in, Map<String, String> raw, IProgressMonitor monitor) {
        Optional<ModelRunner> runner = Services.find(ModelRunner.class);
        if (runner.isEmpty()) {
            asyncIfAlive(() -> status.setText(Messages.Model_noRunner));
            return Status.error(Messages.Model_noRunner);
        }
        try {
            ModelResult result = runner.get().run(m.id(), in, raw, new MonitorAdapter(monitor), ModelRunner.DEFAULT_TIMEOUT);
            asyncIfAlive(() -> {
                status.setText(NLS.bind(Messages.Model_done, result.summary()));
                ModelParts.showResult(m, result, partService, modelService, window);
            });
            return Status.OK_STATUS;
        } catch (ModelCanceledException e) {
            asyncIfAlive(() -> status.setText(Messages.Model_canceled));
            return Status.CANCEL_STATUS;
        } catch (ParameterException e) {
            asyncIfAlive(() -> {
                if ("input".equals(e.key())) {
                    setInputError(e.getMessage());
                } else if (!form.showError(e)) {
                    status.setText(e.getMessage());
                }
                status.setText(Messages.Model_fixErrors);
            });
            return Status.OK_STATUS; // shown in the form; nothing for the log
        } catch (ModelException e) {
            asyncIfAlive(() -> status.setText(NLS.bind(Messages.Model_failed, e.getMessage())));
            return Status.error(NLS.bind(Messages.Model_failedLog, m.id(), e.getMessage()), e);
        }
    }

    private void setInputError(String text) {
        if (inputError != null) {
            inputError.setText(text);
            inputError.getParent().layout(true, true);
        }
    }

    private void asyncIfAlive(Runnable r) {
        if (status == null || status.isDisposed()) {
            return;
        }
        status.getDisplay().asyncExec(() -> {
            if (!status.isDisposed()) {
                r.run();
            }
        });
    }

    /** The model shown, if it is installed. */
    public Optional<ModelDescriptor> model() {
        return Optional.ofNullable(model);
    }

    /** The parameter form (for tests). */
    public Optional<ParameterForm> form() {
        return Optional.ofNullable(form);
    }
}
