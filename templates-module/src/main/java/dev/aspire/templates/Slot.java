package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.CandidateProfile;
import java.util.List;
import java.util.function.Function;

/**
 * A named value from the profile that a phrasing can insert, such as {@code company} or {@code skills}.
 *
 * @param name        what phrasings write between braces
 * @param list        whether it holds several items, which can be joined, counted or picked by position
 * @param alwaysItems how many items every valid profile has; items beyond this, or any item of a slot with
 *                    0, can be empty and must sit inside an optional section
 * @param values      the slot's items for a profile, empty when the profile leaves it out
 */
record Slot(String name, boolean list, int alwaysItems, Function<CandidateProfile, List<String>> values) {
    Slot {
        requireNonNull(name, "name is null");
        requireNonNull(values, "values is null");
    }

    /** Whether this use of the slot can come out empty for some valid profile. */
    boolean canBeEmpty(int index) {
        return index > 0 ? index > alwaysItems : alwaysItems == 0;
    }
}
