package dev.aspire.scoring;

/**
 * A scoring lexicon file: phrases, flags, archetype signals and interviewer lenses in YAML. The built-in
 * lexicon is one; a pack or plugin adds another through {@link ScoringModule}'s set binder, and its
 * entries join the built-in ones (an archetype or lens it names gets those signals or weights).
 */
public interface LexiconSource {
    /** Where the file comes from, named in error messages. */
    String name();

    /** The YAML text. Called once, when the scorer first needs its lexicon. */
    String yaml();
}
