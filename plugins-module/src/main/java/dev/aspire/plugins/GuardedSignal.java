package dev.aspire.plugins;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A plugin's archetype signal as the scorer sees it: its archetype as it was when the plugin was checked, and
 * its spans checked to lie in the answer, each once, in text order.
 */
final class GuardedSignal implements ArchetypeSignal {
    private final String plugin;
    private final ClassLoader loader;
    private final String archetype;
    private final ArchetypeSignal signal;

    GuardedSignal(String plugin, ClassLoader loader, String archetype, ArchetypeSignal signal) {
        this.plugin = requireNonNull(plugin, "plugin is null");
        this.loader = loader;
        this.archetype = requireNonNull(archetype, "archetype is null");
        this.signal = requireNonNull(signal, "signal is null");
    }

    @Override
    public String archetype() {
        return archetype;
    }

    @Override
    public List<Span> find(ScoringRequest request) {
        List<Span> spans;
        try {
            spans = ContextLoader.call(loader, () -> signal.find(request));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException(plugin + ": the signal of archetype '" + archetype + "' failed: "
                    + PluginProblem.describe(e), e);
        }
        if (spans == null || spans.stream().anyMatch(Objects::isNull)) {
            throw new IllegalStateException(plugin + ": the signal of archetype '" + archetype
                    + "' returned no list, or a list that holds null");
        }
        for (Span span : spans) {
            if (!Spans.inside(span, request.text())) {
                throw new IllegalStateException(plugin + ": the signal of archetype '" + archetype + "' found "
                        + span.start() + ".." + span.end() + ", which is not in the answer");
            }
        }
        return spans.stream().distinct().sorted(Comparator.comparingInt(Span::start)).toList();
    }

    @Override
    public String toString() {
        return "signal of archetype '" + archetype + "' from " + plugin;
    }
}
