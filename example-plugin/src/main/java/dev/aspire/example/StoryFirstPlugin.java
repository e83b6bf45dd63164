package dev.aspire.example;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.AspirePlugin;
import dev.aspire.core.plugin.ScoringCriterion;
import java.util.List;

/** Adds the story-first answer style: its archetype, its phrasings, a criterion and a way to recognise it. */
public final class StoryFirstPlugin implements AspirePlugin {
    static final AnswerArchetype STORY_FIRST = new AnswerArchetype(
            "story-first",
            "Story first",
            "After a one-line answer, tell the moment in your own work that set your direction,"
                    + " then show the role as the next chapter of that story.",
            "A single experience explains your aspiration better than a list of skills does.",
            "A bike courier who watched a dispatcher untangle a snowed-in morning now wants"
                    + " to run logistics, and applies to be a dispatch assistant.",
            List.of(AspirationKind.INDUSTRY, AspirationKind.SKILL));

    @Override
    public String id() {
        return "story-first";
    }

    @Override
    public List<AnswerArchetype> archetypes() {
        return List.of(STORY_FIRST);
    }

    @Override
    public List<String> templatePacks() {
        return List.of("story-first.yaml");
    }

    @Override
    public List<ScoringCriterion> scoringCriteria() {
        return List.of(new TellsAMoment());
    }

    @Override
    public List<ArchetypeSignal> archetypeSignals() {
        return List.of(new StoryMarkers());
    }
}
