package dev.aspire.scoring;

import dev.aspire.core.TargetJob;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The telling words of the job applied for, normalised like answer words, so an answer that names the role,
 * the company, its industry or its mission can be recognised without a phrase for every job in the world.
 * Small words ("the", "of", "senior") say nothing about a particular job and are left out.
 */
final class JobWords {
    static final JobWords NONE = new JobWords(new long[0], new long[0], new long[0], new long[0], new long[0],
            new long[0], new long[0], "", "");

    private static final String[] SMALL_WORDS = {
        "the", "and", "of", "for", "a", "an", "at", "in", "on", "to", "with", "by", "or", "&", "inc", "ltd",
        "llc", "co", "corp", "plc", "gmbh", "company", "group", "senior", "junior", "associate", "assistant",
        "trainee", "intern", "entry", "level", "team", "our", "your", "every", "all", "more", "better", "make",
        "help", "people", "world", "their", "through", "which", "that", "this", "industry", "sector",
        "services", "service", "global", "international", "new", "first", "best", "one"};
    /** Mission statements are long and full of ordinary words; only longer ones are telling. */
    private static final int MIN_MISSION_WORD = 6;
    /**
     * Words of at least this many letters also match on their first this-many letters, so "architect"
     * meets "Architectural Assistant" and "analysis" meets "Data Analyst", which the light normaliser
     * alone would keep apart.
     */
    static final int PREFIX = 6;

    /**
     * Jobs already read. A batch names a handful of jobs across thousands of answers, and tokenising a job
     * (and the small words) for every answer cost as much as a tenth of scoring it. Keyed by tokenizer as
     * well, since each lexicon normalises words its own way (the tokenizer compares by identity). The values
     * never change, so threads share them; a full map is emptied, so memory stays bounded.
     */
    private static final Map<Key, JobWords> READ = new ConcurrentHashMap<>();
    private static final Map<Tokenizer, long[]> SMALL_HASHES = new ConcurrentHashMap<>();
    private static final int MAX_READ = 1024;

    private record Key(Tokenizer tokenizer, TargetJob job) {
    }

    private final long[] role;
    private final long[] company;
    private final long[] industry;
    private final long[] mission;
    /** Every word of the job, for signals that the job's own subject cancels. */
    private final long[] all;
    private final long[] rolePrefixes;
    private final long[] fieldPrefixes;
    private final String title;
    private final String companyName;

    private JobWords(long[] role, long[] company, long[] industry, long[] mission, long[] all, long[] rolePrefixes,
                     long[] fieldPrefixes, String title, String companyName) {
        this.role = role;
        this.company = company;
        this.industry = industry;
        this.mission = mission;
        this.all = all;
        this.rolePrefixes = rolePrefixes;
        this.fieldPrefixes = fieldPrefixes;
        this.title = title;
        this.companyName = companyName;
    }

    static JobWords of(Optional<TargetJob> job, Tokenizer tokenizer, Tokens scratch) {
        if (job.isEmpty()) {
            return NONE;
        }
        return remembered(READ, new Key(tokenizer, job.get()), () -> read(job.get(), tokenizer, scratch));
    }

    /** The value kept for {@code key}, read and kept first if there is none; a full memo is emptied first. */
    private static <K, V> V remembered(Map<K, V> memo, K key, Supplier<V> read) {
        V known = memo.get(key);
        if (known != null) {
            return known;
        }
        V value = read.get();
        if (memo.size() >= MAX_READ) {
            memo.clear();
        }
        memo.put(key, value);
        return value;
    }

    private static JobWords read(TargetJob j, Tokenizer tokenizer, Tokens scratch) {
        long[] small = smallWords(tokenizer, scratch);
        long[] role = hashes(j.title(), tokenizer, scratch, 3, small);
        long[] company = hashes(j.company(), tokenizer, scratch, 2, small);
        long[] industry = hashes(j.industry(), tokenizer, scratch, 3, small);
        long[] mission = hashes(j.mission(), tokenizer, scratch, MIN_MISSION_WORD, small);
        long[] all = hashes(String.join(" ", text(j.title()), text(j.company()), text(j.industry()), j.mission()),
                tokenizer, scratch, 0, new long[0]);
        long[] rolePrefixes = prefixes(j.title(), tokenizer, scratch, small);
        long[] fieldPrefixes = prefixes(text(j.industry()) + " " + j.mission(), tokenizer, scratch, small);
        return new JobWords(role, company, industry, mission, all, rolePrefixes, fieldPrefixes, text(j.title()),
                text(j.company()));
    }

    private static long[] smallWords(Tokenizer tokenizer, Tokens scratch) {
        return remembered(SMALL_HASHES, tokenizer,
                () -> hashes(String.join(" ", SMALL_WORDS), tokenizer, scratch, 0, new long[0]));
    }

    boolean isRole(long hash) {
        return contains(role, hash);
    }

    /** Whether an answer word starting with these letters (see {@link #PREFIX}) names the role. */
    boolean isRolePrefix(long prefixHash) {
        return contains(rolePrefixes, prefixHash);
    }

    /** The same for the industry and mission. */
    boolean isFieldPrefix(long prefixHash) {
        return contains(fieldPrefixes, prefixHash);
    }

    boolean hasPrefixes() {
        return rolePrefixes.length + fieldPrefixes.length > 0;
    }

    boolean isCompany(long hash) {
        return contains(company, hash);
    }

    boolean isIndustry(long hash) {
        return contains(industry, hash);
    }

    boolean isMission(long hash) {
        return contains(mission, hash);
    }

    boolean mentionsAny(long[] hashes) {
        for (long hash : hashes) {
            if (contains(all, hash)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return all.length == 0;
    }

    /** The role's title as given, or empty. */
    String title() {
        return title;
    }

    /** The company's name as given, or empty. */
    String companyName() {
        return companyName;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static long[] hashes(String text, Tokenizer tokenizer, Tokens scratch, int minLength, long[] small) {
        if (text == null || text.isBlank()) {
            return new long[0];
        }
        tokenizer.tokenize(text, scratch, false);
        long[] found = new long[scratch.count];
        int n = 0;
        for (int t = 0; t < scratch.count; t++) {
            if (scratch.kind[t] != Tokens.WORD || scratch.end[t] - scratch.start[t] < minLength
                    || contains(small, scratch.hash[t]) || contains(found, n, scratch.hash[t])) {
                continue;
            }
            found[n++] = scratch.hash[t];
        }
        return Arrays.copyOf(found, n);
    }

    private static long[] prefixes(String text, Tokenizer tokenizer, Tokens scratch, long[] small) {
        if (text == null || text.isBlank()) {
            return new long[0];
        }
        tokenizer.tokenize(text, scratch, false);
        long[] found = new long[scratch.count];
        int n = 0;
        for (int t = 0; t < scratch.count; t++) {
            if (scratch.kind[t] == Tokens.WORD && scratch.end[t] - scratch.start[t] >= PREFIX
                    && !contains(small, scratch.hash[t])) {
                found[n++] = Hashes.ofLowerCase(text, scratch.start[t], PREFIX);
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static boolean contains(long[] values, long hash) {
        return contains(values, values.length, hash);
    }

    private static boolean contains(long[] values, int length, long hash) {
        for (int i = 0; i < length; i++) {
            if (values[i] == hash) {
                return true;
            }
        }
        return false;
    }
}
