package org.steward.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;

import org.apache.derby.drda.NetworkServerControl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.steward.store.DerbyServer;
import org.steward.store.Store;
import org.steward.store.StoreConfig;
import org.steward.store.StoreException;

/**
 * Runs a Derby network server inside this process (node or workbench). Reads the store's configuration (PID
 * {@link Store#PID}) for its Derby settings ({@code derbyPageCacheSize}, {@code derbyLogBufferSize}), applied before the
 * server starts.
 */
@Component(service = DerbyServer.class, configurationPid = Store.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class DerbyServerComponent implements DerbyServer {
    private NetworkServerControl server;
    private Address address;
    private volatile StoreConfig config;

    @Activate
    @Modified // a changed configuration must not stop a running server; it applies to the next start
    void configure(StoreConfig cfg) {
        config = cfg;
    }

    @Override
    public synchronized Address start(String host, int port) throws StoreException {
        if (server != null) {
            throw new StoreException("a Derby network server is already running on " + address.host() + ":" + address.port());
        }
        DerbySettings.apply(config); // before the server boots a database for a client
        try {
            int chosen = port == 0 ? freePort(host) : port;
            NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(host), chosen);
            control.start(new PrintWriter(OutputStream.nullOutputStream()));
            waitUntilUp(control);
            server = control;
            address = new Address(host, chosen);
            return address;
        } catch (Exception e) {
            throw new StoreException("cannot start a Derby network server on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return s.getLocalPort();
        }
    }

    private static void waitUntilUp(NetworkServerControl control) throws Exception {
        Exception last = null;
        for (int i = 0; i < 100; i++) {
            try {
                control.ping();
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(50);
            }
        }
        throw last;
    }

    @Override
    @Deactivate
    public synchronized void stop() throws StoreException {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
        } catch (Exception e) {
            throw new StoreException("cannot stop the Derby network server: " + e.getMessage(), e);
        } finally {
            server = null;
            address = null;
        }
    }

    @Override
    public synchronized Optional<Address> running() {
        return Optional.ofNullable(address);
    }
}
