package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The wrapped derbyshared, derbytools and derbynet jars must attach to derby as fragments, or Derby cannot start. */
class DerbyWiringTest {

    @Test
    void fragmentsAreAttachedToDerby() throws Exception {
        Bundle derby = null;
        for (Bundle b : StoreFixture.context().getBundles()) {
            if (b.getSymbolicName().equals("derby")) {
                derby = b;
            }
        }
        assertNotNull(derby, "bundle derby is installed");
        BundleWiring wiring = derby.adapt(BundleWiring.class);
        assertNotNull(wiring, "derby is resolved");
        TreeSet<String> fragments = new TreeSet<>();
        for (BundleWire w : wiring.getProvidedWires("osgi.wiring.host")) {
            fragments.add(w.getRequirer().getSymbolicName());
        }
        assertEquals(new TreeSet<>(List.of("derbynet", "derbyshared", "derbytools")), fragments);
        assertNotNull(derby.loadClass("org.apache.derby.jdbc.EmbeddedDataSource"));
        assertNotNull(derby.loadClass("org.apache.derby.drda.NetworkServerControl"));
    }
}
