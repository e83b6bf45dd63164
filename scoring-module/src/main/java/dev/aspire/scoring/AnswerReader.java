package dev.aspire.scoring;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.TargetJob;
import java.util.Optional;

/**
 * Reads an answer in a fixed number of passes, each linear in its length: tokens and sentences, phrase
 * matching, the job's own words, then the context rules. Thread-safe; the buffers live in the caller's
 * {@link Workspace}.
 */
final class AnswerReader {
    private static final String INTENT_WORDS =
            "will would shall going plan want hope intend expect aim wish like love dream decide decided realise";

    private final ScoringLexicon lexicon;
    private final SignalIds ids;
    private final ContextRules rules;

    AnswerReader(ScoringLexicon lexicon) {
        this.lexicon = requireNonNull(lexicon, "lexicon is null");
        this.ids = new SignalIds(lexicon.signals());
        this.rules = new ContextRules(lexicon.signals(), intentWords(lexicon), intentWords(lexicon, "be")[0]);
    }

    /** Words after which a phrase is a plan, whatever came before: "will", "want", "hope" and their kin. */
    private static long[] intentWords(ScoringLexicon lexicon) {
        return intentWords(lexicon, INTENT_WORDS);
    }

    /** The normalised hashes of the words in {@code text}. */
    private static long[] intentWords(ScoringLexicon lexicon, String text) {
        Tokens scratch = new Tokens();
        lexicon.tokenizer().tokenize(text, scratch, false);
        long[] hashes = new long[scratch.count];
        for (int t = 0; t < scratch.count; t++) {
            hashes[t] = scratch.hash[t];
        }
        return hashes;
    }

    SignalIds ids() {
        return ids;
    }

    JobWords jobWords(Optional<TargetJob> job, Workspace work) {
        return JobWords.of(job, lexicon.tokenizer(), work.scratch);
    }

    Reading read(String text, JobWords job, Workspace work) {
        Tokens tokens = work.tokens;
        Occurrences found = work.occurrences;
        found.reset(lexicon.signals().size());
        PhraseAutomaton matcher = work.automaton(lexicon.trie());
        if (matcher == null) {
            lexicon.tokenizer().tokenize(text, tokens, false);
            lexicon.trie().match(tokens, found);
        } else {
            matcher.start(found);
            // Phrases are matched token by token as the tokenizer makes them: the matcher's steps, each waiting
            // for the one before, then overlap with the tokenizer's work instead of following it.
            lexicon.tokenizer().tokenize(text, tokens, false, matcher);
        }
        int matched = found.count;
        addJobWordsAndMarkers(tokens, found, job);
        found.sortByStart(matched);
        rules.apply(tokens, found, job, work);
        found.indexValid();
        return new Reading(text, tokens, found, job, ids);
    }

    /** The job's words and template markers become occurrences too, so every rule can refer to them. */
    private void addJobWordsAndMarkers(Tokens tokens, Occurrences found, JobWords job) {
        boolean withJob = !job.isEmpty();
        if (!withJob && tokens.placeholders == 0) {
            // Nothing to add, and no reason to look at every token to find that out.
            return;
        }
        boolean prefixes = job.hasPrefixes();
        for (int t = 0; t < tokens.count; t++) {
            byte kind = tokens.kind[t];
            if (kind == Tokens.PLACEHOLDER) {
                found.add(ids.templateMarker, t, t + 1);
            } else if (withJob && kind == Tokens.WORD) {
                long hash = tokens.hash[t];
                long prefix = prefixes && tokens.end[t] - tokens.start[t] >= JobWords.PREFIX
                        ? Hashes.ofLowerCase(tokens.text, tokens.start[t], JobWords.PREFIX) : 0;
                if (job.isRole(hash) || prefix != 0 && job.isRolePrefix(prefix)) {
                    found.add(ids.jobRole, t, t + 1);
                }
                if (job.isCompany(hash)) {
                    found.add(ids.jobCompany, t, t + 1);
                }
                if (job.isIndustry(hash) || prefix != 0 && job.isFieldPrefix(prefix)) {
                    found.add(ids.jobIndustry, t, t + 1);
                }
                if (job.isMission(hash)) {
                    found.add(ids.jobMission, t, t + 1);
                }
            }
        }
    }
}
