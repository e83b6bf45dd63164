package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.data.AspireSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A graph built ahead from a first look at the arguments is used only when the parsed options agree. */
class AspireServicesTest {
    @TempDir
    Path home;

    @Test
    void aGraphPreparedForOtherSettingsIsNotUsed() {
        AspireSettings parsed = settings().withPackDirectories(List.of(home));
        AspireServices services = new AspireServices(() -> parsed, List.of(), () -> new PrintWriter(new StringWriter()));

        services.prepareAhead(settings(), List.of(DomainCatalogue.class));

        assertEquals(parsed, services.get(AspireSettings.class));
    }

    @Test
    void aGraphPreparedForTheParsedSettingsServesTheCommand() {
        AspireServices services = new AspireServices(this::settings, List.of(), () -> new PrintWriter(new StringWriter()));

        services.prepareAhead(settings(), List.of(DomainCatalogue.class));

        assertEquals(settings(), services.get(AspireSettings.class));
        assertSame(services.get(DomainCatalogue.class), services.get(DomainCatalogue.class));
    }

    private AspireSettings settings() {
        return AspireSettings.fromEnvironment(Map.of(AspireSettings.HOME_VARIABLE, home.toString()), "/nowhere");
    }
}
