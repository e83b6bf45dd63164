package dev.aspire.scoring;

import static java.util.Objects.requireNonNull;

import dev.aspire.data.DataFiles;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the scorer knows about words, compiled once from YAML lexicon files: the signals and their
 * context rules, the red flags, the archetypes' typical phrases and the interviewer lenses. Immutable and
 * safe to share between threads.
 */
public final class ScoringLexicon {
    private final Tokenizer tokenizer;
    private final Vocabulary vocabulary;
    private final PhraseTrie trie;
    private final SignalTable signals;
    private final List<FlagRule> flags;
    private final Map<String, Lens> lenses;
    private final Map<String, Integer> archetypeSignals;
    private final Supplier<List<String>> patternSource;
    private volatile List<String> patternLines;
    private volatile List<String> phrases;

    ScoringLexicon(Tokenizer tokenizer, Vocabulary vocabulary, PhraseTrie trie, SignalTable signals,
                   List<FlagRule> flags, Map<String, Lens> lenses, Map<String, Integer> archetypeSignals,
                   Supplier<List<String>> patternLines) {
        this.tokenizer = requireNonNull(tokenizer, "tokenizer is null");
        this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
        this.trie = requireNonNull(trie, "trie is null");
        this.signals = requireNonNull(signals, "signals is null");
        this.flags = List.copyOf(flags);
        this.lenses = Map.copyOf(lenses);
        this.archetypeSignals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(archetypeSignals));
        this.patternSource = requireNonNull(patternLines, "patternLines is null");
    }

    /** The lexicon shipped with Aspire, compiled on first use and then shared. */
    public static ScoringLexicon builtIn() {
        return BuiltIn.LEXICON;
    }

    /** Compiles the given lexicon files, later ones extending earlier ones. */
    public static ScoringLexicon load(List<? extends LexiconSource> sources) {
        // The files are parsed side by side: YAML parsing is most of a cold start, and order is kept.
        List<LexiconCompiler.Named> named = sources.parallelStream()
                .map(source -> new LexiconCompiler.Named(source.name(),
                        new DataFiles().parse(source.name(), source.yaml(), LexiconFile.class)))
                .toList();
        return LexiconCompiler.compile(named);
    }

    /**
     * Every phrase of the lexicon written out in full, one per entry, sorted and without duplicates: the
     * list a plain multi-phrase search such as {@code grep -F -f} would need to look for the same words.
     * Phrases with a wildcard ({@code <num>}, {@code <any>}, {@code <past>}) are left out, having no literal form.
     */
    public List<String> phrases() {
        List<String> list = phrases;
        if (list == null) {
            // Written out only when asked for: scoring itself never needs the phrases as text.
            java.util.Set<String> all = new java.util.TreeSet<>();
            for (String line : patternLines()) {
                for (String phrase : PatternSyntax.expand(line)) {
                    if (!phrase.contains(PatternSyntax.NUMBER) && !phrase.contains(PatternSyntax.ANY_WORD)
                            && !phrase.contains(PatternSyntax.PAST_WORD)) {
                        all.add(phrase);
                    }
                }
            }
            list = List.copyOf(all);
            phrases = list;
        }
        return list;
    }

    /**
     * The phrase patterns as the lexicon files write them, in signal order. Only {@link #phrases} and the
     * lexicon's saved image need them, so a lexicon read from its image decodes them when first asked for.
     */
    List<String> patternLines() {
        List<String> lines = patternLines;
        if (lines == null) {
            lines = List.copyOf(patternSource.get());
            patternLines = lines;
        }
        return lines;
    }

    Map<String, Lens> lenses() {
        return lenses;
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    PhraseTrie trie() {
        return trie;
    }

    SignalTable signals() {
        return signals;
    }

    /** The red flags, major ones first. */
    List<FlagRule> flags() {
        return flags;
    }

    /** The lens for an interviewer role; a role no lexicon describes hears the answer neutrally. */
    Lens lens(String role) {
        Lens lens = lenses.get(role);
        return lens == null ? Lens.neutral(role) : lens;
    }

    /** Per archetype id with signals, the signal that holds its typical phrases, in lexicon order. */
    Map<String, Integer> archetypeSignals() {
        return archetypeSignals;
    }

    /**
     * Holder idiom: the built-in lexicon is compiled (or read from the launcher's cache of it) when first
     * asked for, not when the class loads.
     */
    private static final class BuiltIn {
        static final ScoringLexicon LEXICON = BuiltInLexiconCache.load();
    }
}
