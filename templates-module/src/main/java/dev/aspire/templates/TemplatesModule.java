package dev.aspire.templates;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.answer.AnswerComposer;
import java.util.Set;

/**
 * Binds answer writing from template packs. The packs are read on first use, never here. Another module
 * can replace the composer with {@code OptionalBinder.newOptionalBinder(binder(), AnswerComposer.class)
 * .setBinding()}; the archetypes that packs add join the catalogue through the
 * {@link CatalogueContribution} set. Plugins add packs from their jars through the {@link PluginPack} set,
 * checked beforehand with {@link PluginPackCheck}.
 *
 * <p>{@link #closed()} binds the same services for a graph that no other module extends.
 */
public final class TemplatesModule implements Module {
    private static final TypeLiteral<Set<PluginPack>> PLUGIN_PACKS = new TypeLiteral<>() { };

    private final boolean extensible;

    /** The module that other modules can extend, as described above. */
    public TemplatesModule() {
        this(true);
    }

    private TemplatesModule(boolean extensible) {
        this.extensible = extensible;
    }

    /**
     * The module for a graph that no other module extends: the default composer and the empty set of plugin
     * packs as plain bindings, which Guice builds faster than an {@code OptionalBinder} and a
     * {@code Multibinder} (about ten bindings each). A module that replaces the composer or adds a plugin pack
     * needs {@link #TemplatesModule()}. Catalogue contributions are open in both.
     */
    public static TemplatesModule closed() {
        return new TemplatesModule(false);
    }

    // Not an AbstractModule: Guice searches a module's superclasses for provider methods at every start, and
    // AbstractModule's thirty-odd methods cost about 0.8 ms a module (see AspireInjector).
    @Override
    public void configure(Binder binder) {
        binder.bind(PackReader.class).in(Singleton.class);
        binder.bind(TemplatePacks.class).in(Singleton.class);
        binder.bind(PackArchetypes.class).in(Singleton.class);
        binder.bind(TemplateComposer.class).in(Singleton.class);
        binder.bind(PluginPackCheck.class).in(Singleton.class);
        Multibinder.newSetBinder(binder, CatalogueContribution.class).addBinding().to(PackArchetypes.class);
        if (extensible) {
            Multibinder.newSetBinder(binder, PluginPack.class);
            OptionalBinder.newOptionalBinder(binder, AnswerComposer.class).setDefault().to(TemplateComposer.class);
        } else {
            // Provided rather than an instance, which Guice would search for members to inject (see ScoringModule).
            binder.bind(PLUGIN_PACKS).toProvider(Set::of);
            binder.bind(AnswerComposer.class).to(TemplateComposer.class);
        }
    }
}
