package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.data.AspireSettings;

/** Binds what the command line decides for this run: where the user's packs, plugins and history live. */
public final class CliModule extends AbstractModule {
    private final AspireSettings settings;

    public CliModule(AspireSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), AspireSettings.class).setBinding().toInstance(settings);
    }
}
