package dev.aspire.templates;

import dev.aspire.core.Aspiration;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.ProfileValidator;
import dev.aspire.core.TargetJob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Every slot a phrasing can use, by name. The list is fixed: packs are data and cannot define new ones. */
final class Slots {
    /** Goals further out than this are still on the way five years from now. */
    static final int FIVE_YEARS = 5;

    private static final Map<String, Slot> BY_NAME = build();

    private Slots() {
    }

    static Optional<Slot> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static Map<String, Slot> build() {
        Map<String, Slot> slots = new LinkedHashMap<>();
        single(slots, "background", CandidateProfile::background, true);
        list(slots, "skills", CandidateProfile::skills, ProfileValidator.MIN_SKILLS);
        list(slots, "passions", CandidateProfile::passions, ProfileValidator.MIN_PASSIONS);
        list(slots, "reasons", CandidateProfile::reasons, ProfileValidator.MIN_REASONS);
        single(slots, "goal", profile -> profile.aspiration().goal(), true);
        single(slots, "horizon", profile -> NumberWords.years(horizon(profile.aspiration())), true);
        single(slots, "long-horizon", profile -> horizon(profile.aspiration()) > FIVE_YEARS
                ? NumberWords.years(horizon(profile.aspiration())) : "", false);
        single(slots, "theme", profile -> profile.aspiration().theme(), false);
        single(slots, "role", job(TargetJob::title), true);
        single(slots, "company", job(TargetJob::company), true);
        single(slots, "industry", job(TargetJob::industry), true);
        single(slots, "mission", job(TargetJob::mission), false);
        return slots;
    }

    private static int horizon(Aspiration aspiration) {
        return aspiration.horizonYears();
    }

    private static Function<CandidateProfile, String> job(Function<TargetJob, String> field) {
        return profile -> field.apply(profile.job());
    }

    private static void single(Map<String, Slot> slots, String name, Function<CandidateProfile, String> value,
                               boolean always) {
        slots.put(name, new Slot(name, false, always ? 1 : 0, profile -> {
            String text = value.apply(profile);
            return text == null || text.isBlank() ? List.of() : List.of(text);
        }));
    }

    private static void list(Map<String, Slot> slots, String name, Function<CandidateProfile, List<String>> values,
                             int always) {
        slots.put(name, new Slot(name, true, always, values));
    }
}
