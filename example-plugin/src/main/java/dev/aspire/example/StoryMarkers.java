package dev.aspire.example;

import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a story-first answer by the words that frame a story: "let me start with", "one busy day", ... */
final class StoryMarkers implements ArchetypeSignal {
    private static final Pattern MARKER = Pattern.compile(
            "\\b(let me (start|begin) with|(a|the|that) (short )?story|(a|the|that|one) moment"
                    + "|one (\\w+ )?(day|morning|afternoon|evening|night|shift)|since that day|next chapter)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String archetype() {
        return StoryFirstPlugin.STORY_FIRST.id();
    }

    @Override
    public List<Span> find(ScoringRequest request) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = MARKER.matcher(request.text());
        while (matcher.find()) {
            spans.add(Span.of(request.text(), matcher.start(), matcher.end()));
        }
        return spans;
    }
}
