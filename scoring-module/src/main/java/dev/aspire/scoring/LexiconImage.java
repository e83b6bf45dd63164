package dev.aspire.scoring;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.Severity;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A compiled {@link ScoringLexicon} as bytes: plain arrays and strings, read back without parsing YAML or
 * building the trie again, which is most of what a cold {@code aspire score} would otherwise spend. An
 * image records a stamp of the lexicon files it was compiled from; reading it under another stamp (the
 * files changed, or the format did) gives nothing, and the caller compiles the files instead.
 */
final class LexiconImage {
    /** Changes whenever the layout below changes, so an old image is never misread. */
    private static final int FORMAT = 2;
    private static final int MAGIC = 0x41535058; // "ASPX"

    private LexiconImage() {
    }

    /** The lexicon as bytes, marked with {@code stamp}. */
    static byte[] write(ScoringLexicon lexicon, long stamp) {
        requireNonNull(lexicon, "lexicon is null");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(stamp);
            Vocabulary vocabulary = lexicon.vocabulary();
            writeLongs(out, vocabulary.hashes());
            writeBooleans(out, vocabulary.numberWords());
            int[][] trie = lexicon.trie().arrays();
            out.writeInt(trie.length);
            for (int[] array : trie) {
                writeInts(out, array);
            }
            SignalTable signals = lexicon.signals();
            int n = signals.size();
            out.writeInt(n);
            for (int i = 0; i < n; i++) {
                writeString(out, signals.ids[i]);
                out.writeBoolean(signals.negatable[i]);
                out.writeBoolean(signals.distanceable[i]);
                out.writeBoolean(signals.pastCancels[i]);
                out.writeBoolean(signals.pastOnly[i]);
                out.writeByte(signals.cue[i]);
                writeInts(out, signals.vetoes[i]);
                writeInts(out, signals.needs[i]);
                writeInts(out, signals.unless[i]);
                writeLongs(out, signals.unlessJob[i]);
            }
            out.writeInt(lexicon.flags().size());
            for (FlagRule rule : lexicon.flags()) {
                writeString(out, rule.code());
                writeString(out, rule.severity().name());
                writeString(out, rule.kind().summary());
                writeInts(out, rule.signals());
                out.writeInt(rule.minCount());
                writeString(out, rule.advice());
                writeString(out, rule.rewrite());
                writeStrings(out, rule.cancels());
                out.writeInt(rule.costs().size());
                for (Map.Entry<String, Integer> cost : rule.costs().entrySet()) {
                    writeString(out, cost.getKey());
                    out.writeInt(cost.getValue());
                }
                out.writeBoolean(rule.impliesGoal());
            }
            // Lenses sorted by role, so the same lexicon always gives the same bytes.
            List<Lens> lenses = new ArrayList<>(lexicon.lenses().values());
            lenses.sort((a, b) -> a.role().compareTo(b.role()));
            out.writeInt(lenses.size());
            for (Lens lens : lenses) {
                writeString(out, lens.role());
                writeString(out, lens.reason());
                List<String> criteria = new ArrayList<>(lens.weights().keySet());
                criteria.sort(null);
                out.writeInt(criteria.size());
                for (String criterion : criteria) {
                    writeString(out, criterion);
                    out.writeDouble(lens.weights().get(criterion));
                }
                List<String> escalate = new ArrayList<>(lens.escalate());
                escalate.sort(null);
                writeStrings(out, escalate);
            }
            out.writeInt(lexicon.archetypeSignals().size());
            for (Map.Entry<String, Integer> archetype : lexicon.archetypeSignals().entrySet()) {
                writeString(out, archetype.getKey());
                out.writeInt(archetype.getValue());
            }
            writeStrings(out, lexicon.patternLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to take bytes
        }
        return bytes.toByteArray();
    }

    /**
     * The lexicon in {@code image}, or empty when the image was made from other files ({@code stamp}
     * differs), by another version of this format, or is cut short or damaged.
     */
    static Optional<ScoringLexicon> read(byte[] image, long stamp) {
        requireNonNull(image, "image is null");
        ByteBuffer in = ByteBuffer.wrap(image);
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT || in.getLong() != stamp) {
                return Optional.empty();
            }
            Vocabulary vocabulary = Vocabulary.restore(readLongs(in), readBooleans(in));
            int[][] trie = new int[in.getInt()][];
            for (int i = 0; i < trie.length; i++) {
                trie[i] = readInts(in);
            }
            int n = in.getInt();
            List<String> ids = new ArrayList<>(n);
            boolean[] negatable = new boolean[n];
            boolean[] distanceable = new boolean[n];
            boolean[] pastCancels = new boolean[n];
            boolean[] pastOnly = new boolean[n];
            byte[] cue = new byte[n];
            int[][] vetoes = new int[n][];
            int[][] needs = new int[n][];
            int[][] unless = new int[n][];
            long[][] unlessJob = new long[n][];
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String id = readString(in);
                ids.add(id);
                index.put(id, i);
                negatable[i] = in.get() != 0;
                distanceable[i] = in.get() != 0;
                pastCancels[i] = in.get() != 0;
                pastOnly[i] = in.get() != 0;
                cue[i] = in.get();
                vetoes[i] = readInts(in);
                needs[i] = readInts(in);
                unless[i] = readInts(in);
                unlessJob[i] = readLongs(in);
            }
            SignalTable signals = new SignalTable(ids, negatable, distanceable, pastCancels, pastOnly, vetoes, needs,
                    unless, unlessJob, cue, index);
            int flagCount = in.getInt();
            List<FlagRule> flags = new ArrayList<>(flagCount);
            for (int f = 0; f < flagCount; f++) {
                RedFlagKind kind = new RedFlagKind(readString(in), Severity.valueOf(readString(in)), readString(in));
                int[] flagSignals = readInts(in);
                int minCount = in.getInt();
                String advice = readString(in);
                String rewrite = readString(in);
                List<String> cancels = readStrings(in);
                int costCount = in.getInt();
                Map<String, Integer> costs = new LinkedHashMap<>();
                for (int c = 0; c < costCount; c++) {
                    costs.put(readString(in), in.getInt());
                }
                flags.add(new FlagRule(kind, flagSignals, minCount, advice, rewrite, List.copyOf(cancels),
                        java.util.Collections.unmodifiableMap(costs), in.get() != 0));
            }
            int lensCount = in.getInt();
            Map<String, Lens> lenses = new LinkedHashMap<>();
            for (int l = 0; l < lensCount; l++) {
                String role = readString(in);
                String reason = readString(in);
                int weightCount = in.getInt();
                Map<String, Double> weights = new LinkedHashMap<>();
                for (int w = 0; w < weightCount; w++) {
                    weights.put(readString(in), in.getDouble());
                }
                lenses.put(role, new Lens(role, reason, Map.copyOf(weights),
                        java.util.Set.copyOf(new LinkedHashSet<>(readStrings(in)))));
            }
            int archetypeCount = in.getInt();
            Map<String, Integer> archetypes = new LinkedHashMap<>();
            for (int a = 0; a < archetypeCount; a++) {
                archetypes.put(readString(in), in.getInt());
            }
            // The phrase patterns serve only `score --phrases`: their lengths are checked now, their text is
            // decoded when first asked for (a few thousand strings, about 1% of a whole score's work).
            int patternsFrom = in.position();
            skipStrings(in);
            if (in.hasRemaining()) {
                return Optional.empty();
            }
            byte[] patterns = Arrays.copyOfRange(image, patternsFrom, in.position());
            Tokenizer tokenizer = new Tokenizer(new Normalizer(), vocabulary);
            return Optional.of(new ScoringLexicon(tokenizer, vocabulary, PhraseTrie.restore(trie), signals, flags,
                    lenses, archetypes, new PatternLines(patterns)));
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException
                 | NegativeArraySizeException e) {
            return Optional.empty();
        }
    }

    /**
     * The phrase patterns' section of an image, decoded when asked for. A class rather than a lambda: the
     * class-data archive is made by a run that compiles the lexicon and never reads an image, so a lambda here
     * would be spun anew at every run, while a class is simply loaded.
     */
    private static final class PatternLines implements Supplier<List<String>> {
        private final byte[] section;

        PatternLines(byte[] section) {
            this.section = section;
        }

        @Override
        public List<String> get() {
            return readStrings(ByteBuffer.wrap(section));
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        out.write(buffer.array());
    }

    private static int[] readInts(ByteBuffer in) {
        int[] values = new int[count(in, Integer.BYTES)];
        in.asIntBuffer().get(values);
        in.position(in.position() + values.length * Integer.BYTES);
        return values;
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        buffer.asLongBuffer().put(values);
        out.write(buffer.array());
    }

    private static long[] readLongs(ByteBuffer in) {
        long[] values = new long[count(in, Long.BYTES)];
        in.asLongBuffer().get(values);
        in.position(in.position() + values.length * Long.BYTES);
        return values;
    }

    private static void writeBooleans(DataOutputStream out, boolean[] values) throws IOException {
        out.writeInt(values.length);
        for (boolean value : values) {
            out.writeBoolean(value);
        }
    }

    private static boolean[] readBooleans(ByteBuffer in) {
        boolean[] values = new boolean[count(in, 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.get() != 0;
        }
        return values;
    }

    /** An array's length, checked against what is left, so a damaged image cannot ask for a huge array. */
    private static int count(ByteBuffer in, int bytesEach) {
        int count = in.getInt();
        if (count < 0 || (long) count * bytesEach > in.remaining()) {
            throw new IllegalArgumentException("an array runs past the end of the image");
        }
        return count;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = stringLength(in);
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    /** Moves past a list of strings, with the same checks as {@link #readStrings}. */
    private static void skipStrings(ByteBuffer in) {
        int count = listCount(in);
        for (int i = 0; i < count; i++) {
            int length = stringLength(in);
            in.position(in.position() + length);
        }
    }

    private static List<String> readStrings(ByteBuffer in) {
        int count = listCount(in);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString(in));
        }
        return values;
    }

    /** A list's length, checked against what is left, so a damaged image cannot ask for a huge list. */
    private static int listCount(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("a list runs past the end of the image");
        }
        return count;
    }

    /** A string's length in bytes, checked against what is left. */
    private static int stringLength(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a string runs past the end of the image");
        }
        return length;
    }
}
