package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.ProfileValidator;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ArchetypeRecommendation;
import dev.aspire.core.answer.ComposedAnswer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes answers from the template packs: one phrasing per part (opening, past, present, future, pitch,
 * close), each picked from the most specific entry for the request. The pick is a stable hash of the
 * profile, question, interviewer and archetype, moved on by the request's variant, so the same request
 * always gives the same words. An answer that comes out too long or too short for speaking trades
 * phrasings for shorter or longer ones until it fits.
 */
final class TemplateComposer implements AnswerComposer {
    static final int MIN_WORDS = 90;
    static final int MAX_WORDS = 200;

    private final DomainCatalogue catalogue;
    private final TemplatePacks packs;
    private TemplateLibrary library;

    @Inject
    TemplateComposer(DomainCatalogue catalogue, TemplatePacks packs) {
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.packs = requireNonNull(packs, "packs is null");
    }

    @Override
    public ComposedAnswer compose(AnswerRequest request) {
        CandidateProfile profile = ProfileValidator.requireValid(request.profile());
        AnswerArchetype archetype = request.archetype().orElseGet(() -> recommend(profile).archetype());
        List<List<Template>> phrasings = new ArrayList<>();
        for (Part part : Part.values()) {
            phrasings.add(library().phrasings(part, archetype.id(), request.question().id(),
                    request.interviewer().id(), profile.aspiration().kind()));
        }
        long seed = StableHash.of(ProfileKey.of(profile), request.question().id(), request.interviewer().id(),
                archetype.id());
        String text = write(phrasings, SlotValues.of(profile), seed, request.variant());
        if (Words.count(text) > MAX_WORDS) {
            // Long profile values can outgrow even the shortest phrasings; naming fewer items is the last resort.
            String brief = write(phrasings, SlotValues.brief(profile), seed, request.variant());
            text = Words.count(brief) < Words.count(text) ? brief : text;
        }
        return new ComposedAnswer(text, archetype, request.question(), request.interviewer(), Words.count(text));
    }

    @Override
    public ArchetypeRecommendation recommend(CandidateProfile profile) {
        return ArchetypeRecommender.recommend(ProfileValidator.requireValid(profile), catalogue.archetypes().all(),
                library().cues());
    }

    /** One phrasing per part, chosen by the seed and variant, then fitted to a length that can be spoken. */
    private static String write(List<List<Template>> phrasings, SlotValues values, long seed, int variant) {
        Part[] parts = Part.values();
        List<List<String>> options = new ArrayList<>();
        int[] chosen = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            List<String> rendered = phrasings.get(i).stream().map(template -> template.render(values)).toList();
            options.add(rendered);
            long pick = StableHash.mix(seed ^ StableHash.of(parts[i].id()));
            long first = Math.floorMod(pick, (long) rendered.size());
            chosen[i] = (int) ((first + variant) % rendered.size());
        }
        fitLength(options, chosen);
        return join(options, chosen);
    }

    /** Checked against the catalogue on first use, when the packs are read, and kept. */
    private synchronized TemplateLibrary library() {
        if (library == null) {
            library = TemplateLibrary.build(packs.all(), catalogue);
        }
        return library;
    }

    /**
     * While the answer is too long (or too short), swaps in the part's shortest (or longest) phrasing where
     * that changes the length most; long profile values can push an answer past what is comfortable to say.
     */
    private static void fitLength(List<List<String>> options, int[] chosen) {
        int words = Words.count(join(options, chosen));
        while (words > MAX_WORDS || words < MIN_WORDS) {
            boolean shorten = words > MAX_WORDS;
            int bestPart = -1;
            int bestIndex = -1;
            int bestGain = 0;
            for (int part = 0; part < chosen.length; part++) {
                int current = Words.count(options.get(part).get(chosen[part]));
                for (int index = 0; index < options.get(part).size(); index++) {
                    int other = Words.count(options.get(part).get(index));
                    int gain = shorten ? current - other : other - current;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestPart = part;
                        bestIndex = index;
                    }
                }
            }
            if (bestPart < 0) {
                return;
            }
            chosen[bestPart] = bestIndex;
            words = Words.count(join(options, chosen));
        }
    }

    private static String join(List<List<String>> options, int[] chosen) {
        StringBuilder text = new StringBuilder();
        for (int part = 0; part < chosen.length; part++) {
            text.append(options.get(part).get(chosen[part])).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
