package dev.aspire.coach;

import dev.aspire.core.Aspiration;
import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.Severity;
import java.util.List;
import java.util.Locale;

/** The wording both sheet formats share, so the Markdown and the HTML sheet say the same things. */
final class SheetWords {
    static final String TITLE_PREFIX = "Prep sheet: ";
    static final String PROFILE = "Your profile";
    static final String LEAD_WITH = "Lead with: ";
    static final String ANSWERS = "Your answers";
    static final String ANSWERS_NOTE = "Each form of the question, pitched to the hiring manager. Read them aloud, "
            + "then change every phrase that does not sound like you.";
    static final String INTERVIEWERS = "Who may ask, and what they listen for";
    static final String LOOKS_FOR = "Looks for";
    static final String PITCH = "Pitch it";
    static final String RED_FLAGS = "Red flags to keep out";
    static final String RED_FLAGS_NOTE = "Any of these can cost an offer, however good the rest of the answer is.";
    static final String FOLLOW_UPS = "Follow-up questions to expect";
    static final String FOLLOW_UPS_NOTE = "Interviewers often dig one level deeper. Have a line ready for each.";
    static final String THE_ANSWER_MUST = "The answer must";
    static final String FOOTER = "Written by Aspire from your profile. Practise with 'aspire practice'.";

    private SheetWords() {
    }

    static String aspiration(Aspiration aspiration) {
        return aspiration.goal() + ", " + aspiration.horizonYears() + " years from now";
    }

    static String aspirationKind(Aspiration aspiration) {
        String kind = aspiration.kind().id();
        String article = kind.startsWith("i") ? "an " : "a ";
        String line = article + kind + " aspiration: " + aspiration.kind().description();
        return aspiration.hasTheme() ? line + "; theme: " + aspiration.theme() : line;
    }

    static String job(TargetJob job) {
        return job.title() + " at " + job.company() + ", in " + job.industry();
    }

    static String words(int words) {
        return words + " words";
    }

    static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    static String list(List<String> items) {
        return String.join(", ", items);
    }

    /** Profile values are one line wherever they appear; a stray line break in a file must not break layout. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
