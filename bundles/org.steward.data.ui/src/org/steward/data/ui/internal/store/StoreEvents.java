package org.steward.data.ui.internal.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tells the status line that the store changed (after a backup or restore). */
public final class StoreEvents {
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private StoreEvents() {
    }

    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    public static void changed() {
        LISTENERS.forEach(Runnable::run);
    }
}
