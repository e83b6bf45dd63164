package dev.aspire.templates;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.answer.ArchetypeRecommendation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks the archetype that fits a profile best. The aspiration's kind counts most (an archetype's first
 * suited kind more than its second); the packs' cues then add a point for each distinct word of the
 * profile that points to an archetype, up to {@value #MAX_CUE_POINTS}. Ties go to the archetype listed first.
 */
final class ArchetypeRecommender {
    static final int MAX_CUE_POINTS = 3;
    private static final int[] KIND_POINTS = {4, 2, 1};
    /** Words of a slot's value shorter than this say too little to count as a match ("the", "and", "its"). */
    private static final int MIN_SLOT_WORD = 4;
    /** A cue word this long also finds the longer words that start with it. */
    private static final int MIN_STEM = 4;
    /** A profile word this long also finds the longer cue words that start with it. */
    private static final int MIN_SHARED_START = 5;
    private static final Set<String> TOO_COMMON = Set.of("with", "from", "that", "this", "their", "every", "into",
            "more", "most", "than", "they", "what", "when", "where", "which", "while", "about", "make", "makes",
            "making", "help", "helps", "helping", "have", "being", "each", "work", "working", "people", "year", "years");

    private ArchetypeRecommender() {
    }

    static ArchetypeRecommendation recommend(CandidateProfile profile, List<AnswerArchetype> archetypes, List<Cue> cues) {
        if (archetypes.isEmpty()) {
            throw new IllegalStateException("the catalogue has no archetypes to recommend");
        }
        AnswerArchetype best = null;
        int bestPoints = -1;
        List<String> bestHits = List.of();
        for (AnswerArchetype archetype : archetypes) {
            List<String> hits = hits(archetype, cues, profile);
            int points = kindPoints(archetype, profile.aspiration().kind()) + Math.min(MAX_CUE_POINTS, hits.size());
            if (points > bestPoints) {
                best = archetype;
                bestPoints = points;
                bestHits = hits;
            }
        }
        return new ArchetypeRecommendation(best, reason(best, profile, bestHits));
    }

    private static int kindPoints(AnswerArchetype archetype, AspirationKind kind) {
        int position = archetype.suitedTo().indexOf(kind);
        return position < 0 ? 0 : KIND_POINTS[Math.min(position, KIND_POINTS.length - 1)];
    }

    /** The profile's words that this archetype's cues find, each once, in the order found. */
    private static List<String> hits(AnswerArchetype archetype, List<Cue> cues, CandidateProfile profile) {
        Set<String> hits = new LinkedHashSet<>();
        for (Cue cue : cues) {
            if (!cue.archetype().equals(archetype.id())) {
                continue;
            }
            List<String> wanted = new ArrayList<>(cue.words());
            for (Slot slot : cue.wordsFrom()) {
                slot.values().apply(profile).forEach(value -> words(value).stream()
                        .filter(word -> word.length() >= MIN_SLOT_WORD && !TOO_COMMON.contains(word))
                        .forEach(wanted::add));
            }
            for (Slot slot : cue.lookIn()) {
                for (String value : slot.values().apply(profile)) {
                    for (String word : words(value)) {
                        if (wanted.stream().anyMatch(cueWord -> matches(word, cueWord))) {
                            hits.add(word);
                        }
                    }
                }
            }
        }
        return List.copyOf(hits);
    }

    /** "mentor" finds "mentoring"; "transport" in a profile finds "transportation" in a cue. */
    private static boolean matches(String word, String cueWord) {
        return word.equals(cueWord)
                || cueWord.length() >= MIN_STEM && word.startsWith(cueWord)
                || word.length() >= MIN_SHARED_START && cueWord.startsWith(word);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String reason(AnswerArchetype archetype, CandidateProfile profile, List<String> hits) {
        AspirationKind kind = profile.aspiration().kind();
        boolean suitsKind = archetype.suitedTo().contains(kind);
        String quoted = hits.stream().limit(MAX_CUE_POINTS).map(hit -> "'" + hit + "'")
                .collect(Collectors.joining(", "));
        String kindPhrase = Articles.indefinite(kind.id()) + " " + kind.id() + " aspiration such as yours ("
                + profile.aspiration().goal().strip() + ")";
        if (suitsKind && !hits.isEmpty()) {
            return archetype.name() + " fits best: it suits " + kindPhrase + ", and your profile already points to it"
                    + " with " + quoted + ".";
        }
        if (suitsKind) {
            return archetype.name() + " fits best: it suits " + kindPhrase + ".";
        }
        if (!hits.isEmpty()) {
            return archetype.name() + " fits best: your profile points to it with " + quoted + ".";
        }
        return archetype.name() + " is the starting choice: nothing in your profile points more clearly to another.";
    }
}
