package dev.aspire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AspirationKindTest {
    @Test
    void kindsAreReadFromTheirIdsWhateverTheCase() {
        assertEquals(AspirationKind.LEADERSHIP, AspirationKind.fromId(" Leadership "));
        assertEquals(AspirationKind.INDUSTRY, AspirationKind.fromId("industry"));
    }

    @Test
    void anUnknownKindListsTheThreeKinds() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> AspirationKind.fromId("money"));
        assertEquals("unknown aspiration kind 'money'; known: skill, leadership, industry", e.getMessage());
    }
}
