package org.steward.node.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;

/**
 * The admin channel's {@code ingest} answer: each running sensor ingest of this serve node with its broker, topic
 * filter, connection state and counters. Its own class because {@code org.steward.sensor} is an optional import: a
 * node without the sensor bundle fails to load this class, and {@link ServeCommand} says so instead.
 */
final class IngestAnswer {
    /** Configuration properties shown; never a password or the name of its variable. */
    private static final List<String> SHOWN = List.of("brokerUri", "clientId", "topicFilter", "mqttVersion");

    private IngestAnswer() {
    }

    static Map<String, Object> of(BundleContext context) throws InvalidSyntaxException {
        List<Map<String, Object>> ingests = new ArrayList<>();
        Collection<ServiceReference<SensorIngest>> refs = context.getServiceReferences(SensorIngest.class, null);
        for (ServiceReference<SensorIngest> ref : refs) {
            SensorIngest ingest = context.getService(ref);
            if (ingest == null) {
                continue; // went away meanwhile
            }
            try {
                Map<String, Object> m = new LinkedHashMap<>();
                for (String key : SHOWN) {
                    Object value = ref.getProperty(key);
                    if (value != null) {
                        m.put(key, String.valueOf(value));
                    }
                }
                m.put("connected", ingest.connected());
                IngestStats s = ingest.stats();
                m.put("received", s.received());
                m.put("stored", s.stored());
                m.put("duplicates", s.duplicates());
                m.put("rejected", s.rejected());
                m.put("acknowledged", s.acknowledged());
                ingests.add(m);
            } finally {
                context.ungetService(ref);
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ingests", ingests);
        return answer;
    }
}
