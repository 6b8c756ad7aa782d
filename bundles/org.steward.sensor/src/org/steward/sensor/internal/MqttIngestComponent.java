package org.steward.sensor.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.steward.sensor.IngestConfig;
import org.steward.sensor.IngestStats;
import org.steward.sensor.ReadingListener;
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;

/**
 * MQTT → store, as a DS component: a {@link BrokerClient} of the configured MQTT version feeds the shared
 * {@link IngestPipeline}, which commits readings in batches and only then acknowledges them, so the broker redelivers
 * whatever was not committed when the node died.
 */
@Component(service = SensorIngest.class, configurationPid = SensorIngest.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true) // ingest as soon as configured, not when someone first asks for the service
public class MqttIngestComponent implements SensorIngest, BrokerClient.Events {

    @Reference
    private Store store;

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private final List<ReadingListener> listeners = new CopyOnWriteArrayList<>();
    private IngestPipeline pipeline;
    private BrokerClient client;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ReadingListener listener) {
        listeners.add(listener);
    }

    void removeListener(ReadingListener listener) {
        listeners.remove(listener);
    }

    @Activate
    void activate(IngestConfig cfg) throws Exception {
        pipeline = new IngestPipeline(cfg, store, listeners, this);
        client = BrokerClient.create(cfg, pipeline, this);
        pipeline.start(client);
        try {
            client.connect(30_000);
        } catch (Exception e) {
            client.close();
            pipeline.stop();
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        client.close();
        pipeline.stop();
    }

    @Override
    public IngestStats stats() {
        return pipeline.stats();
    }

    @Override
    public boolean connected() {
        return client != null && client.connected();
    }

    @Override
    public void info(String message) {
        Logger l = logger;
        if (l != null) {
            l.info(message);
        }
    }

    @Override
    public void warn(String message) {
        Logger l = logger;
        if (l != null) {
            l.warn(message);
        } else {
            System.getLogger(SensorIngest.PID).log(System.Logger.Level.WARNING, message);
        }
    }
}
