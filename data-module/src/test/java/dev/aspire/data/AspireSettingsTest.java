package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AspireSettingsTest {
    private final AspireSettings base = AspireSettings.fromEnvironment(Map.of("ASPIRE_HOME", "/tmp/home"), "/home/x");

    @Test
    void theHomeComesFromAspireHomeOrElseTheUsersHome() {
        assertEquals(Path.of("/tmp/home"), base.home());
        assertEquals(Path.of("/home/x", ".aspire"), AspireSettings.fromEnvironment(Map.of(), "/home/x").home());
    }

    @Test
    void settingsAreEqualExactlyWhenHomePacksAndPluginsAre() {
        AspireSettings same = AspireSettings.fromEnvironment(Map.of("ASPIRE_HOME", "/tmp/home"), "/elsewhere");

        assertEquals(base, same);
        assertEquals(base.hashCode(), same.hashCode());
        assertEquals(base.withPackDirectories(List.of(Path.of("p"))), same.withPackDirectories(List.of(Path.of("p"))));
        assertNotEquals(base, AspireSettings.fromEnvironment(Map.of(), "/home/x"));
        assertNotEquals(base, base.withPackDirectories(List.of(Path.of("p"))));
        assertNotEquals(base, base.withPluginDirectories(List.of(Path.of("p"))));
        assertNotEquals(base.withPackDirectories(List.of(Path.of("p"))), base.withPluginDirectories(List.of(Path.of("p"))));
    }
}
