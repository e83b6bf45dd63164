package dev.aspire.plugins;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.templates.PluginPack;
import java.util.List;

/**
 * Binds what the checked plugins of a run contribute, in the order they were found:
 * <ul>
 *   <li>their catalogue entries, to the {@code Set<CatalogueContribution>} the catalogue is merged from;</li>
 *   <li>their template packs, to the {@code Set<PluginPack>} the templates module reads;</li>
 *   <li>their criteria, red-flag detectors and archetype signals, to {@code Set<ScoringCriterion>},
 *       {@code Set<RedFlagDetector>} and {@code Set<ArchetypeSignal>}, for the scorer;</li>
 *   <li>a replacement scorer or composer, with {@code OptionalBinder.setBinding()}, over the default.</li>
 * </ul>
 * The sets are declared even when no plugin adds to them, so that their consumers can always inject them.
 * Made by {@link Plugins#load}; it does no work of its own.
 */
public final class PluginModule implements Module {
    private final List<Candidate> plugins;

    PluginModule(List<Candidate> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    /** A module with no plugins, which only declares the sets plugins contribute to. */
    public static PluginModule none() {
        return new PluginModule(List.of());
    }

    /** The ids of this run's plugins, in the order they were found. */
    public List<String> pluginIds() {
        return plugins.stream().map(Candidate::id).toList();
    }

    // Not an AbstractModule: Guice searches a module's superclasses for provider methods at every start, and
    // AbstractModule's thirty-odd methods cost about 0.8 ms a module (see AspireInjector).
    @Override
    public void configure(Binder binder) {
        Multibinder<CatalogueContribution> catalogue = Multibinder.newSetBinder(binder, CatalogueContribution.class);
        Multibinder<PluginPack> packs = Multibinder.newSetBinder(binder, PluginPack.class);
        Multibinder<ScoringCriterion> criteria = Multibinder.newSetBinder(binder, ScoringCriterion.class);
        Multibinder<RedFlagDetector> detectors = Multibinder.newSetBinder(binder, RedFlagDetector.class);
        Multibinder<ArchetypeSignal> signals = Multibinder.newSetBinder(binder, ArchetypeSignal.class);
        for (Candidate plugin : plugins) {
            catalogue.addBinding().toInstance(new PluginCatalogue(plugin));
            plugin.packs().forEach(pack -> packs.addBinding().toInstance(pack));
            plugin.criteria().forEach(criterion -> criteria.addBinding().toInstance(criterion));
            plugin.detectors().forEach(detector -> detectors.addBinding().toInstance(detector));
            plugin.signals().forEach(signal -> signals.addBinding().toInstance(signal));
            plugin.scorer().ifPresent(factory -> OptionalBinder.newOptionalBinder(binder, AnswerScorer.class)
                    .setBinding().toProvider(new Replacement<>(plugin, "scorer", factory,
                            binder.getProvider(DomainCatalogue.class))));
            plugin.composer().ifPresent(factory -> OptionalBinder.newOptionalBinder(binder, AnswerComposer.class)
                    .setBinding().toProvider(new Replacement<>(plugin, "composer", factory,
                            binder.getProvider(DomainCatalogue.class))));
        }
    }
}
