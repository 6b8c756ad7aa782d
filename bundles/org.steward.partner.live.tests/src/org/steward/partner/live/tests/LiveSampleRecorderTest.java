package org.steward.partner.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.partner.live.LiveSampleRecorder;
import org.steward.partner.sampletest.Phase;
import org.steward.partner.sampletest.Reading;
import org.steward.partner.sampletest.SampleTestCsv;
import org.steward.partner.sampletest.SampleTestEvaluator;
import org.steward.partner.sampletest.SampleTestLimits;
import org.steward.partner.sampletest.SampleTestReport;
import org.steward.testing.Mosquitto;
import org.steward.testing.MqttPublisher;

/** A sample sensor read live through a real mosquitto (started on a free loopback port) and paired with entered references. */
class LiveSampleRecorderTest {

    private static void publish(MqttPublisher pub, String topic, Instant t, String valueAndUnit) throws Exception {
        pub.publish(topic, "{\"timestamp\":\"" + t + "\"," + valueAndUnit + "}");
    }

    @Test
    void readingsArePairedWithTheReferenceInForce(@TempDir Path dir) throws Exception {
        String topic = "steward/demo-park/S01/conductivity";
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"));
                LiveSampleRecorder rec = new LiveSampleRecorder(broker.uri(), topic, Clock.systemUTC())) {
            rec.start();
            assertEquals("uS/cm", rec.unit());
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                // before any reference: counted, not recorded
                publish(pub, topic, t0, "\"value\":1400");
                // wait until that message has arrived (it is unpaired, so poll the count)
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (rec.unpaired() < 1 && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertEquals(1, rec.unpaired(), "first reading not received; broker log:\n" + broker.log());
                rec.setReference(1413, Phase.INDICATION, "KCl 1413 uS/cm, 25C");
                publish(pub, topic, t0.plusSeconds(60), "\"value\":1.45,\"unit\":\"mS/cm\""); // converted by Units: 1450 uS/cm
                publish(pub, topic, t0.plusSeconds(120), "\"value\":1390");
                publish(pub, topic, t0.plusSeconds(180), "\"value\":\"high\""); // refused by ReadingParser
                assertTrue(rec.awaitPairs(2, Duration.ofSeconds(10)), "pairs: " + rec.pairs() + "\n" + broker.log());
                rec.setReference(0, Phase.ZERO_DRIFT, "pure water");
                publish(pub, topic, t0.plusSeconds(240), "\"value\":3");
                assertTrue(rec.awaitPairs(3, Duration.ofSeconds(10)));
            }
            List<LiveSampleRecorder.Pair> pairs = rec.pairs();
            assertEquals(3, pairs.size());
            assertEquals(1450.0, pairs.get(0).sensor(), 1e-9);
            assertEquals(1413.0, pairs.get(0).reference(), 0);
            assertEquals(t0.plusSeconds(60), pairs.get(0).time());
            assertEquals(Phase.ZERO_DRIFT, pairs.get(2).phase());
            long start = System.nanoTime();
            while (rec.rejected().isEmpty() && System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(20);
            }
            assertEquals(1, rec.rejected().size());
            assertTrue(rec.rejected().get(0).contains("field 'value' must be a number"), rec.rejected().toString());

            // written in the sample-test format and read back by the sample-test reader
            Path csv = dir.resolve("live.csv");
            rec.writeCsv(csv);
            List<Reading> back = new SampleTestCsv("live.csv").read(csv);
            assertEquals(rec.readings(), back);
            // indication error by hand: mean(1450, 1390) = 1420 → (1420 − 1413)/1413 × 100 = 0.495400 %
            SampleTestReport report = new SampleTestEvaluator("live.csv").evaluate(back, SampleTestLimits.defaults(2000));
            assertEquals(0.495400, report.figure("indicationError").value(), 5e-7);
        }
    }

    @Test
    void badTopicsAreRefusedWithTheReason() {
        IllegalArgumentException wild = assertThrows(IllegalArgumentException.class,
                () -> new LiveSampleRecorder("tcp://127.0.0.1:1", "steward/+/S01/cod", Clock.systemUTC()));
        assertTrue(wild.getMessage().contains("no wildcards"), wild.getMessage());
        IllegalArgumentException param = assertThrows(IllegalArgumentException.class,
                () -> new LiveSampleRecorder("tcp://127.0.0.1:1", "steward/p/S01/colour", Clock.systemUTC()));
        assertTrue(param.getMessage().contains("unknown parameter 'colour'"), param.getMessage());
        LiveSampleRecorder r = new LiveSampleRecorder("tcp://127.0.0.1:1", "steward/p/S01/cod", Clock.systemUTC());
        assertThrows(IllegalArgumentException.class, () -> r.setReference(Double.NaN, Phase.INDICATION, ""));
    }
}
