package org.jindu.portal.ws.internal;

import java.util.function.Supplier;

/**
 * Runs CXF work with a given thread context class loader: CXF and JAXB look classes up through it, and in OSGi the
 * caller's loader does not see them.
 */
public final class ContextLoader {
    private ContextLoader() {
    }

    public static <T> T with(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(loader);
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
