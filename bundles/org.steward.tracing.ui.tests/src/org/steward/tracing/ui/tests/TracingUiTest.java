package org.steward.tracing.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;
import org.steward.tracing.ui.internal.TracingPerspective;
import org.steward.tracing.ui.internal.TracingSession;
import org.steward.tracing.ui.internal.alerts.AlertsPart;
import org.steward.tracing.ui.internal.alerts.TimelineCanvas;
import org.steward.tracing.ui.internal.chart.ChartCanvas;
import org.steward.tracing.ui.internal.chart.ChartPart;
import org.steward.tracing.ui.internal.live.LiveConfigPusher;
import org.steward.tracing.ui.internal.live.LiveLauncher;
import org.steward.tracing.ui.internal.live.SensorState;
import org.steward.tracing.ui.internal.map.Colours;
import org.steward.tracing.ui.internal.map.MapData;
import org.steward.tracing.ui.internal.map.MapPainter;
import org.steward.tracing.ui.internal.map.MapPart;
import org.steward.tracing.ui.internal.map.NetworkCanvas;
import org.steward.tracing.ui.internal.map.Overlay;
import org.steward.tracing.ui.internal.map.ViewTransform;
import org.steward.testing.Mosquitto;
import org.steward.testing.MqttPublisher;
import org.steward.workbench.testing.Ui;

/**
 * The tracing views inside the real workbench: the map of Example1 (releng/demo-workspace/networks), a real
 * mosquitto carrying readings and alerts, and the real tracing models behind Locate and Suggest sensors.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TracingUiTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PARK = "uitest";

    /** Example1.inp [COORDINATES], copied by hand from the file (node, x, y). */
    private static final Object[][] COORDINATES = {
        {"9", 4042.110, 9600.000}, {"10", 4105.260, 6947.370}, {"13", 2336.840, 4357.890}, {"14", 3157.890, 4294.740},
        {"15", 3221.050, 3242.110}, {"16", 4821.050, 3326.320}, {"17", 6252.630, 2147.370}, {"19", 7768.420, 6736.840},
        {"20", 5957.890, 6589.470}, {"21", 4926.320, 6105.260}, {"22", 4421.050, 4715.790}, {"23", 6484.210, 3978.950},
        {"24", 5389.470, 3031.580}, {"18", 6631.580, 505.260}};

    private static Path root;
    private static Path workspace;
    private static Path network;
    private static Mosquitto broker;

    @BeforeAll
    static void setUp() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
        root = Files.createTempDirectory("tracing-ui");
        workspace = root.resolve("workspace");
        network = workspace.resolve("networks/Example1.inp");
        Files.createDirectories(network.getParent());
        Files.copy(Path.of(System.getProperty("steward.examples"), "Example1.inp"), network);
        // two enterprises and two sensors (sidecar format of docs/models/tracing.md)
        Files.writeString(workspace.resolve("networks/Example1.attachments.csv"), """
                type,id,node,name
                enterprise,E01,9,Dyeing plant No. 1
                enterprise,E02,15,印染二厂
                sensor,S16,16
                sensor,S21,21
                """, StandardCharsets.UTF_8);
        broker = new Mosquitto(root.resolve("broker"));
        Files.createDirectories(workspace.resolve("tracing"));
        Files.writeString(workspace.resolve("tracing/live.properties"),
                "park=" + PARK + "\nnetwork=networks/Example1.inp\nbrokerUri=" + broker.uri() + "\nsimulator=false\n", StandardCharsets.UTF_8);
        Ui.sync(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective(TracingPerspective.ID, PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @AfterAll
    static void tearDown() throws Exception {
        TracingSession.get().disconnect();
        if (broker != null) {
            broker.close();
        }
    }

    private static MapPart map() throws InterruptedException {
        return Ui.await("the map view", WAIT, () -> Ui.findAny(NetworkCanvas.class, NetworkCanvas.WIDGET_ID)
                .map(c -> (MapPart) c.getData(MapPart.class.getName())));
    }

    private static int index(MapData d, String node) {
        return d.network().indexOf(node).orElseThrow();
    }

    @Test
    @Order(1)
    void mapDrawsExample1AtItsCoordinates() throws Exception {
        MapPart part = map();
        MapData data = Ui.sync(() -> {
            try {
                part.open(network);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return part.canvas().network().orElseThrow();
        });
        assertEquals(14, data.nodeCount());
        assertEquals(0, data.unplaced());
        // bounds from [COORDINATES] by hand: x 2336.84 (node 13) .. 7768.42 (19), y 505.26 (18) .. 9600 (9)
        assertEquals(2336.84, data.bounds().minX(), 1e-9);
        assertEquals(7768.42, data.bounds().maxX(), 1e-9);
        assertEquals(505.26, data.bounds().minY(), 1e-9);
        assertEquals(9600.0, data.bounds().maxY(), 1e-9);
        // conduit 10 (17 → 18) bends at its [VERTICES] point 6673.68, 1368.42
        int link10 = java.util.stream.IntStream.range(0, data.network().linkCount())
                .filter(l -> data.network().link(l).id().equals("10")).findFirst().orElseThrow();
        assertEquals(List.of(6252.63, 2147.37, 6673.68, 1368.42, 6631.58, 505.26),
                java.util.Arrays.stream(data.polyline(link10).orElseThrow()).boxed().toList());
        assertEquals(List.of("E01"), data.enterprisesAt(index(data, "9")).stream().map(a -> a.id()).toList());
        assertEquals(index(data, "16"), data.nodeOfSensor("S16").orElseThrow());

        // Offscreen 800×600, margin 24: usable 752×552. Scale = min(752/5431.58, 552/9094.74) = 552/9094.74 px per unit.
        // The bounds' centre is (5052.63, 5052.63) and goes to (400, 300):
        // sx = 400 + s·(x − 5052.63), sy = 300 − s·(y − 5052.63).
        double s = 552 / 9094.74;
        RGB junction = new RGB(55, 95, 150);
        RGB outfall = new RGB(20, 120, 60);
        ImageData pixels = Ui.sync(() -> {
            Image image = new Image(Ui.display(), 800, 600);
            GC gc = new GC(image);
            try {
                new MapPainter(new Colours()).paint(gc, data, ViewTransform.fit(data.bounds(), 800, 600, 24), new Overlay(),
                        new Rectangle(0, 0, 800, 600));
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        for (Object[] c : COORDINATES) {
            int sx = (int) Math.round(400 + s * ((double) c[1] - 5052.63));
            int sy = (int) Math.round(300 - s * ((double) c[2] - 5052.63));
            RGB at = pixels.palette.getRGB(pixels.getPixel(sx, sy));
            assertEquals("18".equals(c[0]) ? outfall : junction, at, "node " + c[0] + " at " + sx + "," + sy);
        }
        // node 9 is the top one: y 9600 → 300 − s·4547.37 = 24 (the margin); node 18 the bottom: 300 + s·4547.37 = 576
        assertEquals(24, Math.round(300 - s * (9600 - 5052.63)));

        // the view: fitted to its own size, the same arithmetic with its client area
        Rectangle area = Ui.sync(() -> part.canvas().getClientArea());
        double vs = Math.min((area.width - 48) / 5431.58, (area.height - 48) / 9094.74);
        ViewTransform t0 = Ui.sync(() -> part.canvas().transform());
        assertEquals(vs, t0.scale(), 1e-9);
        assertEquals(area.width / 2.0 - vs * 5052.63, t0.tx(), 1e-6);
        assertEquals(area.height / 2.0 + vs * 5052.63, t0.ty(), 1e-6);

        // wheel zoom ×2 around the view's centre: a node's offset from the centre doubles
        int cx = area.width / 2;
        int cy = area.height / 2;
        double x9 = t0.screenX(4042.11);
        double y9 = t0.screenY(9600.0);
        ViewTransform z = Ui.sync(() -> {
            part.canvas().zoomAt(2, cx, cy);
            return part.canvas().transform();
        });
        assertEquals(2 * vs, z.scale(), 1e-9);
        assertEquals(cx + 2 * (x9 - cx), z.screenX(4042.11), 1e-6);
        assertEquals(cy + 2 * (y9 - cy), z.screenY(9600.0), 1e-6);
        // a drag of (30, −20) moves it by exactly that
        ViewTransform p = Ui.sync(() -> {
            part.canvas().pan(30, -20);
            return part.canvas().transform();
        });
        assertEquals(z.screenX(4042.11) + 30, p.screenX(4042.11), 1e-6);
        assertEquals(z.screenY(9600.0) - 20, p.screenY(9600.0), 1e-6);
        // fit brings the first view back; the node under the pointer is found and described
        Ui.sync(() -> {
            part.canvas().fit();
            return null;
        });
        assertEquals(t0, Ui.sync(() -> part.canvas().transform()));
        int nine = index(data, "9");
        assertEquals(nine, Ui.sync(() -> part.canvas().nodeAt((int) Math.round(x9) + 3, (int) Math.round(y9) - 2).orElseThrow()));
        String about = Ui.sync(() -> part.describe(nine));
        assertTrue(about.contains("Node 9 (junction)") && about.contains("E01 Dyeing plant No. 1"), about);
        // a sensor with nothing received yet: its declared parameters (sidecar default cod;conductivity), no values
        String sensor = Ui.sync(() -> part.describe(index(data, "16")));
        assertTrue(sensor.contains("sensor S16 (no data): cod, conductivity —"), sensor);
        Ui.settle();
        Ui.screenshot("tracing-map");
    }

    @Test
    @Order(2)
    void readingsAndAlertsFromMosquittoReachTheMapTimelineAndChart() throws Exception {
        // the workspace "opens": its live.properties goes to ConfigAdmin and the views subscribe to the park
        Ui.sync(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective("org.steward.workbench.perspective", PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        LiveLauncher launcher = LiveLauncher.forWorkspace(workspace, true).orElseThrow();
        launcher.schedule();
        assertTrue(launcher.join(WAIT.toMillis(), null), "the launcher did not finish");
        // a new user lands on the Tracing perspective with the park's network on the map
        Ui.await("the Tracing perspective", WAIT, () -> TracingPerspective.ID.equals(page().getPerspective().getId())
                ? Optional.of(true) : Optional.empty());
        MapPart shown = map();
        assertEquals(network, Ui.await("the park's network on the map", WAIT, () -> shown.canvas().network().flatMap(MapData::file)));
        assertTrue(TracingSession.get().connected(), TracingSession.get().liveStatus());
        assertEquals(broker.uri(), launcher.broker(), "no LiveTracing service here: the file's brokerUri");
        Configuration config = service(ConfigurationAdmin.class).listConfigurations("(service.pid=" + LiveConfigPusher.PID + ")")[0];
        Dictionary<String, Object> props = config.getProperties();
        assertEquals(PARK, props.get("park"));
        assertEquals(network.toAbsolutePath().normalize().toString(), props.get("network"), "relative network resolved against the workspace");
        assertEquals("false", props.get("simulator"));

        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        double[] cod16 = {40, 42, 41, 300, 420};
        try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
            for (int i = 0; i < cod16.length; i++) {
                pub.publish("steward/" + PARK + "/S16/cod", "{\"timestamp\":\"" + t0.plusSeconds(60L * i) + "\",\"value\":" + cod16[i] + ",\"unit\":\"mg/L\"}");
            }
            pub.publish("steward/" + PARK + "/S21/cod", "{\"timestamp\":\"" + t0 + "\",\"value\":35,\"unit\":\"mg/L\"}");
            pub.publish("steward/" + PARK + "/S21/cod", "{\"timestamp\":\"" + t0.plusSeconds(60) + "\",\"value\":36,\"unit\":\"mg/L\"}");
            pub.publish("steward/" + PARK + "/S21/cod", "{broken");
            pub.publish("steward/" + PARK + "/alerts", alert(false));
        }
        var live = TracingSession.get().live();
        Ui.await("7 readings, 1 alert, 1 rejected", WAIT, () -> live.readings() == 7 && live.alerts().size() == 1 && live.rejected() == 1
                ? Optional.of(true) : Optional.empty());

        MapPart part = map();
        MapData data = Ui.sync(() -> part.canvas().network().orElseThrow());
        int n16 = index(data, "16");
        int n21 = index(data, "21");
        Ui.await("S16 red on the map", WAIT, () -> part.canvas().overlay().sensorStates().get(n16) == SensorState.ALARM
                ? Optional.of(true) : Optional.empty());
        assertEquals(SensorState.OK, Ui.sync(() -> part.canvas().overlay().sensorStates().get(n21)));
        // nothing selected yet: the newest open alert's candidates are on the map already
        assertEquals(n16, Ui.sync(() -> part.canvas().overlay().topCandidate().orElseThrow()));

        // the timeline and the list show the alert; selecting it puts its candidates on the map
        Ui.sync(() -> {
            try {
                page().showView(AlertsPart.ID);
                page().showView(ChartPart.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        AlertsPart alerts = Ui.await("the alerts view", WAIT, () -> Ui.findAny(TimelineCanvas.class, TimelineCanvas.WIDGET_ID)
                .map(c -> (AlertsPart) c.getData(AlertsPart.class.getName())));
        Ui.await("the alert in the list", WAIT, () -> alerts.rows().size() == 1 ? Optional.of(true) : Optional.empty());
        assertEquals(PARK + "-1", Ui.sync(() -> alerts.rows().get(0).id()));
        Ui.sync(() -> {
            alerts.select(PARK + "-1");
            return null;
        });
        Ui.settle();
        assertNotNull(Ui.sync(() -> alerts.timeline().bars().get(0)), "the alert's bar is drawn");
        Map<Integer, Double> expected = new LinkedHashMap<>();
        expected.put(n16, 0.387);
        expected.put(index(data, "15"), 0.194);
        expected.put(index(data, "22"), 0.194);
        assertEquals(expected, Ui.sync(() -> new LinkedHashMap<>(part.canvas().overlay().candidates())));
        assertTrue(Ui.sync(() -> part.describe(n16)).contains("candidate #1, score 0.387"));

        // the chart shows S16's five cod readings
        ChartPart chart = Ui.await("the chart view", WAIT, () -> Ui.findAny(ChartCanvas.class, ChartCanvas.WIDGET_ID)
                .map(c -> (ChartPart) c.getData(ChartPart.class.getName())));
        Ui.sync(() -> {
            TracingSession.get().selectSensor(Optional.of("S16"));
            return null;
        });
        ChartCanvas.Content content = Ui.sync(() -> chart.chart().content());
        assertEquals(List.of(40.0, 42.0, 41.0, 300.0, 420.0), content.series().get("cod").stream().map(x -> x.value()).toList());
        assertEquals(1, content.alarms().size(), "the alert's span is shaded");
        assertTrue(content.title().contains("S16") && content.title().contains("16"), content.title());
        Ui.settle();
        Ui.screenshot("tracing-live-alarm");

        // the final alert ends the alarm
        try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
            pub.publish("steward/" + PARK + "/alerts", alert(true));
        }
        Ui.await("S16 back to reporting", WAIT, () -> part.canvas().overlay().sensorStates().get(n16) == SensorState.OK
                ? Optional.of(true) : Optional.empty());
        assertEquals(1, live.alerts().size());
    }

    /** An alert for a discharge seen at S16 and not at S21 (contract item 3 layout). */
    private static String alert(boolean last) {
        return "{\"park\":\"" + PARK + "\",\"id\":\"" + PARK + "-1\",\"issued\":\"2026-11-23T08:04:10Z\",\"final\":" + last + ","
                + "\"event\":{\"start\":\"2026-11-23T08:03:00Z\",\"peak\":\"2026-11-23T08:04:00Z\",\"end\":"
                + (last ? "\"2026-11-23T08:10:00Z\"" : "null") + ",\"parameters\":[\"cod\"],"
                + "\"sensors\":[{\"sensor\":\"S16\",\"node\":\"16\",\"parameters\":[\"cod\"],\"firstAbnormal\":\"2026-11-23T08:03:00Z\",\"peak\":{\"cod\":420.0}}]},"
                + "\"quiet\":[\"S21\"],"
                + "\"candidates\":[{\"node\":\"16\",\"score\":0.387,\"enterprises\":[]},{\"node\":\"15\",\"score\":0.194,\"enterprises\":[{\"id\":\"E02\",\"name\":\"印染二厂\"}]},"
                + "{\"node\":\"22\",\"score\":0.194,\"enterprises\":[]}],\"confidence\":0.387}";
    }

    @Test
    @Order(3)
    void twoEventsOpenAtOnceAreTwoEntriesAndBothCandidateSetsAreDrawn() throws Exception {
        // Two discharges overlapping in time, traced as two events by the live service (SourceGrouping): one seen at
        // S21 (candidates upstream of 21), one at S16 with S21 quiet (U(16) − U(21)); the sets share no node.
        Instant t0 = Instant.parse("2026-11-23T09:00:00Z");
        try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
            pub.publish("steward/" + PARK + "/alerts", alert(PARK + "-2", "S21", "21", t0, t0.plusSeconds(240), false,
                    "21", 0.4, "10", 0.2, "20", 0.2));
            pub.publish("steward/" + PARK + "/alerts", alert(PARK + "-3", "S16", "16", t0.plusSeconds(120), t0.plusSeconds(300), false,
                    "16", 0.387, "15", 0.194, "22", 0.194));
        }
        var live = TracingSession.get().live();
        Ui.await("3 alerts", WAIT, () -> live.alerts().size() == 3 ? Optional.of(true) : Optional.empty());
        MapPart part = map();
        MapData data = Ui.sync(() -> part.canvas().network().orElseThrow());
        int n16 = index(data, "16");
        int n21 = index(data, "21");
        Ui.sync(() -> {
            TracingSession.get().selectAlert(Optional.empty());
            return null;
        });
        // nothing selected: both open events' candidates are drawn, the newest first, each with its own ranks
        Ui.await("two candidate sets on the map", WAIT, () -> part.canvas().overlay().candidateSets().size() == 2
                ? Optional.of(true) : Optional.empty());
        List<Integer> tops = Ui.sync(() -> part.canvas().overlay().candidateSets().stream()
                .map(m -> m.keySet().iterator().next()).toList());
        assertEquals(List.of(n16, n21), tops);
        assertEquals(SensorState.ALARM, Ui.sync(() -> part.canvas().overlay().sensorStates().get(n16)));
        assertEquals(SensorState.ALARM, Ui.sync(() -> part.canvas().overlay().sensorStates().get(n21)));
        String describe21 = Ui.sync(() -> part.describe(n21));
        assertTrue(describe21.contains("candidate #1, score 0.400"), describe21);
        // the painted map has the top-candidate colour at both nodes
        ImageData pixels = Ui.sync(() -> {
            Image image = new Image(Ui.display(), 800, 600);
            GC gc = new GC(image);
            try {
                new MapPainter(new Colours()).paint(gc, data, ViewTransform.fit(data.bounds(), 800, 600, 24),
                        part.canvas().overlay(), new Rectangle(0, 0, 800, 600));
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        ViewTransform fit = Ui.sync(() -> ViewTransform.fit(data.bounds(), 800, 600, 24));
        // a pixel inside each top candidate's disc (radius 18), clear of the node's ring (8), its links and its label:
        // 16 up-left (its links run up, left and right-down), 21 to the right (links up-left, up-right at 25°, down)
        Map<Integer, int[]> probe = Map.of(n16, new int[] {-10, -10}, n21, new int[] {14, 0});
        for (int n : List.of(n16, n21)) {
            int x = (int) Math.round(fit.screenX(data.network().node(n).x())) + probe.get(n)[0];
            int y = (int) Math.round(fit.screenY(data.network().node(n).y())) + probe.get(n)[1];
            RGB at = pixels.palette.getRGB(pixels.getPixel(x, y));
            // top colour (230, 40, 0) at alpha 150 over white: (239, 129, 105); other candidates (255, 140, 0): green 187
            assertTrue(at.red > 200 && at.green < 160 && at.blue < 160, "top-candidate red at node " + data.network().node(n).id() + ": " + at);
        }

        // the list and the timeline: two open entries, their bars on different rows (they overlap in time)
        AlertsPart alerts = Ui.await("the alerts view", WAIT, () -> Ui.findAny(TimelineCanvas.class, TimelineCanvas.WIDGET_ID)
                .map(c -> (AlertsPart) c.getData(AlertsPart.class.getName())));
        Ui.await("three rows", WAIT, () -> alerts.rows().size() == 3 ? Optional.of(true) : Optional.empty());
        assertEquals(List.of(PARK + "-3", PARK + "-2", PARK + "-1"), Ui.sync(() -> alerts.rows().stream().map(a -> a.id()).toList()));
        Ui.settle();
        List<Rectangle> bars = Ui.sync(() -> alerts.timeline().bars());
        assertEquals(3, bars.size());
        assertNotNull(bars.get(1));
        assertNotNull(bars.get(2));
        assertTrue(bars.get(1).y != bars.get(2).y, "overlapping events stacked: " + bars);
        assertTrue(bars.get(2).x > bars.get(1).x, "the second started later: " + bars);
        Ui.screenshot("tracing-two-events");

        // selecting one event shows its candidates alone, then the other's
        Ui.sync(() -> {
            alerts.select(PARK + "-2");
            return null;
        });
        Ui.settle();
        assertEquals(1, Ui.sync(() -> part.canvas().overlay().candidateSets().size()));
        assertEquals(n21, Ui.sync(() -> part.canvas().overlay().topCandidate().orElseThrow()));
        Ui.sync(() -> {
            alerts.select(PARK + "-3");
            return null;
        });
        Ui.settle();
        assertEquals(n16, Ui.sync(() -> part.canvas().overlay().topCandidate().orElseThrow()));
        Ui.screenshot("tracing-two-events-selected");

        // both close: their sensors stop alarming
        try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
            pub.publish("steward/" + PARK + "/alerts", alert(PARK + "-2", "S21", "21", t0, t0.plusSeconds(900), true,
                    "21", 0.4, "10", 0.2, "20", 0.2));
            pub.publish("steward/" + PARK + "/alerts", alert(PARK + "-3", "S16", "16", t0.plusSeconds(120), t0.plusSeconds(960), true,
                    "16", 0.387, "15", 0.194, "22", 0.194));
        }
        Ui.await("S16 and S21 back to reporting", WAIT, () -> part.canvas().overlay().sensorStates().get(n16) == SensorState.OK
                && part.canvas().overlay().sensorStates().get(n21) == SensorState.OK ? Optional.of(true) : Optional.empty());
        Ui.sync(() -> {
            TracingSession.get().selectAlert(Optional.empty());
            return null;
        });
    }

    /** An alert of one sensor with three candidates (node, score, …), open or final. */
    private static String alert(String id, String sensor, String node, Instant start, Instant issued, boolean last,
                                Object... candidates) {
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < candidates.length; i += 2) {
            c.append(i == 0 ? "" : ",").append("{\"node\":\"").append(candidates[i]).append("\",\"score\":")
                    .append(candidates[i + 1]).append(",\"enterprises\":[]}");
        }
        return "{\"park\":\"" + PARK + "\",\"id\":\"" + id + "\",\"issued\":\"" + issued + "\",\"final\":" + last + ","
                + "\"event\":{\"start\":\"" + start + "\",\"peak\":\"" + start.plusSeconds(60) + "\",\"end\":"
                + (last ? "\"" + issued.minusSeconds(600) + "\"" : "null") + ",\"parameters\":[\"cod\"],"
                + "\"sensors\":[{\"sensor\":\"" + sensor + "\",\"node\":\"" + node + "\",\"parameters\":[\"cod\"],\"firstAbnormal\":\""
                + start + "\",\"peak\":{\"cod\":420.0}}]},\"quiet\":[],\"candidates\":[" + c + "],\"confidence\":" + candidates[1] + "}";
    }

    @Test
    @Order(4)
    void locateFromTheMapMarksTheSameTopCandidateAsTheHeadlessModel() throws Exception {
        MapPart part = map();
        MapData data = Ui.sync(() -> part.canvas().network().orElseThrow());
        Job job = Ui.sync(() -> {
            TracingSession.get().selectAlert(Optional.empty());
            part.toggleFired("16");
            return part.locate().orElseThrow();
        });
        assertTrue(job.join(WAIT.toMillis(), null));
        Ui.await("the locate result on the map", WAIT, () -> TracingSession.get().located().isPresent()
                && !part.canvas().overlay().candidates().isEmpty() ? Optional.of(true) : Optional.empty());
        List<Integer> order = Ui.sync(() -> new ArrayList<>(part.canvas().overlay().candidates().keySet()));
        Map<Integer, Double> scores = Ui.sync(() -> new LinkedHashMap<>(part.canvas().overlay().candidates()));

        // By hand (docs/models/tracing.md, Locate): sensors 16 and 21, 16 fired. Candidates = U(16) − U(21)
        // = {16, 22, 13, 14, 15}; prior 1/(1+h) with h = links down to 16: 1, 1/2 (22), 1/4 (13), 1/3 (14), 1/2 (15);
        // the sum is 31/12, so 16 scores 12/31; 15 and 22 tie at 6/31 and keep file order (15 first).
        assertEquals(List.of("16", "15", "22", "14", "13"), order.stream().map(i -> data.network().node(i).id()).toList());
        assertEquals(12.0 / 31, scores.get(index(data, "16")), 1e-9);
        assertEquals(3.0 / 31, scores.get(index(data, "13")), 1e-9);

        // the same question to tracing.locate without the UI
        ModelResult headless = service(ModelRunner.class).run("tracing.locate", Optional.of(network),
                Map.of("sensors", "16,21", "fired", "16"), ProgressMonitor.NULL, Duration.ofMinutes(1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) headless.json().get("candidates");
        assertEquals(data.network().node(order.get(0)).id(), candidates.get(0).get("node"));
        assertEquals(order.stream().map(i -> data.network().node(i).id()).toList(), candidates.stream().map(c -> c.get("node")).toList());
        Ui.settle();
        Ui.screenshot("tracing-locate");
    }

    @Test
    @Order(5)
    void placementSuggestsTheNodeThatSplitsTheLargestClasses() throws Exception {
        MapPart part = map();
        MapData data = Ui.sync(() -> part.canvas().network().orElseThrow());
        Job job = Ui.sync(() -> part.place(1).orElseThrow());
        assertTrue(job.join(WAIT.toMillis(), null));
        Ui.await("the placement on the map", WAIT, () -> TracingSession.get().placement().isPresent()
                && !part.canvas().overlay().suggested().isEmpty() ? Optional.of(true) : Optional.empty());
        var outcome = TracingSession.get().placement().orElseThrow();
        // By hand: with sensors at 16 and 21 the nodes fall into classes by the sensors downstream of them:
        // {9,10,19,20,21} (both), {13,14,15,16,22} (16 only), {17,18,23,24} (none): E = (25 + 25 + 16)/14 = 66/14.
        // A sensor splitting a class of 5 into 2 + 3 lowers Σn² most (25 → 13): 10, 14, 15 or 20; ties go to the
        // node declared first, 10. After: (13 + 25 + 16)/14 = 54/14.
        assertEquals(List.of("10"), outcome.chosen());
        assertEquals(66.0 / 14, outcome.before(), 1e-9);
        assertEquals(54.0 / 14, outcome.after(), 1e-9);
        assertEquals(List.of(index(data, "10")), Ui.sync(() -> part.canvas().overlay().suggested()));
        assertTrue(Ui.sync(part::message).contains("3.86") && Ui.sync(part::detailsText).contains("3.86"), Ui.sync(part::message));
        Ui.settle();
        Ui.screenshot("tracing-placement");
    }

    @Test
    @Order(6)
    void theViewDrawsTheGenerated10000NodeNetwork() throws Exception {
        Path big = root.resolve("generated-10000.inp");
        Files.writeString(big, org.steward.tracing.analysis.NetworkGenerator.generate(10_000, 42, 0), StandardCharsets.UTF_8);
        MapPart part = map();
        long[] nanos = new long[5];
        Ui.sync(() -> {
            try {
                part.open(big);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        for (int i = 0; i < nanos.length; i++) {
            Ui.sync(() -> {
                part.canvas().redraw();
                return null;
            });
            Ui.settle(); // GTK paints from its frame clock, not inside redraw()/update()
            nanos[i] = Ui.sync(() -> part.canvas().lastPaintNanos());
        }
        MapPainter.Frame frame = Ui.sync(() -> part.canvas().lastFrame());
        assertEquals(10_000, frame.nodesDrawn());
        assertEquals(9_999, frame.linksDrawn());
        java.util.Arrays.sort(nanos);
        Files.writeString(Path.of(System.getProperty("steward.screenshots", "target/screenshots")).resolveSibling("view-paint.txt"),
                String.format(java.util.Locale.ROOT, "map view, generated 10,000 nodes, whole network in %s px: median paint %.1f ms of %d frames%n",
                        Ui.sync(() -> part.canvas().getClientArea().toString()), nanos[nanos.length / 2] / 1e6, nanos.length));
        Ui.settle();
        Ui.screenshot("tracing-map-10000");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(TracingUiTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            if (tracker.waitForService(WAIT.toMillis()) == null) {
                throw new AssertionError(type.getName() + " is not running in the test runtime");
            }
            // keep our own use: closing the tracker must not release a service factory's object (ConfigAdmin)
            return context.getService(tracker.getServiceReference());
        } finally {
            tracker.close();
        }
    }
}
