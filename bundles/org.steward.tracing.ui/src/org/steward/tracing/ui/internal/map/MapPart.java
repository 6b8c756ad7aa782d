package org.steward.tracing.ui.internal.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.network.Node;
import org.steward.tracing.ui.internal.Messages;
import org.steward.tracing.ui.internal.Services;
import org.steward.tracing.ui.internal.TracingSession;
import org.steward.tracing.ui.internal.live.Alert;
import org.steward.tracing.ui.internal.live.LiveState;
import org.steward.tracing.ui.internal.live.Sample;
import org.steward.tracing.ui.internal.live.SensorState;
import org.steward.tracing.ui.internal.run.LocateOutcome;
import org.steward.tracing.ui.internal.run.PlacementOutcome;
import org.steward.tracing.ui.internal.run.Ranked;

/**
 * The sewer network map: the network of the live park (or any .inp opened here) with its enterprises and sensors,
 * sensor colours from the live readings and alerts, the candidates of the selected alert or of a locate run, and
 * suggested sensor places. Click sensors in "choose fired" mode, then Locate; or Suggest K sensors.
 */
public class MapPart {
    public static final String ID = "org.steward.tracing.ui.views.map";
    public static final String STATUS_ID = "tracing.map.status";
    public static final String DETAILS_ID = "tracing.map.details";
    static final int REFRESH_MILLIS = 400;

    private final TracingSession session = TracingSession.get();
    private final Runnable sessionListener = this::sessionChanged;
    private NetworkCanvas canvas;
    private Label status;
    private Label details;
    private Button chooseFired;
    private Spinner k;
    private long seenVersion = -1;
    private Optional<MapData> shown = Optional.empty();
    private String message = "";

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        button(bar, Messages.Map_open, SWT.PUSH, this::openDialog);
        button(bar, Messages.Map_fit, SWT.PUSH, () -> canvas.fit());
        chooseFired = button(bar, Messages.Map_chooseFired, SWT.TOGGLE, () -> { });
        chooseFired.setToolTipText(Messages.Map_chooseFiredTip);
        button(bar, Messages.Map_locate, SWT.PUSH, this::locate);
        button(bar, Messages.Map_clear, SWT.PUSH, this::clearRuns);
        new Label(bar, SWT.NONE).setText(Messages.Map_k);
        k = new Spinner(bar, SWT.BORDER);
        k.setValues(3, 1, 50, 0, 1, 5);
        button(bar, Messages.Map_place, SWT.PUSH, () -> place(k.getSelection()));
        status = new Label(parent, SWT.NONE);
        status.setData("steward.widget", STATUS_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        canvas = new NetworkCanvas(parent);
        canvas.setData(MapPart.class.getName(), this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.onClick(this::clicked);
        canvas.describeWith(this::describe);

        details = new Label(parent, SWT.WRAP);
        details.setData("steward.widget", DETAILS_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(details);
        Label legend = new Label(parent, SWT.WRAP);
        legend.setText(Messages.Map_legend);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(legend);

        session.addListener(sessionListener);
        sessionChanged();
        parent.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(sessionListener);
    }

    private Button button(Composite bar, String text, int style, Runnable action) {
        Button b = new Button(bar, style);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public NetworkCanvas canvas() {
        return canvas;
    }

    public String statusText() {
        return status.getText();
    }

    public String detailsText() {
        return details.getText();
    }

    /** Reads a network file and shows it (on the UI thread; the tests and "Open network…" use it). */
    public void open(Path inp) throws NetworkFormatException {
        session.setNetwork(Optional.of(TracingSession.load(inp)));
    }

    private void openDialog() {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.inp", "*.*"});
        Services.workspace().ifPresent(ws -> dialog.setFilterPath(ws.toString()));
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            open(Path.of(chosen));
        } catch (NetworkFormatException e) {
            setMessage(NLS.bind(Messages.Map_loadFailed, e.getMessage()));
        }
    }

    private void sessionChanged() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (!shown.equals(session.network()) || shown.isPresent() && shown.get() != session.network().get()) {
            shown = session.network();
            canvas.setNetwork(shown);
            setMessage("");
        }
        refreshOverlay();
    }

    private void tick() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        long v = session.live().version();
        if (v != seenVersion) {
            seenVersion = v;
            refreshOverlay();
        } else {
            setStatus();
        }
        canvas.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    /** Recomputes sensor colours, candidates and suggestions from the session and repaints. */
    public void refreshOverlay() {
        Overlay overlay = canvas.overlay();
        Optional<MapData> data = canvas.network();
        if (data.isEmpty()) {
            setStatus();
            canvas.redraw();
            return;
        }
        MapData d = data.get();
        LiveState live = session.live();
        Map<Integer, SensorState> states = new LinkedHashMap<>();
        d.sensorNodes().forEach((sensor, node) -> states.merge(node, live.state(sensor), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        overlay.setSensorStates(states);
        List<Map<Integer, Double>> sets = new ArrayList<>();
        if (session.located().isPresent()) {
            Map<Integer, Double> candidates = new LinkedHashMap<>();
            for (Ranked r : session.located().get().candidates()) {
                d.network().indexOf(r.node()).ifPresent(i -> candidates.putIfAbsent(i, r.score()));
            }
            sets.add(candidates);
        } else {
            // the selected alert, else every open one (newest first): discharges show up traced without a click,
            // two at once when two events are open
            List<Alert> shown = session.selectedAlert().flatMap(live::alert).map(List::of).orElseGet(() -> openNewestFirst(live));
            for (Alert a : shown) {
                Map<Integer, Double> candidates = new LinkedHashMap<>();
                for (Alert.Candidate c : a.candidates()) {
                    d.network().indexOf(c.node()).ifPresent(i -> candidates.putIfAbsent(i, c.score()));
                }
                sets.add(candidates);
            }
        }
        overlay.setCandidateSets(sets);
        List<Integer> suggested = new ArrayList<>();
        session.placement().ifPresent(p -> p.chosen().forEach(n -> d.network().indexOf(n).ifPresent(suggested::add)));
        overlay.setSuggested(suggested);
        setStatus();
        canvas.redraw();
    }

    private static List<Alert> openNewestFirst(LiveState live) {
        List<Alert> all = live.alerts();
        List<Alert> open = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).open()) {
                open.add(all.get(i));
            }
        }
        return open;
    }

    private void setStatus() {
        String text = statusLine();
        if (!text.equals(status.getText())) {
            status.setText(text);
            status.setToolTipText(text);
        }
    }

    /** The run outcome or hint shown under the map. */
    public String message() {
        return message;
    }

    private String statusLine() {
        StringBuilder s = new StringBuilder();
        Optional<MapData> data = canvas.network();
        if (data.isEmpty()) {
            s.append(Messages.Map_noNetwork);
        } else {
            MapData d = data.get();
            s.append(NLS.bind(Messages.Map_status, new Object[] {d.network().fileName(), d.nodeCount(), d.network().linkCount(), d.unplaced()}));
            d.problem().ifPresent(p -> s.append("  |  ").append(NLS.bind(Messages.Map_sidecarFailed, p)));
        }
        LiveState live = session.live();
        s.append("  |  ").append(session.liveStatus()).append("  ")
                .append(NLS.bind(Messages.Live_counts, new Object[] {live.readings(), live.alerts().size(), live.rejected()}));
        return s.toString();
    }

    /** A run's outcome or a hint, shown under the map. */
    private void setMessage(String text) {
        message = text;
        details.setText(text);
        details.getParent().layout();
    }

    private void clicked(int node) {
        Optional<MapData> data = canvas.network();
        if (data.isEmpty()) {
            return;
        }
        if (chooseFired.getSelection()) {
            canvas.overlay().toggleFired(node);
            canvas.redraw();
        } else {
            List<Attachment> sensors = data.get().sensorsAt(node);
            if (!sensors.isEmpty()) {
                session.selectSensor(Optional.of(sensors.get(0).id()));
            }
        }
        details.setText(describe(node).replace("\n", "  ·  "));
        details.getParent().layout();
    }

    /** Toggles a node as a fired sensor for the next locate run (the map's "choose fired" clicks do this). */
    public void toggleFired(String nodeId) {
        canvas.network().flatMap(d -> {
            OptionalInt i = d.network().indexOf(nodeId);
            return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
        }).ifPresent(i -> {
            canvas.overlay().toggleFired(i);
            canvas.redraw();
        });
    }

    /** Text about a node: kind, invert, enterprises, sensors with their latest values, candidate rank. */
    public String describe(int node) {
        MapData d = canvas.network().orElseThrow();
        Node n = d.network().node(node);
        StringBuilder s = new StringBuilder(NLS.bind(Messages.Node_text, new Object[] {n.id(), kind(n),
                String.format(Locale.ROOT, "%.2f", n.invert()), d.network().units().name().toLowerCase(Locale.ROOT)}));
        List<Attachment> ents = d.enterprisesAt(node);
        if (!ents.isEmpty()) {
            s.append('\n').append(NLS.bind(Messages.Node_enterprises,
                    String.join(", ", ents.stream().map(a -> a.name().isEmpty() ? a.id() : a.id() + " " + a.name()).toList())));
        }
        for (Attachment sensor : d.sensorsAt(node)) {
            Map<String, Sample> latest = session.live().latest(sensor.id());
            List<String> values = new ArrayList<>();
            latest.forEach((p, v) -> values.add(p + " " + String.format(Locale.ROOT, "%.1f", v.value()) + (v.unit().isEmpty() ? "" : " " + v.unit())));
            s.append('\n').append(NLS.bind(Messages.Node_sensor, new Object[] {sensor.id(), state(session.live().state(sensor.id())),
                    values.isEmpty() ? String.join(", ", sensor.parameters()) + " —" : String.join(", ", values)}));
        }
        for (Map<Integer, Double> set : canvas.overlay().candidateSets()) {
            int rank = 0;
            for (Map.Entry<Integer, Double> c : set.entrySet()) {
                rank++;
                if (c.getKey() == node) {
                    s.append('\n').append(NLS.bind(Messages.Node_candidate, rank, String.format(Locale.ROOT, "%.3f", c.getValue())));
                }
            }
        }
        int k = canvas.overlay().suggested().indexOf(node);
        if (k >= 0) {
            s.append('\n').append(NLS.bind(Messages.Node_suggested, k + 1));
        }
        return s.toString();
    }

    private static String kind(Node n) {
        return switch (n.kind()) {
            case JUNCTION -> Messages.Kind_junction;
            case OUTFALL -> Messages.Kind_outfall;
            case STORAGE -> Messages.Kind_storage;
            case DIVIDER -> Messages.Kind_divider;
        };
    }

    private static String state(SensorState s) {
        return switch (s) {
            case NO_DATA -> Messages.State_noData;
            case OK -> Messages.State_ok;
            case ALARM -> Messages.State_alarm;
        };
    }

    /** Node ids of every sensor of the sidecar. */
    private List<String> sensorNodes(MapData d) {
        Set<String> out = new LinkedHashSet<>();
        d.sensorNodes().values().forEach(i -> out.add(d.network().node(i).id()));
        return new ArrayList<>(out);
    }

    /**
     * Runs {@code tracing.locate} with the chosen fired sensors (and the sidecar's sensors as the installed ones)
     * as a job; its candidates replace what the map shows. Empty when there is nothing to run.
     */
    public Optional<Job> locate() {
        Optional<MapData> data = canvas.network();
        if (data.isEmpty() || data.get().file().isEmpty()) {
            setMessage(Messages.Map_noNetwork);
            return Optional.empty();
        }
        MapData d = data.get();
        List<String> fired = canvas.overlay().fired().stream().map(i -> d.network().node(i).id()).toList();
        if (fired.isEmpty()) {
            setMessage(Messages.Map_locateNeedsFired);
            return Optional.empty();
        }
        Set<String> sensors = new LinkedHashSet<>(sensorNodes(d));
        sensors.addAll(fired);
        Path file = d.file().get();
        Job job = Job.create(Messages.Map_locateJob, (IProgressMonitor monitor) -> {
            Optional<ModelRunner> runner = Services.get(ModelRunner.class);
            if (runner.isEmpty()) {
                show(() -> setMessage(Messages.Map_noRunner));
                return Status.OK_STATUS;
            }
            try {
                LocateOutcome out = LocateOutcome.run(runner.get(), file, List.copyOf(sensors), fired, ProgressMonitor.NULL);
                show(() -> {
                    session.setLocated(Optional.of(out));
                    setMessage(out.candidates().isEmpty() ? Messages.Map_locateNone
                            : NLS.bind(Messages.Map_locateDone, new Object[] {out.candidates().get(0).node(),
                                    String.format(Locale.ROOT, "%.3f", out.candidates().get(0).score()), out.candidates().size()}));
                });
            } catch (ModelException e) {
                show(() -> setMessage(NLS.bind(Messages.Map_runFailed, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return Optional.of(job);
    }

    /** Runs {@code tracing.placement} for {@code k} more sensors (the sidecar's sensors as existing) as a job. */
    public Optional<Job> place(int count) {
        Optional<MapData> data = canvas.network();
        if (data.isEmpty() || data.get().file().isEmpty()) {
            setMessage(Messages.Map_noNetwork);
            return Optional.empty();
        }
        List<String> existing = sensorNodes(data.get());
        Path file = data.get().file().get();
        Job job = Job.create(Messages.Map_placeJob, (IProgressMonitor monitor) -> {
            Optional<ModelRunner> runner = Services.get(ModelRunner.class);
            if (runner.isEmpty()) {
                show(() -> setMessage(Messages.Map_noRunner));
                return Status.OK_STATUS;
            }
            try {
                PlacementOutcome out = PlacementOutcome.run(runner.get(), file, count, existing, ProgressMonitor.NULL);
                show(() -> {
                    session.setPlacement(Optional.of(out));
                    setMessage(NLS.bind(Messages.Map_placeDone, new Object[] {String.join(", ", out.chosen()),
                            String.format(Locale.ROOT, "%.2f", out.before()), String.format(Locale.ROOT, "%.2f", out.after()),
                            String.format(Locale.ROOT, "%.2f", out.gain())}));
                });
            } catch (ModelException e) {
                show(() -> setMessage(NLS.bind(Messages.Map_runFailed, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return Optional.of(job);
    }

    private void clearRuns() {
        canvas.overlay().fired().clear();
        session.setLocated(Optional.empty());
        session.setPlacement(Optional.empty());
        session.selectAlert(Optional.empty());
        setMessage("");
    }

    private void show(Runnable r) {
        if (!canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    r.run();
                }
            });
        }
    }
}
