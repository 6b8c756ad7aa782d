package org.steward.data.ui.internal.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.Services;
import org.steward.store.Store;
import org.steward.store.StoreException;

/** Backup and restore as jobs, without dialogs (the handlers add those), so tests can drive them. */
public final class StoreActions {
    static final String PLUGIN = "org.steward.data.ui";

    private StoreActions() {
    }

    /** A job (not yet scheduled) that backs the store up into {@code folder}; {@code copy} gets the copy's path. */
    public static Job backup(Path folder, AtomicReference<Path> copy) {
        Job job = Job.create(Messages.Backup_job, monitor -> {
            monitor.beginTask(NLS.bind(Messages.Backup_job, folder), IProgressMonitor.UNKNOWN);
            try {
                Store store = Services.get(Store.class).orElseThrow(() -> new StoreException(Messages.Store_missing));
                copy.set(store.backup(folder));
                return Status.OK_STATUS;
            } catch (StoreException | RuntimeException e) {
                return Status.error(NLS.bind(Messages.Backup_failed, folder, e.getMessage()), e);
            } finally {
                monitor.done();
                StoreEvents.changed();
            }
        });
        job.setUser(true);
        return job;
    }

    /** A job (not yet scheduled) that replaces the store's database with {@code backupCopy}. */
    public static Job restore(Path backupCopy) {
        Job job = Job.create(Messages.Restore_job, monitor -> {
            monitor.beginTask(NLS.bind(Messages.Restore_job, backupCopy), IProgressMonitor.UNKNOWN);
            try {
                Store store = Services.get(Store.class).orElseThrow(() -> new StoreException(Messages.Store_missing));
                store.restore(backupCopy);
                return Status.OK_STATUS;
            } catch (StoreException | RuntimeException e) {
                return Status.error(NLS.bind(Messages.Restore_failed, backupCopy, e.getMessage()), e);
            } finally {
                monitor.done();
                StoreEvents.changed();
            }
        });
        job.setUser(true);
        return job;
    }
}
