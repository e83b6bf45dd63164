package dev.aspire.scoring;

import dev.aspire.core.scoring.Span;
import java.util.List;

/**
 * One answer as the scorer has read it: its tokens and the phrases that count in context. Criteria ask
 * it questions ("is there a goal in the same sentence as a horizon?") rather than look at words, and
 * every question is answered by walking ordered lists once.
 */
final class Reading {
    final String text;
    final Tokens tokens;
    final Occurrences found;
    final JobWords job;
    final SignalIds ids;
    private long[] keys = new long[8];
    /** Per occurrence, its span once asked for. */
    private Span[] spans;

    Reading(String text, Tokens tokens, Occurrences found, JobWords job, SignalIds ids) {
        this.text = text;
        this.tokens = tokens;
        this.found = found;
        this.job = job;
        this.ids = ids;
    }

    /** The first occurrence of a signal that counts, or -1. */
    int first(int signal) {
        return found.firstValid[signal];
    }

    /** The next occurrence of the same signal that counts, or -1. */
    int next(int occurrence) {
        return found.nextValid[occurrence];
    }

    boolean has(int signal) {
        return found.firstValid[signal] >= 0;
    }

    boolean hasAny(int... signals) {
        for (int signal : signals) {
            if (has(signal)) {
                return true;
            }
        }
        return false;
    }

    int sentence(int occurrence) {
        return tokens.sentence[found.start[occurrence]];
    }

    Span span(int occurrence) {
        // Several criteria quote the same phrase (the goal, the role): its span is made once.
        if (spans == null) {
            spans = new Span[found.count];
        }
        Span span = spans[occurrence];
        if (span == null) {
            span = Span.of(text, tokens.start[found.start[occurrence]], tokens.end[found.end[occurrence] - 1]);
            spans[occurrence] = span;
        }
        return span;
    }

    /** The characters of sentence {@code s}, including its closing punctuation. */
    Span sentenceSpan(int s) {
        return Span.of(text, tokens.sentenceStartChar[s], tokens.sentenceEndChar[s]);
    }

    /**
     * The first occurrence of {@code signal} in a sentence that also holds one of {@code partners}, or -1.
     * Both lists are in reading order, so one merge-like walk per partner answers it.
     */
    int firstWithPartner(int signal, int... partners) {
        int best = -1;
        for (int partner : partners) {
            int a = first(signal);
            int b = first(partner);
            while (a >= 0 && b >= 0 && (best < 0 || a < best)) {
                int sa = sentence(a);
                int sb = sentence(b);
                if (sa == sb) {
                    best = best < 0 ? a : Math.min(best, a);
                    break;
                } else if (sa < sb) {
                    a = next(a);
                } else {
                    b = next(b);
                }
            }
        }
        return best;
    }

    /**
     * Up to {@code cap} occurrences of the signals, each saying something different: the same words
     * repeated count once, which is what keeps repetition and buzzword stuffing from earning points. They are
     * written to {@code picks} from index {@code at}; returns how many.
     */
    int distinct(int cap, int[] picks, int at, int... signals) {
        if (keys.length < cap) {
            keys = new long[cap];
        }
        int n = 0;
        for (int signal : signals) {
            for (int o = first(signal); o >= 0 && n < cap; o = next(o)) {
                long key = key(o);
                boolean seen = false;
                for (int k = 0; k < n; k++) {
                    seen |= keys[k] == key || overlaps(picks[at + k], o);
                }
                if (!seen) {
                    keys[n] = key;
                    picks[at + n++] = o;
                }
            }
        }
        return n;
    }

    /** The spans of the first {@code n} occurrences in {@code picks}, in reading order, as a report keeps them. */
    List<Span> spans(int[] picks, int n) {
        Span[] spans = new Span[n];
        for (int k = 0; k < n; k++) {
            // A stable insertion sort by start: there are a handful at most.
            Span span = span(picks[k]);
            int j = k;
            while (j > 0 && spans[j - 1].start() > span.start()) {
                spans[j] = spans[j - 1];
                j--;
            }
            spans[j] = span;
        }
        return List.of(spans);
    }

    /** How many different things the signal's occurrences say, up to {@code cap}, without allocating. */
    int distinctCount(int cap, int signal) {
        if (keys.length < cap) {
            keys = new long[cap];
        }
        int n = 0;
        for (int o = first(signal); o >= 0 && n < cap; o = next(o)) {
            long key = key(o);
            boolean seen = false;
            for (int k = 0; k < n && !seen; k++) {
                seen = keys[k] == key;
            }
            if (!seen) {
                keys[n++] = key;
            }
        }
        return n;
    }

    /** The answer's words, contractions counted once ("don't" is one word spoken). */
    int words() {
        return tokens.words;
    }

    private boolean overlaps(int a, int b) {
        return found.start[a] < found.end[b] && found.start[b] < found.end[a];
    }

    private long key(int occurrence) {
        long key = 17;
        for (int t = found.start[occurrence]; t < found.end[occurrence]; t++) {
            key = key * 31 + tokens.hash[t];
        }
        return key;
    }
}
