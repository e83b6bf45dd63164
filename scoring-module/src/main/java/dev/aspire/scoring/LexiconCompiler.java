package dev.aspire.scoring;

import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.Severity;
import dev.aspire.scoring.LexiconFile.FlagSpec;
import dev.aspire.scoring.LexiconFile.LensSpec;
import dev.aspire.scoring.LexiconFile.SignalSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns lexicon files into a {@link ScoringLexicon}: expands every phrase, reads it with the same tokenizer
 * and normaliser as answers, and adds it to one trie. Later files extend earlier ones: a signal or
 * archetype named again gains phrases; a flag code or lens role named twice is an error naming both files.
 */
final class LexiconCompiler {
    /** Longer phrases are almost certainly a mistake, and the veto check relies on a bound. */
    static final int MAX_PHRASE_TOKENS = 16;
    static final String ARCHETYPE_PREFIX = "archetype:";
    private static final String NUMBER_STAND_IN = "qqnumqq";
    private static final String ANY_STAND_IN = "qqanyqq";
    private static final String PAST_STAND_IN = "qqpastqq";
    private static final String[] NUMBER_WORDS = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen"};

    /** A lexicon file and where it came from. */
    record Named(String source, LexiconFile file) {
    }

    private final Normalizer normalizer = new Normalizer();
    private final Vocabulary vocabulary = new Vocabulary();
    private final Tokenizer tokenizer = new Tokenizer(normalizer, vocabulary);
    private final Tokens scratch = new Tokens();
    private final long numberHash = Hashes.of(NUMBER_STAND_IN);
    private final long anyHash = Hashes.of(ANY_STAND_IN);
    private final long pastHash = Hashes.of(PAST_STAND_IN);

    private final Map<String, SignalSpec> signals = new LinkedHashMap<>();
    private final Map<String, List<String>> phrasesBySignal = new LinkedHashMap<>();
    private final Map<String, String> signalSource = new LinkedHashMap<>();
    private final Map<String, FlagSpec> flags = new LinkedHashMap<>();
    private final Map<String, String> flagSource = new LinkedHashMap<>();
    private final Map<String, LensSpec> lenses = new LinkedHashMap<>();
    private final Map<String, String> lensSource = new LinkedHashMap<>();
    private final Map<String, List<String>> archetypes = new LinkedHashMap<>();
    private final Map<String, int[]> fragmentLabels = new java.util.HashMap<>();

    static ScoringLexicon compile(List<Named> files) {
        LexiconCompiler compiler = new LexiconCompiler();
        for (Named named : files) {
            compiler.collect(named);
        }
        return compiler.build();
    }

    private void collect(Named named) {
        String source = named.source();
        for (SignalSpec spec : named.file().signals()) {
            require(spec.id() != null && !spec.id().isBlank(), source, "a signal has no id");
            signals.putIfAbsent(spec.id(), spec);
            signalSource.putIfAbsent(spec.id(), source);
            phrasesBySignal.computeIfAbsent(spec.id(), id -> new ArrayList<>()).addAll(spec.phrases());
        }
        for (FlagSpec spec : named.file().flags()) {
            require(spec.code() != null && spec.severity() != null && spec.summary() != null
                    && spec.advice() != null, source, "flag " + spec.code() + " needs code, severity, summary, advice");
            String earlier = flagSource.putIfAbsent(spec.code(), source);
            require(earlier == null, source, "flag " + spec.code() + " is already defined in " + earlier);
            flags.put(spec.code(), spec);
        }
        for (LensSpec spec : named.file().lenses()) {
            require(spec.role() != null && spec.reason() != null, source, "a lens needs role and reason");
            String earlier = lensSource.putIfAbsent(spec.role(), source);
            require(earlier == null, source, "lens " + spec.role() + " is already defined in " + earlier);
            lenses.put(spec.role(), spec);
        }
        named.file().archetypes().forEach((id, phrases) ->
                archetypes.computeIfAbsent(id, key -> new ArrayList<>()).addAll(phrases == null ? List.of() : phrases));
    }

    private ScoringLexicon build() {
        for (String word : NUMBER_WORDS) {
            tokenizer.tokenize(word, scratch, true);
            vocabulary.markNumberWord(scratch.id[0]);
        }
        List<String> ids = new ArrayList<>(signals.keySet());
        archetypes.keySet().forEach(id -> ids.add(ARCHETYPE_PREFIX + id));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int n = ids.size();
        boolean[] negatable = new boolean[n];
        boolean[] distanceable = new boolean[n];
        boolean[] pastCancels = new boolean[n];
        boolean[] pastOnly = new boolean[n];
        byte[] cue = new byte[n];
        int[][] vetoes = new int[n][];
        int[][] needs = new int[n][];
        int[][] unless = new int[n][];
        long[][] unlessJob = new long[n][];
        PhraseTrie.Builder trie = new PhraseTrie.Builder();
        List<String> patternLines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = ids.get(i);
            SignalSpec spec = signals.get(id);
            String source = spec == null ? "archetypes" : signalSource.get(id);
            List<String> lines = spec == null ? archetypes.get(id.substring(ARCHETYPE_PREFIX.length()))
                    : phrasesBySignal.get(id);
            for (String line : lines) {
                insert(trie, line, i, source, id);
                patternLines.add(line);
            }
            negatable[i] = spec == null || !Boolean.FALSE.equals(spec.negatable());
            distanceable[i] = spec == null || !Boolean.FALSE.equals(spec.distanceable());
            pastCancels[i] = spec != null && Boolean.TRUE.equals(spec.pastCancels());
            pastOnly[i] = spec != null && Boolean.TRUE.equals(spec.pastOnly());
            try {
                cue[i] = spec == null ? SignalTable.NOT_A_CUE : SignalTable.cueKind(spec.cue());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ": signal " + id + ": " + e.getMessage(), e);
            }
            vetoes[i] = spec == null ? new int[0] : resolve(spec.vetoes(), index, source, id);
            needs[i] = spec == null ? new int[0] : resolve(spec.needs(), index, source, id);
            unless[i] = spec == null ? new int[0] : resolve(spec.unless(), index, source, id);
            unlessJob[i] = spec == null ? new long[0] : wordHashes(spec.unlessJob());
        }
        vocabulary.freeze();
        PhraseTrie built = trie.build(vocabulary.size());
        SignalTable table = new SignalTable(ids, negatable, distanceable, pastCancels, pastOnly, vetoes, needs, unless,
                unlessJob, cue, index);
        return new ScoringLexicon(tokenizer, vocabulary, built, table, flagRules(index),
                lensesByRole(), archetypeSignals(index), () -> patternLines);
    }

    /** One frame of the walk: the rest of a sequence, then what follows it. */
    private record Frame(List<PatternSyntax.Node> nodes, int index, Frame next) {
    }

    /**
     * Adds every phrase a line stands for to the trie by walking its choices directly, so shared prefixes
     * are walked once and no phrase is ever written out.
     */
    private void insert(PhraseTrie.Builder trie, String line, int signal, String source, String id) {
        require(line != null && !line.isBlank(), source, "signal " + id + " has a blank phrase");
        try {
            int[] phrases = {0};
            walk(trie, PhraseTrie.START, 0, new Frame(PatternSyntax.parse(line), 0, null), signal, phrases, source, id);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": signal " + id + ": " + e.getMessage(), e);
        }
    }

    private void walk(PhraseTrie.Builder trie, int node, int depth, Frame frame, int signal, int[] phrases,
                      String source, String id) {
        if (frame == null) {
            if (depth == 0) {
                throw new IllegalArgumentException("a choice stands for no words at all");
            }
            trie.mark(node, signal);
            if (++phrases[0] > PatternSyntax.MAX_EXPANSIONS) {
                throw new IllegalArgumentException("stands for more than " + PatternSyntax.MAX_EXPANSIONS + " phrases; split it");
            }
            return;
        }
        if (frame.index() == frame.nodes().size()) {
            walk(trie, node, depth, frame.next(), signal, phrases, source, id);
            return;
        }
        PatternSyntax.Node part = frame.nodes().get(frame.index());
        Frame rest = new Frame(frame.nodes(), frame.index() + 1, frame.next());
        if (part instanceof PatternSyntax.Literal literal) {
            int[] labels = fragmentLabels.computeIfAbsent(literal.text(), text -> readFragment(text, source, id));
            if (depth + labels.length > MAX_PHRASE_TOKENS) {
                throw new IllegalArgumentException("a phrase runs past " + MAX_PHRASE_TOKENS + " words");
            }
            int at = node;
            for (int label : labels) {
                at = trie.step(at, label);
            }
            walk(trie, at, depth + labels.length, rest, signal, phrases, source, id);
        } else {
            for (List<PatternSyntax.Node> alternative : ((PatternSyntax.Choice) part).alternatives()) {
                walk(trie, node, depth, new Frame(alternative, 0, rest), signal, phrases, source, id);
            }
        }
    }

    private int[] readFragment(String fragment, String source, String id) {
        String text = fragment.replace(PatternSyntax.NUMBER, " " + NUMBER_STAND_IN + " ")
                .replace(PatternSyntax.ANY_WORD, " " + ANY_STAND_IN + " ")
                .replace(PatternSyntax.PAST_WORD, " " + PAST_STAND_IN + " ");
        tokenizer.tokenize(text, scratch, true);
        require(scratch.sentences <= 1, source, "signal " + id + ": phrase part '" + fragment + "' must not end a sentence");
        int[] labels = new int[scratch.count];
        for (int t = 0; t < scratch.count; t++) {
            byte kind = scratch.kind[t];
            require(kind == Tokens.WORD || kind == Tokens.COMMA, source,
                    "signal " + id + ": phrase part '" + fragment + "' may hold only words, <num>, <any> and <past>");
            long hash = scratch.hash[t];
            labels[t] = hash == numberHash ? PhraseTrie.NUMBER : hash == anyHash ? PhraseTrie.ANY_WORD
                    : hash == pastHash ? PhraseTrie.PAST_WORD : scratch.id[t];
        }
        return labels;
    }

    private long[] wordHashes(List<String> words) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (String word : words) {
            tokenizer.tokenize(word, scratch, false);
            for (int t = 0; t < scratch.count; t++) {
                hashes.add(scratch.hash[t]);
            }
        }
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }

    private int[] resolve(List<String> names, Map<String, Integer> index, String source, String id) {
        int[] resolved = new int[names.size()];
        for (int i = 0; i < resolved.length; i++) {
            Integer target = index.get(names.get(i));
            require(target != null, source, "signal " + id + " refers to unknown signal '" + names.get(i) + "'");
            resolved[i] = target;
        }
        return resolved;
    }

    private List<FlagRule> flagRules(Map<String, Integer> index) {
        List<FlagRule> rules = new ArrayList<>();
        for (FlagSpec spec : flags.values()) {
            String source = flagSource.get(spec.code());
            int[] signalIndexes = resolve(spec.signals(), index, source, "of flag " + spec.code());
            int minCount = spec.minCount() == null ? 1 : spec.minCount();
            require(minCount >= 1, source, "flag " + spec.code() + ": minCount must be 1 or more");
            rules.add(new FlagRule(new RedFlagKind(spec.code(), spec.severity(), spec.summary()), signalIndexes,
                    minCount, spec.advice(), spec.rewrite() == null ? "" : spec.rewrite(), spec.cancels(), spec.costs(),
                    Boolean.TRUE.equals(spec.impliesGoal())));
        }
        // Major flags first, as AnswerScorer.redFlagKinds promises; file order within a severity.
        rules.sort((a, b) -> Boolean.compare(a.severity() != Severity.MAJOR, b.severity() != Severity.MAJOR));
        return rules;
    }

    private Map<String, Lens> lensesByRole() {
        Map<String, Lens> byRole = new LinkedHashMap<>();
        for (LensSpec spec : lenses.values()) {
            byRole.put(spec.role(), new Lens(spec.role(), spec.reason(), Map.copyOf(spec.weights()),
                    Set.copyOf(spec.escalate())));
        }
        return byRole;
    }

    private Map<String, Integer> archetypeSignals(Map<String, Integer> index) {
        Map<String, Integer> byArchetype = new LinkedHashMap<>();
        archetypes.keySet().forEach(id -> byArchetype.put(id, index.get(ARCHETYPE_PREFIX + id)));
        return byArchetype;
    }

    private static void require(boolean condition, String source, String what) {
        if (!condition) {
            throw new IllegalStateException(source + ": " + what);
        }
    }
}
