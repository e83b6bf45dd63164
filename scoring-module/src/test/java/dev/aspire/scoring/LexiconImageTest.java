package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.scoring.AnswerScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled lexicon saved between runs must score exactly as the lexicon compiled from YAML. */
class LexiconImageTest {
    private static final ScoringLexicon COMPILED = ScoringLexicon.load(BuiltInLexicon.FILES);

    @TempDir
    Path dir;

    @Test
    void aLexiconReadBackFromItsImageScoresEveryLabelledAnswerExactlyAsTheCompiledOne() {
        long stamp = BuiltInLexiconCache.stamp();
        ScoringLexicon restored = LexiconImage.read(LexiconImage.write(COMPILED, stamp), stamp).orElseThrow();
        DomainCatalogue catalogue = Scorers.catalogue();
        AnswerScorer fromYaml = scorer(COMPILED, catalogue);
        AnswerScorer fromImage = scorer(restored, catalogue);
        List<Calibration.Answer> answers = new ArrayList<>(Calibration.load("calibration.yaml"));
        answers.addAll(Calibration.load("holdout.yaml"));
        for (Calibration.Answer answer : answers) {
            assertEquals(fromYaml.score(answer.request(catalogue)), fromImage.score(answer.request(catalogue)), answer.id());
        }
        assertEquals(fromYaml.redFlagKinds(), fromImage.redFlagKinds());
        assertEquals(COMPILED.phrases(), restored.phrases());
    }

    @Test
    void theSameLexiconAlwaysGivesTheSameImage() {
        assertArrayEquals(LexiconImage.write(COMPILED, 7), LexiconImage.write(COMPILED, 7));
    }

    @Test
    void anImageOfOtherFilesOrACutShortOneIsNotUsed() {
        byte[] image = LexiconImage.write(COMPILED, 7);
        assertTrue(LexiconImage.read(image, 8).isEmpty());
        assertTrue(LexiconImage.read(Arrays.copyOf(image, image.length / 2), 7).isEmpty());
        assertTrue(LexiconImage.read(new byte[3], 7).isEmpty());
    }

    @Test
    void theCacheIsWrittenOnTheFirstLoadAndReadOnTheNext() throws IOException {
        Path cache = dir.resolve("lexicon.bin");
        ScoringLexicon first = BuiltInLexiconCache.load(cache);
        assertTrue(Files.size(cache) > 0);
        ScoringLexicon second = BuiltInLexiconCache.load(cache);
        assertNotSame(first, second);
        assertEquals(first.phrases(), second.phrases());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(cache), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedCacheIsCompiledAgainAndRepaired() throws IOException {
        Path cache = dir.resolve("lexicon.bin");
        Files.write(cache, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        ScoringLexicon lexicon = BuiltInLexiconCache.load(cache);
        assertEquals(COMPILED.phrases(), lexicon.phrases());
        assertTrue(LexiconImage.read(Files.readAllBytes(cache), BuiltInLexiconCache.stamp()).isPresent());
    }

    @Test
    void theStampTheBuildShipsIsTheChecksumOfTheYamlFiles() {
        // Were the build's stamp stale, a saved lexicon of older YAML files would be taken for the current one.
        assertTrue(BuiltInLexicon.class.getResource(BuiltInLexiconCache.STAMP_RESOURCE) != null,
                "the build writes " + BuiltInLexiconCache.STAMP_RESOURCE + " beside the YAML files");
        assertEquals(BuiltInLexiconCache.checksum(), BuiltInLexiconCache.stamp());
    }

    @Test
    void anUnwritableCacheDirectoryOnlyCostsTheHeadStart() {
        ScoringLexicon lexicon = BuiltInLexiconCache.load(dir.resolve("missing-dir").resolve("lexicon.bin"));
        assertEquals(COMPILED.phrases(), lexicon.phrases());
    }

    private static AnswerScorer scorer(ScoringLexicon lexicon, DomainCatalogue catalogue) {
        return new LexiconAnswerScorer(() -> catalogue, Set.of(), Set.of(), Set.of(), Set.of(), () -> lexicon);
    }
}
