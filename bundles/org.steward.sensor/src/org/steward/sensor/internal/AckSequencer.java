package org.steward.sensor.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Acknowledges messages in the order they arrived, whichever writer commits them first. MQTT wants the PUBACKs of QoS 1
 * messages in the order of their PUBLISHes ([MQTT-4.6.0-2]); with several writers a later batch may commit before an
 * earlier one, so its acknowledgements wait here until every message that arrived before them is committed too.
 */
public final class AckSequencer {

    /** Sends one acknowledgement; called in arrival order, one call at a time. */
    public interface Sender {
        void ack(Ticket ticket);
    }

    /** One message waiting for its acknowledgement. */
    public static final class Ticket {
        public final int id;
        public final int qos;
        private boolean committed; // guarded by the sequencer

        private Ticket(int id, int qos) {
            this.id = id;
            this.qos = qos;
        }
    }

    private final ArrayDeque<Ticket> waiting = new ArrayDeque<>();
    /** Held while acknowledgements go out, so that two writers' turns cannot interleave. */
    private final Object sending = new Object();

    /** Called on the MQTT client's callback thread, in arrival order. */
    public synchronized Ticket register(int id, int qos) {
        Ticket t = new Ticket(id, qos);
        waiting.addLast(t);
        return t;
    }

    /**
     * Marks {@code tickets} committed and sends, in arrival order, every acknowledgement no earlier message holds back
     * any more (possibly none, possibly some of another writer's batch).
     */
    public void committed(List<Ticket> tickets, Sender sender) {
        synchronized (sending) {
            List<Ticket> ready = new ArrayList<>();
            synchronized (this) {
                for (Ticket t : tickets) {
                    t.committed = true;
                }
                while (!waiting.isEmpty() && waiting.peekFirst().committed) {
                    ready.add(waiting.pollFirst());
                }
            }
            for (Ticket t : ready) {
                sender.ack(t);
            }
        }
    }

    /**
     * Forgets every waiting message (a new session redelivers them): a writer that commits one of them later sends no
     * acknowledgement for it, and the redelivered copy is a duplicate by key.
     */
    public synchronized void clear() {
        waiting.clear();
    }

    /** Messages waiting for their acknowledgement (tests, diagnostics). */
    public synchronized int waiting() {
        return waiting.size();
    }
}
