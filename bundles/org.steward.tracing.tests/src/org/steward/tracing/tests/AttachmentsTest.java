package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.network.SewerNetwork;

class AttachmentsTest {

    @org.junit.jupiter.api.BeforeAll
    static void englishMessages() {
        // the assertions below read English messages; MessagesTest covers Chinese
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
    }

    private static SewerNetwork tree() throws Exception {
        return InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
    }

    @Test
    void readsEnterprisesAndSensors() throws Exception {
        Attachments a = Attachments.parse("tree.attachments.csv", """
                type,id,node,name
                # dyeing plants
                enterprise,E01,A,Dyeing plant 1
                enterprise,E02,A,印染二厂
                sensor,S1,C
                """, tree());
        assertEquals(2, a.of(Attachment.Type.ENTERPRISE).size());
        assertEquals("印染二厂", a.enterprisesByNode().get("A").get(1).name());
        assertEquals("C", a.of(Attachment.Type.SENSOR).get(0).node());
        assertEquals(5, a.of(Attachment.Type.SENSOR).get(0).line());
    }

    @Test
    void badLinesNameTheirLine() throws Exception {
        SewerNetwork net = tree();
        NetworkFormatException e = assertThrows(NetworkFormatException.class,
                () -> Attachments.parse("x.csv", "enterprise,E01,A\nenterprise,E02,NOPE\n", net));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("'NOPE'"), e.getMessage());
        e = assertThrows(NetworkFormatException.class, () -> Attachments.parse("x.csv", "\nfactory,E01,A\n", net));
        assertEquals(2, e.line());
        e = assertThrows(NetworkFormatException.class, () -> Attachments.parse("x.csv", "sensor,S1,C\nsensor,S1,E\n", net));
        assertTrue(e.getMessage().contains("first on line 1"), e.getMessage());
        e = assertThrows(NetworkFormatException.class, () -> Attachments.parse("x.csv", "sensor;S1;C\n", net));
        assertTrue(e.getMessage().startsWith("x.csv:1: has 1 fields"), e.getMessage());
    }

    @Test
    void sensorsListTheirParametersInTheFifthColumn() throws Exception {
        Attachments a = Attachments.parse("tree.attachments.csv", """
                type,id,node,name,parameters
                sensor,S1,C,East main,COD; conductivity ;ph
                sensor,S2,E
                sensor,S3,E,,
                enterprise,E01,A,Dyeing plant
                enterprise,E02,A,Paper mill,
                """, tree());
        var sensors = a.of(Attachment.Type.SENSOR);
        assertEquals(java.util.List.of("cod", "conductivity", "ph"), sensors.get(0).parameters());
        assertEquals("East main", sensors.get(0).name());
        // no fifth column, or an empty one: the documented default cod;conductivity
        assertEquals(java.util.List.of("cod", "conductivity"), sensors.get(1).parameters());
        assertEquals(java.util.List.of("cod", "conductivity"), sensors.get(2).parameters());
        assertEquals(java.util.List.of(), a.of(Attachment.Type.ENTERPRISE).get(0).parameters());
        assertEquals(java.util.List.of(), a.of(Attachment.Type.ENTERPRISE).get(1).parameters());
        // the old five-argument constructor keeps working and gives the defaults
        assertEquals(Attachment.DEFAULT_SENSOR_PARAMETERS, new Attachment(Attachment.Type.SENSOR, "S", "C", "", 1).parameters());
    }

    @Test
    void badParameterColumnsNameTheirLine() throws Exception {
        SewerNetwork net = tree();
        NetworkFormatException e = assertThrows(NetworkFormatException.class,
                () -> Attachments.parse("x.csv", "sensor,S1,C,,cod\nenterprise,E1,A,Mill,cod\n", net));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("only sensors have parameters"), e.getMessage());
        e = assertThrows(NetworkFormatException.class, () -> Attachments.parse("x.csv", "sensor,S1,C,,cod;;ph\n", net));
        assertTrue(e.getMessage().startsWith("x.csv:1: parameter '' in 'cod;;ph'"), e.getMessage());
        e = assertThrows(NetworkFormatException.class, () -> Attachments.parse("x.csv", "sensor,S1,C,,cod;COD\n", net));
        assertTrue(e.getMessage().contains("'cod' is listed twice"), e.getMessage());
        e = assertThrows(NetworkFormatException.class, () -> Attachments.parse("x.csv", "sensor,S1,C,,cod,ph\n", net));
        assertTrue(e.getMessage().startsWith("x.csv:1: has 6 fields but needs 3 to 5"), e.getMessage());
    }
}
