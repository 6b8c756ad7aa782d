package org.steward.sensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.steward.sensor.internal.AckSequencer;
import org.steward.sensor.internal.AckSequencer.Ticket;

/** Acknowledgements leave in arrival order whatever order the writers commit in. */
class AckSequencerTest {

    @Test
    void aLaterBatchCommittedFirstWaitsForTheEarlierOne() {
        AckSequencer acks = new AckSequencer();
        List<Integer> sent = new ArrayList<>();
        Ticket a1 = acks.register(1, 1);
        Ticket b2 = acks.register(2, 1);
        Ticket a3 = acks.register(3, 1);
        Ticket b4 = acks.register(4, 1);
        acks.committed(List.of(b2, b4), t -> sent.add(t.id)); // writer B first: 1 holds both back
        assertEquals(List.of(), sent);
        acks.committed(List.of(a1), t -> sent.add(t.id)); // 1, then 2 (committed), not 3
        assertEquals(List.of(1, 2), sent);
        acks.committed(List.of(a3), t -> sent.add(t.id));
        assertEquals(List.of(1, 2, 3, 4), sent);
        assertEquals(0, acks.waiting());
    }

    @Test
    void messagesOfAnEndedSessionAreNeverAcknowledged() {
        AckSequencer acks = new AckSequencer();
        List<Integer> sent = new ArrayList<>();
        Ticket old1 = acks.register(1, 1);
        Ticket old2 = acks.register(2, 1);
        acks.committed(List.of(old2), t -> sent.add(t.id));
        acks.clear(); // a new session: 1 and 2 are redelivered
        Ticket again1 = acks.register(1, 1);
        acks.committed(List.of(old1), t -> sent.add(t.id)); // a writer finishing a batch of the old session
        assertEquals(List.of(), sent);
        acks.committed(List.of(again1), t -> sent.add(t.id));
        assertEquals(List.of(1), sent);
    }

    /** Four writers commit shuffled slices of 20,000 messages at once: every one acknowledged once, in order. */
    @Test
    void concurrentWritersStillAcknowledgeInArrivalOrder() throws Exception {
        AckSequencer acks = new AckSequencer();
        int n = 20_000;
        int writers = 4;
        List<List<Ticket>> slices = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            slices.get(ThreadLocalRandom.current().nextInt(writers)).add(acks.register(i, 1));
        }
        List<Integer> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (List<Ticket> slice : slices) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int from = 0; from < slice.size(); from += 37) { // batches of 37
                    acks.committed(slice.subList(from, Math.min(slice.size(), from + 37)), x -> sent.add(x.id));
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertEquals(n, sent.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, sent.get(i), "acknowledgement " + i);
        }
    }
}
