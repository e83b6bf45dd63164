package dev.aspire.example;

import dev.aspire.core.Text;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A story-first answer earns up to 10 points for its story: 4 for a moment placed in time ("one busy day"),
 * 3 for saying what you saw in it ("I noticed"), 3 for naming the role or company after it.
 */
final class TellsAMoment implements ScoringCriterion {
    static final String ID = "tells-a-moment";
    private static final Pattern MOMENT = Pattern.compile(
            "\\b(one (\\w+ )?(day|morning|afternoon|evening|night|shift|week)|that (day|morning|evening|moment)"
                    + "|the (day|moment|first time))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICED = Pattern.compile(
            "\\bI (first )?(saw|noticed|realised|realized|learned|learnt|understood|discovered)\\b");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int max() {
        return 10;
    }

    @Override
    public Optional<String> archetype() {
        return Optional.of(StoryFirstPlugin.STORY_FIRST.id());
    }

    @Override
    public CriterionScore score(ScoringRequest request) {
        String text = request.text();
        Optional<Span> moment = first(MOMENT.matcher(text), text);
        Optional<Span> noticed = first(NOTICED.matcher(text), text);
        Optional<Span> role = moment.flatMap(span -> roleAfter(request, span.end()));
        List<Span> evidence = new ArrayList<>();
        moment.ifPresent(evidence::add);
        noticed.ifPresent(evidence::add);
        role.ifPresent(evidence::add);
        int points = (moment.isPresent() ? 4 : 0) + (noticed.isPresent() ? 3 : 0) + (role.isPresent() ? 3 : 0);
        String advice = moment.isEmpty() ? "Tell one moment from your own work, and say when it happened."
                : noticed.isEmpty() ? "Say what you saw or learned in that moment: \"that day I noticed...\"."
                : role.isEmpty() ? "After the story, name the role or the company, so it reads as the next chapter."
                : "Keep the story to two sentences, so the role still gets most of your time.";
        return new CriterionScore(ID, points, max(), evidence, advice);
    }

    private static Optional<Span> first(Matcher matcher, String text) {
        return matcher.find() ? Optional.of(Span.of(text, matcher.start(), matcher.end())) : Optional.empty();
    }

    /** The first mention of the job's title or company after {@code from}; "this role" when no job is known. */
    private static Optional<Span> roleAfter(ScoringRequest request, int from) {
        List<String> names = request.job()
                .map(job -> Stream.of(job.title(), job.company()).filter(name -> !Text.isBlank(name)).toList())
                .orElse(List.of("this role", "this job", "this position"));
        String lower = request.text().toLowerCase(Locale.ROOT);
        Optional<Span> found = Optional.empty();
        for (String name : names) {
            int at = lower.indexOf(name.toLowerCase(Locale.ROOT), from);
            if (at >= 0 && (found.isEmpty() || at < found.get().start())) {
                found = Optional.of(Span.of(request.text(), at, at + name.length()));
            }
        }
        return found;
    }
}
