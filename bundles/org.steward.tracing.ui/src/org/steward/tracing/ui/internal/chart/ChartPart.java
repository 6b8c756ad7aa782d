package org.steward.tracing.ui.internal.chart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.steward.tracing.ui.internal.Messages;
import org.steward.tracing.ui.internal.TracingSession;
import org.steward.tracing.ui.internal.live.Alert;
import org.steward.tracing.ui.internal.live.LiveState;

/** Recent readings of the sensor selected on the map (or in the chooser), per parameter. */
public class ChartPart {
    public static final String ID = "org.steward.tracing.ui.views.chart";
    public static final String SENSOR_ID = "tracing.chart.sensor";

    private final TracingSession session = TracingSession.get();
    private final Runnable listener = this::refresh;
    private Combo sensor;
    private ChartCanvas chart;
    private long seen = -1;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        sensor = new Combo(parent, SWT.READ_ONLY);
        sensor.setData("steward.widget", SENSOR_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sensor);
        sensor.addListener(SWT.Selection, e -> {
            if (sensor.getSelectionIndex() >= 0) {
                session.selectSensor(Optional.of(sensor.getItem(sensor.getSelectionIndex())));
            }
        });
        chart = new ChartCanvas(parent);
        chart.setData(ChartPart.class.getName(), this);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(chart);
        session.addListener(listener);
        refresh();
        parent.getDisplay().timerExec(500, this::tick);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void tick() {
        if (chart.isDisposed()) {
            return;
        }
        if (session.live().version() != seen) {
            refresh();
        }
        chart.getDisplay().timerExec(500, this::tick);
    }

    public ChartCanvas chart() {
        return chart;
    }

    /** Redraws from the live state: the selected sensor, else the first one that sent readings. */
    public void refresh() {
        if (chart == null || chart.isDisposed()) {
            return;
        }
        LiveState live = session.live();
        seen = live.version();
        List<String> sensors = new ArrayList<>(live.sensors());
        session.network().ifPresent(d -> d.sensorNodes().keySet().forEach(s -> {
            if (!sensors.contains(s)) {
                sensors.add(s);
            }
        }));
        Optional<String> selected = session.selectedSensor().or(() -> live.sensors().stream().findFirst());
        if (!List.of(sensor.getItems()).equals(sensors)) {
            sensor.setItems(sensors.toArray(String[]::new));
        }
        selected.ifPresent(s -> sensor.select(sensors.indexOf(s)));
        if (selected.isEmpty()) {
            chart.setContent(new ChartCanvas.Content(Messages.Chart_title0, Map.of(), List.of()), Messages.Chart_none);
            return;
        }
        String id = selected.get();
        Map<String, List<org.steward.tracing.ui.internal.live.Sample>> series = new LinkedHashMap<>();
        for (String p : live.parameters(id)) {
            series.put(p, live.series(id, p));
        }
        List<Instant[]> alarms = new ArrayList<>();
        for (Alert a : live.alerts()) {
            if (a.sensors().stream().anyMatch(s -> s.sensor().equals(id))) {
                alarms.add(new Instant[] {a.start(), a.until()});
            }
        }
        String node = session.network().flatMap(d -> {
            var i = d.nodeOfSensor(id);
            return i.isPresent() ? Optional.of(d.network().node(i.getAsInt()).id()) : Optional.empty();
        }).orElse("?");
        chart.setContent(new ChartCanvas.Content(NLS.bind(Messages.Chart_title, id, node), series, alarms), Messages.Chart_noData);
    }
}
