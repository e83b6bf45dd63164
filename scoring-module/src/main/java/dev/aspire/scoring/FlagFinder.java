package dev.aspire.scoring;

import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Raises red flags from the phrases that count, plus the three judged from the whole answer: no
 * aspiration at all, too short and too long. One pass over the phrases; each flag keeps only its first few
 * places, so a 1 MB answer full of "um" yields a short report.
 */
final class FlagFinder {
    static final String NO_GOAL = "NO_GOAL";
    static final String TOO_SHORT = "TOO_SHORT";
    static final String TOO_LONG = "TOO_LONG";
    /** Places reported per flag: enough to show a pattern, few enough to read. */
    static final int PLACES = 3;
    /** The most characters a whole-sentence flag quotes. */
    static final int MAX_QUOTE = 300;

    private static final Comparator<RedFlag> IN_READING_ORDER =
            Comparator.comparingInt(RedFlag::start).thenComparing(RedFlag::code);

    private final List<FlagRule> rules;
    private final int[][] flagsBySignal;
    /** The signals that raise some flag, so an answer holding none of them skips the pass over its phrases. */
    private final int[] flagSignals;
    private final int noGoal;
    private final int tooShort;
    private final int tooLong;

    FlagFinder(ScoringLexicon lexicon) {
        // Plain loops over plain arrays: this runs as a command's scorer is made, when stream pipelines and
        // boxed lists, still interpreted, made it a few milliseconds of every 'score'.
        this.rules = lexicon.flags();
        int signals = lexicon.signals().size();
        int[] counts = new int[signals];
        for (FlagRule rule : rules) {
            for (int s : rule.signals()) {
                counts[s]++;
            }
        }
        flagsBySignal = new int[signals][];
        int raising = 0;
        for (int s = 0; s < signals; s++) {
            flagsBySignal[s] = new int[counts[s]];
            raising += counts[s] > 0 ? 1 : 0;
        }
        int[] filled = new int[signals];
        for (int f = 0; f < rules.size(); f++) {
            for (int s : rules.get(f).signals()) {
                flagsBySignal[s][filled[s]++] = f;
            }
        }
        flagSignals = new int[raising];
        for (int s = 0, next = 0; s < signals; s++) {
            if (counts[s] > 0) {
                flagSignals[next++] = s;
            }
        }
        noGoal = require(NO_GOAL);
        tooShort = require(TOO_SHORT);
        tooLong = require(TOO_LONG);
    }

    List<FlagRule> rules() {
        return rules;
    }

    List<RedFlag> find(Reading reading, AnswerFacts facts, int wordsPerMinute) {
        List<RedFlag> flags = new ArrayList<>();
        if (!reading.hasAny(flagSignals)) {
            // Most answers say nothing that raises a flag: only the three judged from the whole answer can apply
            // (a rule needs at least one match, so with none no rule is raised or implies a goal).
            wholeAnswerFlags(reading, facts, wordsPerMinute, facts.hasAspiration(), flags);
            return flags;
        }
        Occurrences found = reading.found;
        int[] counts = new int[rules.size()];
        int[] places = new int[rules.size() * PLACES];
        int[] lastEnd = new int[rules.size()];
        int[] hits = flagSignalHits(reading);
        for (int k = 1; k <= hits[0]; k++) {
            int o = hits[k];
            for (int f : flagsBySignal[found.signal[o]]) {
                if (counts[f] > 0 && found.start[o] < lastEnd[f]) {
                    continue;
                }
                if (counts[f] < PLACES) {
                    places[f * PLACES + counts[f]] = o;
                }
                counts[f]++;
                lastEnd[f] = found.end[o];
            }
        }
        boolean statesGoal = facts.hasAspiration();
        for (int f = 0; f < rules.size(); f++) {
            statesGoal |= rules.get(f).impliesGoal() && counts[f] >= rules.get(f).minCount();
        }
        for (int f = 0; f < rules.size(); f++) {
            FlagRule rule = rules.get(f);
            if (counts[f] < rule.minCount() || (f == noGoal && facts.hasGoal())) {
                continue;
            }
            Optional<String> previous = Optional.empty();
            int previousSentence = -1;
            for (int p = 0; p < Math.min(counts[f], PLACES); p++) {
                int occurrence = places[f * PLACES + p];
                int sentence = reading.sentence(occurrence);
                // Places in one sentence share its rewrite; a template rewrite is the same for every place.
                Optional<String> rewrite = p > 0 && (sentence == previousSentence || isTemplate(rule)) ? previous
                        : rewrite(rule, reading, occurrence, places, f * PLACES, Math.min(counts[f], PLACES));
                flags.add(new RedFlag(rule.code(), rule.severity(), reading.span(occurrence), rule.advice(), rewrite));
                previous = rewrite;
                previousSentence = sentence;
            }
        }
        wholeAnswerFlags(reading, facts, wordsPerMinute, statesGoal || counts[noGoal] > 0, flags);
        return flags;
    }

    /**
     * Adds the flags judged from the whole answer (no goal stated, too short, too long) to {@code flags} and puts
     * them all in reading order.
     */
    private void wholeAnswerFlags(Reading reading, AnswerFacts facts, int wordsPerMinute, boolean statesGoal,
                                  List<RedFlag> flags) {
        if (!statesGoal) {
            flags.add(whole(rules.get(noGoal), reading, capped(reading, firstSentence(reading))));
        }
        if (facts.seconds() < SpeakingLength.TOO_SHORT) {
            flags.add(whole(rules.get(tooShort), reading, Span.of(reading.text, 0, reading.text.length())));
        } else if (facts.seconds() > SpeakingLength.TOO_LONG) {
            flags.add(whole(rules.get(tooLong), reading, capped(reading, sentenceAfter(reading, wordsPerMinute))));
        }
        flags.sort(IN_READING_ORDER);
    }

    /**
     * The valid phrases of the signals that raise flags, in reading order, after their number at index 0. They are
     * a few of the answer's phrases, so they are gathered from each signal's own list rather than by a pass over
     * every phrase.
     */
    private int[] flagSignalHits(Reading reading) {
        int[] hits = new int[8];
        int n = 0;
        for (int s : flagSignals) {
            for (int o = reading.first(s); o >= 0; o = reading.next(o)) {
                if (++n == hits.length) {
                    hits = Arrays.copyOf(hits, 2 * n);
                }
                hits[n] = o;
            }
        }
        // Phrases are numbered in reading order.
        Arrays.sort(hits, 1, n + 1);
        hits[0] = n;
        return hits;
    }

    private static boolean isTemplate(FlagRule rule) {
        return !Rewrites.WITHOUT.equals(rule.rewrite()) && !Rewrites.REPLACE.equals(rule.rewrite());
    }

    private Optional<String> rewrite(FlagRule rule, Reading reading, int occurrence, int[] sameFlag, int first,
                                     int places) {
        String template = rule.rewrite();
        if (template.isEmpty()) {
            return Optional.empty();
        }
        Tokens tokens = reading.tokens;
        Occurrences found = reading.found;
        int sentence = reading.sentence(occurrence);
        int from = tokens.sentenceStartChar[sentence];
        int to = tokens.sentenceEndChar[sentence];
        if (Rewrites.WITHOUT.equals(template)) {
            int[] starts = new int[places];
            int[] ends = new int[places];
            int cuts = 0;
            for (int p = first; p < first + places; p++) {
                if (reading.sentence(sameFlag[p]) == sentence) {
                    starts[cuts] = tokens.start[found.start[sameFlag[p]]];
                    ends[cuts++] = tokens.end[found.end[sameFlag[p]] - 1];
                }
            }
            String rewritten = Rewrites.without(reading.text, from, to, starts, ends, cuts);
            return rewritten.isEmpty() ? Optional.empty() : Optional.of(rewritten);
        }
        if (Rewrites.REPLACE.equals(template)) {
            String filler = markerFor(reading, occurrence);
            return filler.isEmpty() ? Optional.empty() : Optional.of(Rewrites.replace(reading.text, from, to,
                    tokens.start[found.start[occurrence]], tokens.end[found.end[occurrence] - 1], filler));
        }
        return Optional.of(Rewrites.fill(template, reading.job));
    }

    /** What a template marker most likely stood for: the company, unless it names a role or title. */
    private static String markerFor(Reading reading, int occurrence) {
        String marker = reading.span(occurrence).text().toLowerCase(java.util.Locale.ROOT);
        boolean role = marker.contains("role") || marker.contains("title") || marker.contains("position")
                || marker.contains("job");
        return role ? reading.job.title() : reading.job.companyName();
    }

    private static RedFlag whole(FlagRule rule, Reading reading, Span span) {
        String rewrite = rule.rewrite().isEmpty() || rule.rewrite().startsWith("{") ? ""
                : Rewrites.fill(rule.rewrite(), reading.job);
        return new RedFlag(rule.code(), rule.severity(), span, rule.advice(),
                rewrite.isEmpty() ? Optional.empty() : Optional.of(rewrite));
    }

    private static Span firstSentence(Reading reading) {
        return reading.tokens.sentences == 0 ? Span.of(reading.text, 0, 0) : reading.sentenceSpan(0);
    }

    /** The sentence in which the answer passes the two-minute mark: where cutting should start. */
    private static Span sentenceAfter(Reading reading, int wordsPerMinute) {
        int limit = (int) (SpeakingLength.TOO_LONG * wordsPerMinute / 60);
        Tokens tokens = reading.tokens;
        int words = 0;
        for (int t = 0; t < tokens.count; t++) {
            if (tokens.kind[t] == Tokens.WORD && !tokens.is(t, Tokens.CONTINUATION) && ++words > limit) {
                return reading.sentenceSpan(tokens.sentence[t]);
            }
        }
        return reading.sentenceSpan(tokens.sentences - 1);
    }

    /** A sentence cut to its first few hundred characters, at a space, so a run-on answer stays readable. */
    private static Span capped(Reading reading, Span span) {
        if (span.end() - span.start() <= MAX_QUOTE) {
            return span;
        }
        int cut = reading.text.lastIndexOf(' ', span.start() + MAX_QUOTE);
        return Span.of(reading.text, span.start(), cut > span.start() ? cut : span.start() + MAX_QUOTE);
    }

    private int require(String code) {
        for (int f = 0; f < rules.size(); f++) {
            if (rules.get(f).code().equals(code)) {
                return f;
            }
        }
        throw new IllegalStateException("the scoring lexicon defines no flag " + code);
    }
}
