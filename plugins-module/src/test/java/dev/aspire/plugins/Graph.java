package dev.aspire.plugins;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataModule;
import dev.aspire.templates.TemplatesModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The modules the plugins meet in the application, in a graph as strict as the application's. */
final class Graph {
    private Graph() {
    }

    static Injector of(AspireSettings settings, PluginModule plugins) {
        return Guice.createInjector(Stage.PRODUCTION, new DataModule(settings), new TemplatesModule(), plugins,
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        binder().requireExplicitBindings();
                        binder().requireAtInjectOnConstructors();
                        binder().disableCircularProxies();
                    }
                });
    }

    /** The elements of the {@code Set<T>} the graph serves, in binding order. */
    static <T> List<T> set(Injector injector, Class<T> type) {
        @SuppressWarnings("unchecked")
        Key<Set<T>> key = (Key<Set<T>>) Key.get(TypeLiteral.get(com.google.inject.util.Types.setOf(type)));
        return new ArrayList<>(injector.getInstance(key));
    }
}
