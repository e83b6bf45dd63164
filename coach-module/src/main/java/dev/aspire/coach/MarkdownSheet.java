package dev.aspire.coach;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.RedFlagKind;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes a prep sheet as Markdown, with every value from the profile escaped so it cannot change the layout. */
final class MarkdownSheet {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~#])");

    private MarkdownSheet() {
    }

    static String render(PrepSheet sheet) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(SheetWords.TITLE_PREFIX).append(inline(sheet.target())).append("\n\n");
        profile(md, sheet.profile());

        md.append("## ").append(SheetWords.LEAD_WITH).append(inline(sheet.recommendation().archetype().name()))
                .append("\n\n")
                .append(inline(sheet.recommendation().reason())).append("\n\n")
                .append("_How it goes:_ ").append(inline(sheet.recommendation().archetype().shape())).append("\n\n");

        md.append("## ").append(SheetWords.ANSWERS).append("\n\n").append(SheetWords.ANSWERS_NOTE).append("\n\n");
        for (ComposedAnswer answer : sheet.answers()) {
            md.append("### ").append(inline(answer.question().question())).append("\n\n")
                    .append("_").append(SheetWords.THE_ANSWER_MUST).append(":_ ")
                    .append(inline(answer.question().purpose())).append("\n\n")
                    .append(paragraphs(answer.text())).append("\n\n")
                    .append("_").append(SheetWords.words(answer.words())).append("_\n\n");
        }

        md.append("## ").append(SheetWords.INTERVIEWERS).append("\n\n");
        for (InterviewerRole role : sheet.interviewers()) {
            md.append("### ").append(inline(role.title())).append(" (`").append(role.id()).append("`)\n\n")
                    .append("- **").append(SheetWords.LOOKS_FOR).append(":** ").append(inline(role.lookingFor()))
                    .append("\n")
                    .append("- **").append(SheetWords.PITCH).append(":** ").append(inline(role.pitch()))
                    .append("\n\n");
        }

        md.append("## ").append(SheetWords.RED_FLAGS).append("\n\n").append(SheetWords.RED_FLAGS_NOTE).append("\n\n");
        for (RedFlagKind flag : sheet.redFlags()) {
            md.append("- `").append(flag.code().replace("`", "")).append("` (").append(SheetWords.severity(flag.severity()))
                    .append("): ").append(inline(flag.summary())).append("\n");
        }
        md.append("\n");

        md.append("## ").append(SheetWords.FOLLOW_UPS).append("\n\n").append(SheetWords.FOLLOW_UPS_NOTE).append("\n\n");
        for (FollowUp followUp : sheet.followUps()) {
            md.append("### ").append(inline(followUp.question())).append("\n\n");
            followUp.pointers().forEach(pointer -> md.append("- ").append(inline(pointer)).append("\n"));
            md.append("\n");
        }
        md.append("---\n\n_").append(SheetWords.FOOTER).append("_\n");
        return md.toString();
    }

    private static void profile(StringBuilder md, CandidateProfile profile) {
        md.append("## ").append(SheetWords.PROFILE).append("\n\n");
        item(md, "Aspiration", SheetWords.aspiration(profile.aspiration()) + " ("
                + SheetWords.aspirationKind(profile.aspiration()) + ")");
        item(md, "The job", SheetWords.job(profile.job()));
        if (profile.job().hasMission()) {
            item(md, "Its mission", profile.job().mission());
        }
        item(md, "Background", profile.background());
        item(md, "Skills", SheetWords.list(profile.skills()));
        item(md, "Passions", SheetWords.list(profile.passions()));
        md.append("- **Why this role and company:**\n");
        List<String> reasons = profile.reasons();
        for (int i = 0; i < reasons.size(); i++) {
            md.append("  ").append(i + 1).append(". ").append(inline(reasons.get(i))).append("\n");
        }
        md.append("\n");
    }

    private static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append(":** ").append(inline(value)).append("\n");
    }

    /** Keeps the answer's own line breaks and paragraphs; everything inside them is escaped. */
    private static String paragraphs(String text) {
        return text.strip().lines()
                .map(line -> line.isBlank() ? "" : escape(line.strip()))
                .collect(Collectors.joining("\n"));
    }

    private static String inline(String text) {
        return escape(SheetWords.oneLine(text));
    }

    private static String escape(String text) {
        String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
        // A line that starts like a list item ("1. " or "- ") would turn into one.
        return escaped.replaceFirst("^(\\d+)\\. ", "$1\\\\. ").replaceFirst("^([-+]) ", "\\\\$1 ");
    }
}
