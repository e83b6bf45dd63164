package dev.aspire.templates;

import com.google.inject.AbstractModule;
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
public final class TemplatesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(PackReader.class).in(Singleton.class);
        bind(TemplatePacks.class).in(Singleton.class);
        bind(PackArchetypes.class).in(Singleton.class);
        bind(TemplateComposer.class).in(Singleton.class);
        bind(PluginPackCheck.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), PluginPack.class);
        Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding().to(PackArchetypes.class);
        OptionalBinder.newOptionalBinder(binder(), AnswerComposer.class).setDefault().to(TemplateComposer.class);
    }
}
