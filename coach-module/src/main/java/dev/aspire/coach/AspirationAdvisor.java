package dev.aspire.coach;

import dev.aspire.core.AspirationKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes the kind of aspiration that suits what a person wrote in the first two steps. It is only a
 * proposal, so a simple reading is enough: the person sees the reason and can choose another kind.
 */
final class AspirationAdvisor {
    /** Words that show someone already guides others: the first evidence a leadership answer needs. */
    private static final Set<String> GUIDING_OTHERS = Set.of(
            "lead", "leading", "led", "leader", "leadership", "manage", "managed", "managing", "manager",
            "management", "mentor", "mentored", "mentoring", "mentorship", "coach", "coached", "coaching",
            "supervise", "supervised", "supervising", "supervisor", "onboarding", "delegating", "delegation");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private AspirationAdvisor() {
    }

    record Proposal(AspirationKind kind, String reason) {
    }

    /**
     * Leadership when the skills or background show guiding others; else industry when the person could
     * work in the field of a passion; else skill, which every answer can stand on.
     */
    static Proposal propose(String background, List<String> skills, Optional<String> fieldOfPassion) {
        for (String skill : skills) {
            if (guidesOthers(skill)) {
                return new Proposal(AspirationKind.LEADERSHIP,
                        "'" + skill + "' shows you already guide others, which is where leaders begin");
            }
        }
        if (guidesOthers(background)) {
            return new Proposal(AspirationKind.LEADERSHIP,
                    "your background shows you already guide others, which is where leaders begin");
        }
        if (fieldOfPassion.isPresent()) {
            return new Proposal(AspirationKind.INDUSTRY, "you could see yourself working in "
                    + fieldOfPassion.get() + ", so the field itself can carry your answer");
        }
        return new Proposal(AspirationKind.SKILL, "your skills (" + String.join(" and ", skills.subList(0, Math.min(2, skills.size())))
                + ") are the strongest thread in what you wrote");
    }

    private static boolean guidesOthers(String text) {
        for (String word : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
            if (GUIDING_OTHERS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
