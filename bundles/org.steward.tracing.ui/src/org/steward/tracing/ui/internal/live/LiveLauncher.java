package org.steward.tracing.ui.internal.live;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.ui.internal.Messages;
import org.steward.tracing.ui.internal.Services;
import org.steward.tracing.ui.internal.TracingPerspective;
import org.steward.tracing.ui.internal.TracingSession;
import org.steward.tracing.ui.internal.map.MapData;

/**
 * Brings a workspace's live park up in the workbench: pushes {@code tracing/live.properties} into ConfigAdmin
 * (PID {@code org.steward.tracing.live}, so the live service starts), shows the park's network on the map, takes the
 * broker from the {@code LiveTracing} service once it is registered (else the file's {@code brokerUri}, else the
 * embedded broker's address) and subscribes, retrying while the broker is not up yet.
 */
public final class LiveLauncher extends Job {
    /** How long to wait for the live service to register after the configuration was pushed. */
    static final Duration SERVICE_WAIT = Duration.ofSeconds(10);
    static final int CONNECT_ATTEMPTS = 60;

    private final Path workspace;
    private final boolean showPerspective;
    private volatile Optional<LiveConfig> config = Optional.empty();
    private volatile String broker = "";

    private LiveLauncher(Path workspace, boolean showPerspective) {
        super(Messages.Live_job);
        this.workspace = workspace;
        this.showPerspective = showPerspective;
        setSystem(true);
    }

    /** A launcher for a workspace that has {@code tracing/live.properties}; empty otherwise. */
    public static Optional<LiveLauncher> forWorkspace(Path workspace, boolean showPerspective) {
        return java.nio.file.Files.isRegularFile(workspace.resolve(LiveConfig.FILE))
                ? Optional.of(new LiveLauncher(workspace, showPerspective)) : Optional.empty();
    }

    public Optional<LiveConfig> config() {
        return config;
    }

    /** The broker it subscribed to. */
    public String broker() {
        return broker;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        TracingSession session = TracingSession.get();
        LiveConfig c;
        try {
            Optional<LiveConfig> read = LiveConfig.of(workspace);
            if (read.isEmpty()) {
                return Status.OK_STATUS;
            }
            c = read.get();
        } catch (LiveFormatException e) {
            session.setLiveStatus(e.getMessage());
            return log(Status.error(e.getMessage()));
        }
        config = Optional.of(c);
        Optional<ConfigurationAdmin> admin = Services.get(ConfigurationAdmin.class);
        if (admin.isPresent()) {
            try {
                LiveConfigPusher.push(admin.get(), c);
            } catch (IOException | RuntimeException e) {
                log(Status.warning(NLS.bind(Messages.Live_pushFailed, c.file(), e.getMessage()), e));
            }
        } else {
            log(Status.warning(Messages.Live_noConfigAdmin));
        }
        showNetwork(c);
        Optional<LiveService> service = LiveService.find(Services.context(), SERVICE_WAIT);
        broker = service.map(LiveService::brokerUri).filter(b -> !b.isBlank()).orElse(c.fallbackBroker());
        String park = service.map(LiveService::park).filter(p -> !p.isBlank()).orElse(c.park());
        session.setLiveStatus(NLS.bind(Messages.Live_connecting, park, broker));
        for (int attempt = 1; attempt <= CONNECT_ATTEMPTS && !monitor.isCanceled(); attempt++) {
            try {
                session.connect(broker, park);
                return Status.OK_STATUS;
            } catch (MqttException e) {
                session.setLiveStatus(NLS.bind(Messages.Live_retrying, new Object[] {broker, e.getMessage(), attempt}));
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
            }
        }
        String message = NLS.bind(Messages.Live_failed, broker, c.file());
        session.setLiveStatus(message);
        return log(Status.warning(message));
    }

    private void showNetwork(LiveConfig c) {
        MapData data;
        try {
            data = TracingSession.load(c.network());
        } catch (NetworkFormatException e) {
            log(Status.error(NLS.bind(Messages.Live_networkFailed, c.file(), e.getMessage()), e));
            return;
        }
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            TracingSession.get().setNetwork(Optional.of(data));
            if (showPerspective) {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                    window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
                }
                if (window != null) {
                    try {
                        PlatformUI.getWorkbench().showPerspective(TracingPerspective.ID, window);
                    } catch (WorkbenchException e) {
                        log(Status.warning(e.getMessage(), e));
                    }
                }
            }
        });
    }

    private static IStatus log(IStatus status) {
        ILog.of(LiveLauncher.class).log(status);
        return status.getSeverity() == IStatus.ERROR ? Status.OK_STATUS : status;
    }
}
