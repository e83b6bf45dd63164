package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.TargetJob;
import dev.aspire.core.answer.ArchetypeRecommendation;
import dev.aspire.core.answer.ComposedAnswer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prints written answers as text for the terminal, as a Markdown document, or as JSON for scripts. */
final class AnswerPrinter {
    private static final int WIDTH = 78;

    private final PrintWriter out;
    private final Optional<ArchetypeRecommendation> recommendation;
    private final int variant;

    AnswerPrinter(PrintWriter out, Optional<ArchetypeRecommendation> recommendation, int variant) {
        this.out = requireNonNull(out, "out is null");
        this.recommendation = requireNonNull(recommendation, "recommendation is null");
        this.variant = variant;
    }

    void single(ComposedAnswer answer, OutputFormat format) {
        switch (format) {
            case JSON -> Json.print(out, json(answer));
            case MARKDOWN -> {
                out.println("## " + Markdown.escape(answer.question().question()));
                out.println();
                out.println("*To `" + answer.interviewer().id() + "`, following `" + answer.archetype().id() + "`, "
                        + answer.words() + " words*");
                out.println();
                out.println(Markdown.escape(answer.text()));
                recommendation.ifPresent(why -> {
                    out.println();
                    out.println("> " + Markdown.escape(why.reason()));
                });
            }
            default -> {
                out.println(answer.question().question() + "  [" + answer.interviewer().id() + "]");
                out.println();
                Wrap.lines(answer.text(), WIDTH).forEach(out::println);
                out.println();
                out.println(answer.words() + " words | archetype: " + answer.archetype().id() + " | variant " + variant);
                recommendation.ifPresent(why -> Wrap.lines("Why this archetype: " + why.reason(), WIDTH)
                        .forEach(out::println));
                out.println("For another phrasing, add --variant " + (variant + 1) + ".");
            }
        }
        out.flush();
    }

    /** Every answer, grouped by question, in catalogue order. */
    void document(TargetJob job, List<ComposedAnswer> answers, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            List<Map<String, Object>> array = new ArrayList<>();
            answers.forEach(answer -> array.add(json(answer)));
            Json.print(out, array);
            out.flush();
            return;
        }
        boolean markdown = format == OutputFormat.MARKDOWN;
        String title = "Answers for " + job.title() + " at " + job.company();
        ComposedAnswer first = answers.get(0);
        String archetype = first.archetype().name() + " (" + first.archetype().id() + ")";
        if (markdown) {
            out.println("# " + Markdown.escape(title));
            out.println();
            out.println("Archetype: **" + Markdown.escape(first.archetype().name()) + "** (`" + first.archetype().id()
                    + "`)." + recommendation.map(why -> " " + Markdown.escape(why.reason())).orElse(""));
        } else {
            out.println(title);
            Wrap.lines("Archetype: " + archetype + "." + recommendation.map(why -> " " + why.reason()).orElse(""),
                    WIDTH).forEach(out::println);
        }
        String question = null;
        for (ComposedAnswer answer : answers) {
            if (!answer.question().id().equals(question)) {
                question = answer.question().id();
                out.println();
                out.println(markdown ? "## " + Markdown.escape(answer.question().question())
                        : "== " + answer.question().question() + " ==");
            }
            out.println();
            String asker = answer.interviewer().id() + ": " + answer.interviewer().title();
            if (markdown) {
                out.println("### " + Markdown.escape(asker));
                out.println();
                out.println(Markdown.escape(answer.text()));
                out.println();
                out.println("*" + answer.words() + " words*");
            } else {
                out.println("-- " + asker);
                Wrap.lines(answer.text(), WIDTH).forEach(out::println);
                out.println("(" + answer.words() + " words)");
            }
        }
        out.flush();
    }

    private Map<String, Object> json(ComposedAnswer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", answer.text());
        json.put("archetype", answer.archetype().id());
        json.put("question", answer.question().id());
        json.put("interviewer", answer.interviewer().id());
        json.put("words", answer.words());
        json.put("variant", variant);
        json.put("asked", answer.question().question());
        json.put("recommended", recommendation.isPresent());
        recommendation.ifPresent(why -> json.put("reason", why.reason()));
        return json;
    }
}
