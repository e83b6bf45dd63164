package dev.aspire.plugins;

import java.util.function.Supplier;

/**
 * Runs plugin code with the plugin's class loader as the thread's context loader, as libraries that look
 * resources up through the context loader expect; the caller's loader is put back afterwards.
 */
final class ContextLoader {
    private ContextLoader() {
    }

    static <T> T call(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
