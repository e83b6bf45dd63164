package dev.aspire.scoring;

/**
 * Decides, for every phrase found, whether it counts where it stands. A match is cancelled when another
 * phrase gives its words another sense ("leave a mark"), when a negation reaches it ("I have no plans to
 * leave"; "grad school is not my plan"), when it is set in the past ("I used to think about an MBA"; "I
 * ran my own shop"), when the job itself is about it ("salaries" for a payroll specialist), and when its
 * sentence lacks what it needs or has what rules it out ("start a business" beside "helping clients").
 *
 * <p>Each rule is one bounded pass over the phrases or tokens, so the whole is linear in the answer.
 */
final class ContextRules {
    /** Words a negation reaches forward: far enough for "I have no real plans to ever leave". */
    static final int NEGATION_REACH = 7;
    static final int NEGATION_AFTER_REACH = 6;
    static final int DISTANCING_REACH = 12;

    private static final byte NEG = 1;
    private static final byte NEG_AFTER = 2;
    private static final byte DIST = 4;
    private static final byte BREAK = 8;

    /** How far back a past verb can govern a phrase. */
    static final int PAST_REACH = 8;

    private final SignalTable signals;
    private final long[] intentWords;
    private final long intentFilter;
    private final long be;

    ContextRules(SignalTable signals, long[] intentWords, long be) {
        this.signals = signals;
        this.intentWords = intentWords;
        long filter = 0;
        for (long intent : intentWords) {
            filter |= 1L << (intent >>> 58);
        }
        this.intentFilter = filter;
        this.be = be;
    }

    void apply(Tokens tokens, Occurrences found, JobWords job, Workspace work) {
        byte[] scope = work.scope(tokens.count);
        int[] listed = work.listed(found.count);
        int cueCount = vetoesAndBreaks(tokens, found, scope, listed);
        markScopes(tokens, found, scope, listed, cueCount);
        int[] rules = signals.rules;
        int[] signal = found.signal;
        int[] flags = found.flags;
        int[] start = found.start;
        int[] end = found.end;
        // The list of cues is read; it now lists the phrases that need or rule out another in their clause.
        int ruled = 0;
        for (int i = 0; i < found.count; i++) {
            int s = signal[i];
            int rule = rules[s];
            int flag = flags[i];
            if ((rule & (SignalTable.NEEDS | SignalTable.UNLESS)) != 0) {
                listed[ruled++] = i;
            }
            if ((rule & SignalTable.CUE) != 0 || (flag & Occurrences.VETOED) != 0) {
                continue;
            }
            int first = start[i];
            int at = scope[first];
            int after = scope[end[i] - 1];
            // Negation and distancing without a branch each: which signal comes next is anyone's guess.
            int negated = (at & NEG | after & NEG_AFTER) != 0 ? rule & SignalTable.NEGATABLE : 0;
            int distanced = (at & DIST) != 0 ? rule & SignalTable.DISTANCEABLE : 0;
            flag |= (negated != 0 ? Occurrences.NEGATED : 0) | (distanced != 0 ? Occurrences.DISTANCED : 0);
            if ((rule & (SignalTable.PAST_CANCELS | SignalTable.PAST_ONLY)) != 0
                    && isPast(tokens, scope, first) != ((rule & SignalTable.PAST_ONLY) != 0)) {
                flag |= Occurrences.TENSE;
            }
            if ((rule & SignalTable.UNLESS_JOB) != 0 && job.mentionsAny(signals.unlessJob[s])) {
                flag |= Occurrences.JOB_SENSE;
            }
            flags[i] = flag;
        }
        clauseRules(tokens, found, listed, ruled, work.sentenceStamp(signals.size()));
    }

    /**
     * One pass over the phrases: a veto phrase overlapping a match gives its words another sense (phrases are
     * short, so few neighbours), a scope break that stands marks its words, and the other cues that stand
     * are listed in {@code cues}, to mark their reach once every break is known. Returns how many were listed.
     */
    private int vetoesAndBreaks(Tokens tokens, Occurrences found, byte[] scope, int[] cues) {
        int[] rules = signals.rules;
        int cueCount = 0;
        for (int i = 0; i < found.count; i++) {
            int rule = rules[found.signal[i]];
            if ((rule & (SignalTable.VETOES | SignalTable.CUE)) == 0) {
                continue;
            }
            if ((rule & SignalTable.VETOES) != 0) {
                veto(found, i);
            }
            if ((rule & SignalTable.CUE) == 0 || found.flags[i] != 0) {
                continue;
            }
            if (signals.cue[found.signal[i]] == SignalTable.SCOPE_BREAK) {
                for (int t = found.start[i]; t < found.end[i]; t++) {
                    scope[t] |= BREAK;
                }
            } else {
                cues[cueCount++] = i;
            }
        }
        return cueCount;
    }

    private void veto(Occurrences found, int i) {
        int[] vetoes = signals.vetoes[found.signal[i]];
        if (!found.anyFound(vetoes)) {
            // The usual case: no veto phrase anywhere in the answer, so no neighbour to look at.
            return;
        }
        int from = found.start[i];
        int to = found.end[i];
        for (int j = i - 1; j >= 0 && found.start[j] > from - LexiconCompiler.MAX_PHRASE_TOKENS; j--) {
            if (found.end[j] > from && contains(vetoes, found.signal[j])) {
                found.flags[i] |= Occurrences.VETOED;
            }
        }
        for (int j = i + 1; j < found.count && found.start[j] < to; j++) {
            if (contains(vetoes, found.signal[j])) {
                found.flags[i] |= Occurrences.VETOED;
            }
        }
    }

    /** Marks how far each listed negation or distancing cue reaches, up to a break, comma or clause end. */
    private void markScopes(Tokens tokens, Occurrences found, byte[] scope, int[] cues, int cueCount) {
        for (int c = 0; c < cueCount; c++) {
            int i = cues[c];
            byte cue = signals.cue[found.signal[i]];
            if (cue == SignalTable.NEGATION_AFTER) {
                int clause = tokens.clause[found.start[i]];
                for (int t = found.start[i] - 1; t >= 0 && t >= found.start[i] - NEGATION_AFTER_REACH; t--) {
                    if (endsReach(tokens, scope, t, clause)) {
                        break;
                    }
                    scope[t] |= NEG_AFTER;
                }
                continue;
            }
            byte mark = cue == SignalTable.NEGATION ? NEG : DIST;
            int reach = cue == SignalTable.NEGATION ? NEGATION_REACH : DISTANCING_REACH;
            int clause = tokens.clause[found.end[i] - 1];
            for (int t = found.end[i]; t < tokens.count && t < found.end[i] + reach; t++) {
                if (endsReach(tokens, scope, t, clause)) {
                    break;
                }
                scope[t] |= mark;
            }
        }
    }

    private static boolean endsReach(Tokens tokens, byte[] scope, int t, int clause) {
        return tokens.clause[t] != clause || tokens.kind[t] == Tokens.COMMA || (scope[t] & BREAK) != 0;
    }

    /**
     * Told in the past: a past form starts the phrase ("left this job"), stands just before it ("ran my
     * own shop"), or governs its stretch of the clause ("I worked as a translator for two years before
     * joining"). The look back stops at a comma, a scope break or a word of intent ("I realised I want to
     * start my own business" is a plan).
     */
    private boolean isPast(Tokens tokens, byte[] scope, int t) {
        // "I am committed for the long run": after "be", a participle that starts the phrase describes too.
        if (tokens.is(t, Tokens.PAST) && !afterBe(tokens, t)) {
            return true;
        }
        int clause = tokens.clause[t];
        for (int k = t - 1; k >= 0 && k >= t - PAST_REACH; k--) {
            if (tokens.clause[k] != clause || tokens.kind[k] == Tokens.COMMA || (scope[k] & BREAK) != 0
                    || isIntent(tokens.hash[k])) {
                return false;
            }
            // "I'm excited", "I am interested": a participle after "be" describes, it does not narrate.
            if (tokens.kind[k] == Tokens.WORD && tokens.is(k, Tokens.PAST) && !afterBe(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "am excited", "am really excited": "be" one or two words before. */
    private boolean afterBe(Tokens tokens, int k) {
        return k > 0 && tokens.hash[k - 1] == be || k > 1 && tokens.hash[k - 2] == be;
    }

    private boolean isIntent(long hash) {
        // Most words are not one of these: a 64-bit filter of their hashes rules them out at once.
        if ((intentFilter & (1L << (hash >>> 58))) == 0) {
            return false;
        }
        for (long intent : intentWords) {
            if (hash == intent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies "needs" and "unless" clause by clause (a sentence up to a semicolon, colon, dash or bracket) to
     * the listed phrases that have them. The phrases of a clause sit side by side in reading order, and a
     * clause's valid signals are stamped once, the first time one of its phrases asks, so the whole stays
     * linear however many phrases a clause holds.
     */
    private void clauseRules(Tokens tokens, Occurrences found, int[] listed, int count, int[] stamp) {
        int stamped = -1;
        for (int n = 0; n < count; n++) {
            int k = listed[n];
            int clause = tokens.clause[found.start[k]];
            if (clause != stamped) {
                stamp(tokens, found, k, clause, stamp);
                stamped = clause;
            }
            int s = found.signal[k];
            int[] needs = signals.needs[s];
            if (needs.length > 0 && !anyStamped(needs, stamp, clause + 1)) {
                found.flags[k] |= Occurrences.SENTENCE;
            }
            if (signals.unless[s].length > 0 && anyStamped(signals.unless[s], stamp, clause + 1)) {
                found.flags[k] |= Occurrences.SENTENCE;
            }
        }
    }

    /**
     * Stamps the signals of the valid phrases in the clause of phrase {@code k}. No phrase of the clause has
     * been judged on its clause yet, so validity here is what the other rules left.
     */
    private static void stamp(Tokens tokens, Occurrences found, int k, int clause, int[] stamp) {
        int first = k;
        while (first > 0 && tokens.clause[found.start[first - 1]] == clause) {
            first--;
        }
        for (int i = first; i < found.count && tokens.clause[found.start[i]] == clause; i++) {
            if (found.isValid(i)) {
                stamp[found.signal[i]] = clause + 1;
            }
        }
    }

    private static boolean anyStamped(int[] wanted, int[] stamp, int value) {
        for (int s : wanted) {
            if (stamp[s] == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
