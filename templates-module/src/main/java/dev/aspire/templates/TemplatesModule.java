package dev.aspire.templates;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.answer.AnswerComposer;

/**
 * Binds answer writing from template packs. The packs are read on first use, never here. Another module
 * can replace the composer with {@code OptionalBinder.newOptionalBinder(binder(), AnswerComposer.class)
 * .setBinding()}; the archetypes that packs add join the catalogue through the
 * {@link CatalogueContribution} set. Plugins add packs from their jars through the {@link PluginPack} set,
 * checked beforehand with {@link PluginPackCheck}.
 */
public final class TemplatesModule implements Module {
    // Not an AbstractModule: Guice searches a module's superclasses for provider methods at every start, and
    // AbstractModule's thirty-odd methods cost about 0.8 ms a module (see AspireInjector).
    @Override
    public void configure(Binder binder) {
        binder.bind(PackReader.class).in(Singleton.class);
        binder.bind(TemplatePacks.class).in(Singleton.class);
        binder.bind(PackArchetypes.class).in(Singleton.class);
        binder.bind(TemplateComposer.class).in(Singleton.class);
        binder.bind(PluginPackCheck.class).in(Singleton.class);
        Multibinder.newSetBinder(binder, PluginPack.class);
        Multibinder.newSetBinder(binder, CatalogueContribution.class).addBinding().to(PackArchetypes.class);
        OptionalBinder.newOptionalBinder(binder, AnswerComposer.class).setDefault().to(TemplateComposer.class);
    }
}
