package org.jindu.portal.ws.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that creates and destroys a publisher's CXF servers in the order services came and went. Building a
 * server costs from milliseconds to half a second (JAXB for SOAP); doing it here keeps it off the thread that starts
 * bundles, so the portal and newly installed modules start without waiting for it.
 */
public final class PublishQueue {
    private static final Logger LOG = LoggerFactory.getLogger(PublishQueue.class);

    private final ExecutorService executor;

    public PublishQueue(String name) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a task; after {@link #close()} (the publisher is going away and destroys everything) it is dropped. */
    public void submit(Runnable task) {
        if (executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Publishing failed", e);
            }
        });
    }

    /** Runs what is queued, then stops. */
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
