package dev.aspire.core.scoring;

/**
 * A stretch of the scored answer: characters {@code start} (inclusive) to {@code end} (exclusive).
 *
 * @param text the answer's characters in that range, so a reader need not slice it again
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text does not match " + start + ".." + end);
        }
    }

    /** The span of {@code answer} from {@code start} to {@code end}. */
    public static Span of(String answer, int start, int end) {
        return new Span(start, end, answer.substring(start, end));
    }
}
