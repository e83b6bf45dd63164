package dev.aspire.scoring;

import java.util.Arrays;

/**
 * The signals found in one answer: which signal, over which tokens, and what the context did to it
 * (negated, vetoed, in the past). Parallel arrays, reused answer after answer by one thread.
 */
final class Occurrences {
    /** A phrase saying the word is used in another sense ("leave a mark") covers this occurrence. */
    static final int VETOED = 1;
    /** Inside the reach of a negation ("I have no plans to leave"). */
    static final int NEGATED = 1 << 1;
    /** Told as something past or set aside ("I once thought about an MBA"). */
    static final int DISTANCED = 1 << 2;
    /** Told in the past ("I left", "I had started") where only a plan would count, or the reverse. */
    static final int TENSE = 1 << 3;
    /** The job itself is about this ("salary" for a payroll specialist). */
    static final int JOB_SENSE = 1 << 4;
    /** The sentence lacks a signal this one needs, or has one that rules it out. */
    static final int SENTENCE = 1 << 5;

    static final int INVALID = VETOED | NEGATED | DISTANCED | TENSE | JOB_SENSE | SENTENCE;
    /** Occurrences longer than this many tokens sort as if equally long. */
    private static final int LONGEST_KEPT = 1023;

    int count;
    int[] signal = new int[128];
    int[] start = new int[128];
    int[] end = new int[128];
    int[] flags = new int[128];
    private int[] order = new int[128];
    private int[] scratch = new int[128];

    /** Per signal: the index of its first valid occurrence, then each one's next, -1 at the end. */
    int[] firstValid = new int[0];
    int[] nextValid = new int[128];
    private int[] lastAdded = new int[0];

    void reset(int signals) {
        count = 0;
        if (lastAdded.length != signals) {
            lastAdded = new int[signals];
            firstValid = new int[signals];
        }
        Arrays.fill(lastAdded, -1);
    }

    /** Records a match; overlapping matches of one signal merge into one, so evidence is never counted twice. */
    void add(int sig, int from, int to) {
        int last = lastAdded[sig];
        if (last >= 0 && end[last] > from) {
            start[last] = Math.min(start[last], from);
            end[last] = Math.max(end[last], to);
            return;
        }
        if (count == signal.length) {
            grow();
        }
        signal[count] = sig;
        start[count] = from;
        end[count] = to;
        flags[count] = 0;
        lastAdded[sig] = count;
        count++;
    }

    /**
     * Orders occurrences by first token, then by length (lengths past {@value #LONGEST_KEPT} tokens count as
     * equal), then as they were added; {@code matched} is how many came from the phrase matcher, the rest
     * being the job's words added afterwards in reading order.
     *
     * <p>The matcher adds an occurrence when its phrase first ends, and a phrase is at most
     * {@link LexiconCompiler#MAX_PHRASE_TOKENS} words, so an occurrence is never far from its place: a stable
     * insertion sort moves each only a few steps, linear in the answer. The job's words are in order
     * already, and one merge joins the two runs.
     */
    void sortByStart(int matched) {
        insertionSort(0, matched);
        insertionSort(matched, count);
        if (matched > 0 && matched < count && sortKey(matched - 1) > sortKey(matched)) {
            merge(matched);
        }
    }

    /** First token, then length: the order of the reading, with the longer of two phrases at one place last. */
    private long sortKey(int i) {
        return ((long) start[i] << 32) | Math.min(end[i] - start[i], LONGEST_KEPT);
    }

    private void insertionSort(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long key = sortKey(i);
            if (sortKey(i - 1) <= key) {
                continue;
            }
            int sig = signal[i];
            int first = start[i];
            int last = end[i];
            int flag = flags[i];
            int j = i;
            do {
                signal[j] = signal[j - 1];
                start[j] = start[j - 1];
                end[j] = end[j - 1];
                flags[j] = flags[j - 1];
                j--;
            } while (j > from && sortKey(j - 1) > key);
            signal[j] = sig;
            start[j] = first;
            end[j] = last;
            flags[j] = flag;
        }
    }

    /** Merges the sorted runs before and from {@code middle}, the first run's first on equal keys. */
    private void merge(int middle) {
        if (order.length < count) {
            order = new int[signal.length];
            scratch = new int[signal.length];
        }
        int a = 0;
        int b = middle;
        for (int k = 0; k < count; k++) {
            order[k] = b == count || a < middle && sortKey(a) <= sortKey(b) ? a++ : b++;
        }
        permute(signal);
        permute(start);
        permute(end);
        permute(flags);
    }

    private void permute(int[] values) {
        for (int k = 0; k < count; k++) {
            scratch[k] = values[order[k]];
        }
        System.arraycopy(scratch, 0, values, 0, count);
    }

    /** Links the valid occurrences of each signal in reading order, for the criteria to walk. */
    void indexValid() {
        Arrays.fill(firstValid, -1);
        // Backwards: each valid occurrence points at the signal's first valid one after it, which is the signal's
        // first so far, and then becomes the first itself. One array is read and written per occurrence.
        for (int i = count - 1; i >= 0; i--) {
            int sig = signal[i];
            boolean valid = (flags[i] & INVALID) == 0;
            nextValid[i] = valid ? firstValid[sig] : -1;
            if (valid) {
                firstValid[sig] = i;
            }
        }
    }

    /**
     * Whether any of the signals was found in this answer, between matching and {@link #indexValid}: each
     * signal's last occurrence is still known then.
     */
    boolean anyFound(int[] signals) {
        for (int s : signals) {
            if (lastAdded[s] >= 0) {
                return true;
            }
        }
        return false;
    }

    boolean isValid(int occurrence) {
        return (flags[occurrence] & INVALID) == 0;
    }

    private void grow() {
        int size = signal.length * 2;
        signal = Arrays.copyOf(signal, size);
        start = Arrays.copyOf(start, size);
        end = Arrays.copyOf(end, size);
        flags = Arrays.copyOf(flags, size);
        nextValid = Arrays.copyOf(nextValid, size);
    }

    void trim() {
        if (signal.length > 8192) {
            signal = new int[128];
            start = new int[128];
            end = new int[128];
            flags = new int[128];
            nextValid = new int[128];
            order = new int[128];
            scratch = new int[128];
        }
    }
}
