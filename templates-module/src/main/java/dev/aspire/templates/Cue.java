package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Words that, found in a profile, suggest an archetype fits it.
 *
 * @param archetype the archetype they point to
 * @param lookIn    the slots whose values are searched
 * @param words     literal words, each matching a word of the profile that starts with it
 * @param wordsFrom slots whose values' words are matched too, so that a cue can ask "do the passions
 *                  mention the company's industry?"
 * @param source    the pack file they come from
 * @param line      the line of that file where the cue starts
 */
record Cue(String archetype, List<Slot> lookIn, List<String> words, List<Slot> wordsFrom, String source, int line) {
    Cue {
        requireNonNull(archetype, "archetype is null");
        lookIn = List.copyOf(lookIn);
        words = List.copyOf(words);
        wordsFrom = List.copyOf(wordsFrom);
        requireNonNull(source, "source is null");
    }
}
