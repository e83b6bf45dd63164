package dev.aspire.coach;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.RedFlagKind;
import java.util.List;

/**
 * Writes a prep sheet as one self-contained HTML page: the style is inline and nothing is fetched from
 * elsewhere, so the file can be opened offline, mailed or printed. Every value is HTML-escaped.
 */
final class HtmlSheet {
    private static final String STYLE = """
            :root {
              --ink: #1f2430; --muted: #5b6475; --paper: #ffffff; --page: #f4f2ee; --line: #e4e0d8;
              --accent: #2f6f62; --accent-soft: #e3f0ec; --major: #b3261e; --major-soft: #fbe9e7;
              --minor: #8a5a00; --minor-soft: #fdf3dc;
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --ink: #e8e6e1; --muted: #a7adb9; --paper: #1e2229; --page: #15181d; --line: #30353f;
                --accent: #7cc4b2; --accent-soft: #1f3430; --major: #f2a59f; --major-soft: #3a2220;
                --minor: #f0c36b; --minor-soft: #3a3020;
              }
            }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--page); color: var(--ink);
                   font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 920px; margin: 0 auto; padding: 32px 20px 56px; }
            header.hero { background: linear-gradient(135deg, var(--accent), #1d4a41); color: #fff;
                          border-radius: 16px; padding: 28px 32px; margin-bottom: 28px; }
            .eyebrow { margin: 0 0 6px; font-size: 13px; letter-spacing: .08em; text-transform: uppercase; opacity: .85; }
            h1 { margin: 0; font-size: 30px; line-height: 1.25; }
            h1 .at { font-weight: 400; opacity: .9; }
            .hero p.lede { margin: 10px 0 0; font-size: 17px; opacity: .95; }
            section { background: var(--paper); border: 1px solid var(--line); border-radius: 14px;
                      padding: 22px 26px; margin: 0 0 22px; }
            h2 { margin: 0 0 12px; font-size: 21px; display: flex; align-items: center; gap: 10px; }
            h2::before { content: ""; width: 6px; height: 22px; border-radius: 3px; background: var(--accent); }
            h3 { margin: 0 0 6px; font-size: 17px; }
            p { margin: 0 0 10px; }
            .note { color: var(--muted); }
            dl.profile { display: grid; grid-template-columns: max-content 1fr; gap: 8px 18px; margin: 0; }
            dl.profile dt { font-weight: 600; color: var(--muted); }
            dl.profile dd { margin: 0; }
            ul.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
            ul.chips li { background: var(--accent-soft); color: var(--accent); border-radius: 999px;
                          padding: 1px 12px; font-size: 14px; font-weight: 600; }
            ol.reasons { margin: 0; padding-left: 20px; }
            .answer { border-top: 1px solid var(--line); padding-top: 16px; margin-top: 16px; }
            .answer .purpose { color: var(--muted); font-size: 14px; }
            .answer blockquote { margin: 8px 0; padding: 12px 16px; border-left: 4px solid var(--accent);
                                 background: var(--accent-soft); border-radius: 0 10px 10px 0; font-size: 17px; }
            .answer blockquote p:last-child { margin-bottom: 0; }
            .meta { color: var(--muted); font-size: 13px; }
            .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 14px; }
            .card { border: 1px solid var(--line); border-radius: 12px; padding: 14px 16px; }
            .card .id { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
            .card dl { margin: 8px 0 0; }
            .card dt { font-weight: 600; font-size: 13px; color: var(--muted); text-transform: uppercase;
                       letter-spacing: .04em; }
            .card dd { margin: 0 0 8px; }
            ul.flags { list-style: none; margin: 0; padding: 0; }
            ul.flags li { display: flex; gap: 12px; align-items: baseline; padding: 7px 0;
                          border-bottom: 1px solid var(--line); }
            ul.flags li:last-child { border-bottom: 0; }
            .badge { flex: none; font-size: 12px; font-weight: 700; border-radius: 6px; padding: 1px 8px;
                     text-transform: uppercase; letter-spacing: .04em; }
            .badge.major { color: var(--major); background: var(--major-soft); }
            .badge.minor { color: var(--minor); background: var(--minor-soft); }
            code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .follow-up ul { margin: 6px 0 0; padding-left: 20px; }
            footer { color: var(--muted); font-size: 13px; text-align: center; margin-top: 8px; }
            @media print {
              body { background: #fff; font-size: 12pt; }
              main { padding: 0; max-width: none; }
              header.hero { background: none; color: #000; border: 2px solid #000; }
              section, .card, .answer { break-inside: avoid; }
              section { border-color: #bbb; }
            }
            """;

    private HtmlSheet() {
    }

    static String render(PrepSheet sheet) {
        CandidateProfile profile = sheet.profile();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(SheetWords.TITLE_PREFIX + sheet.target())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");

        html.append("<header class=\"hero\">\n<p class=\"eyebrow\">Aspire prep sheet</p>\n")
                .append("<h1>").append(text(profile.job().title())).append(" <span class=\"at\">at ")
                .append(text(profile.job().company())).append("</span></h1>\n")
                .append("<p class=\"lede\">Aspiration: ").append(text(SheetWords.aspiration(profile.aspiration())))
                .append("</p>\n</header>\n");

        profile(html, profile);

        html.append("<section id=\"archetype\">\n<h2>")
                .append(text(SheetWords.LEAD_WITH + sheet.recommendation().archetype().name())).append("</h2>\n")
                .append("<p>").append(text(sheet.recommendation().reason())).append("</p>\n")
                .append("<p class=\"note\">How it goes: ").append(text(sheet.recommendation().archetype().shape()))
                .append("</p>\n</section>\n");

        html.append("<section id=\"answers\">\n<h2>").append(text(SheetWords.ANSWERS)).append("</h2>\n")
                .append("<p class=\"note\">").append(text(SheetWords.ANSWERS_NOTE)).append("</p>\n");
        for (ComposedAnswer answer : sheet.answers()) {
            html.append("<article class=\"answer\">\n<h3>").append(text(answer.question().question())).append("</h3>\n")
                    .append("<p class=\"purpose\">").append(text(SheetWords.THE_ANSWER_MUST)).append(": ")
                    .append(text(answer.question().purpose())).append("</p>\n<blockquote>\n");
            for (String paragraph : answer.text().strip().split("\\n\\s*\\n")) {
                html.append("<p>").append(text(paragraph)).append("</p>\n");
            }
            html.append("</blockquote>\n<p class=\"meta\">").append(text(SheetWords.words(answer.words())))
                    .append(" &middot; archetype: ").append(text(answer.archetype().name()))
                    .append("</p>\n</article>\n");
        }
        html.append("</section>\n");

        html.append("<section id=\"interviewers\">\n<h2>").append(text(SheetWords.INTERVIEWERS))
                .append("</h2>\n<div class=\"grid\">\n");
        for (InterviewerRole role : sheet.interviewers()) {
            html.append("<div class=\"card\">\n<h3>").append(text(role.title())).append("</h3>\n")
                    .append("<div class=\"id\">").append(text(role.id())).append("</div>\n<dl>\n")
                    .append("<dt>").append(text(SheetWords.LOOKS_FOR)).append("</dt><dd>")
                    .append(text(role.lookingFor())).append("</dd>\n")
                    .append("<dt>").append(text(SheetWords.PITCH)).append("</dt><dd>")
                    .append(text(role.pitch())).append("</dd>\n</dl>\n</div>\n");
        }
        html.append("</div>\n</section>\n");

        html.append("<section id=\"red-flags\">\n<h2>").append(text(SheetWords.RED_FLAGS)).append("</h2>\n")
                .append("<p class=\"note\">").append(text(SheetWords.RED_FLAGS_NOTE)).append("</p>\n")
                .append("<ul class=\"flags\">\n");
        for (RedFlagKind flag : sheet.redFlags()) {
            String severity = SheetWords.severity(flag.severity());
            html.append("<li><span class=\"badge ").append(severity).append("\">").append(severity)
                    .append("</span><span><code>").append(text(flag.code())).append("</code> ")
                    .append(text(flag.summary())).append("</span></li>\n");
        }
        html.append("</ul>\n</section>\n");

        html.append("<section id=\"follow-ups\">\n<h2>").append(text(SheetWords.FOLLOW_UPS)).append("</h2>\n")
                .append("<p class=\"note\">").append(text(SheetWords.FOLLOW_UPS_NOTE)).append("</p>\n")
                .append("<div class=\"grid\">\n");
        for (FollowUp followUp : sheet.followUps()) {
            html.append("<div class=\"card follow-up\">\n<h3>").append(text(followUp.question())).append("</h3>\n<ul>\n");
            followUp.pointers().forEach(pointer -> html.append("<li>").append(text(pointer)).append("</li>\n"));
            html.append("</ul>\n</div>\n");
        }
        html.append("</div>\n</section>\n");

        html.append("<footer>").append(text(SheetWords.FOOTER)).append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void profile(StringBuilder html, CandidateProfile profile) {
        html.append("<section id=\"profile\">\n<h2>").append(text(SheetWords.PROFILE)).append("</h2>\n")
                .append("<dl class=\"profile\">\n");
        row(html, "Aspiration", text(SheetWords.aspiration(profile.aspiration())) + "<br><span class=\"note\">"
                + text(SheetWords.aspirationKind(profile.aspiration())) + "</span>");
        row(html, "The job", text(SheetWords.job(profile.job())));
        if (profile.job().hasMission()) {
            row(html, "Its mission", text(profile.job().mission()));
        }
        row(html, "Background", text(profile.background()));
        row(html, "Skills", chips(profile.skills()));
        row(html, "Passions", chips(profile.passions()));
        StringBuilder reasons = new StringBuilder("<ol class=\"reasons\">");
        profile.reasons().forEach(reason -> reasons.append("<li>").append(text(reason)).append("</li>"));
        row(html, "Why this role", reasons.append("</ol>").toString());
        html.append("</dl>\n</section>\n");
    }

    private static void row(StringBuilder html, String label, String valueHtml) {
        html.append("<dt>").append(text(label)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private static String chips(List<String> items) {
        StringBuilder chips = new StringBuilder("<ul class=\"chips\">");
        items.forEach(item -> chips.append("<li>").append(text(item)).append("</li>"));
        return chips.append("</ul>").toString();
    }

    private static String text(String value) {
        return Html.escape(SheetWords.oneLine(value));
    }
}
