package org.steward.workbench.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchWindow;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelResult;
import org.steward.workbench.ModelUi;
import org.steward.workbench.ResultExporter;

/** Classes that the test contributions name: well-behaved ones and ones that misbehave on purpose. */
public final class Contributed {

    private Contributed() {
    }

    /** A correct model UI; counts how often it was created. */
    public static final class GoodModelUi implements ModelUi {
        public static final AtomicInteger CREATED = new AtomicInteger();

        public GoodModelUi() {
            CREATED.incrementAndGet();
        }

        @Override
        public void open(IWorkbenchWindow window, ModelDescriptor model) throws CoreException {
            // shows nothing in these tests
        }
    }

    /** Records that the workbench opened it, for the UI test (contributed in plugin.xml for model test.withUi). */
    public static final class RecordingModelUi implements ModelUi {
        public static final java.util.List<String> OPENED = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void open(IWorkbenchWindow window, ModelDescriptor model) {
            OPENED.add(model.id());
        }
    }

    /** Its constructor throws. */
    public static final class ThrowingModelUi implements ModelUi {
        public ThrowingModelUi() {
            throw new IllegalStateException("broken on purpose");
        }

        @Override
        public void open(IWorkbenchWindow window, ModelDescriptor model) {
            // never reached
        }
    }

    /** Its constructor never returns on its own (until interrupted). */
    public static final class HangingModelUi implements ModelUi {
        public static final CountDownLatch NEVER = new CountDownLatch(1);
        public static final AtomicInteger INTERRUPTED = new AtomicInteger();

        public HangingModelUi() throws InterruptedException {
            try {
                NEVER.await();
            } catch (InterruptedException e) {
                INTERRUPTED.incrementAndGet();
                throw e;
            }
        }

        @Override
        public void open(IWorkbenchWindow window, ModelDescriptor model) {
            // never reached
        }
    }

    /** Not a ModelUi at all. */
    public static final class NotAModelUi {
    }

    /** A correct exporter. */
    public static final class GoodExporter implements ResultExporter {
        @Override
        public void export(ModelResult result, Path target) throws IOException {
            // writes nothing in these tests
        }
    }
}
