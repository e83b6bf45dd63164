package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.TargetJob;
import dev.aspire.data.DataFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrepSheetTest {
    private final DomainCatalogue catalogue = Fakes.catalogue();
    private final PrepSheetBuilder builder = new PrepSheetBuilder(new Fakes.Composer(), new Fakes.Scorer(), catalogue,
            new FollowUpQuestions(new DataFiles()));

    @Test
    void theSheetHoldsEverythingToPrepareWith() {
        PrepSheet sheet = builder.build(Fakes.profile());

        assertEquals("your skills carry over", sheet.recommendation().reason());
        assertEquals(catalogue.questionVariants().all(), sheet.answers().stream().map(a -> a.question()).toList());
        assertTrue(sheet.answers().stream().allMatch(a -> a.interviewer().id().equals("hiring-manager")));
        assertEquals(catalogue.interviewerRoles().all(), sheet.interviewers());
        assertEquals(List.of("PERKS_FOCUS", "FILLER_WORDS"), sheet.redFlags().stream().map(f -> f.code()).toList());
        assertTrue(sheet.followUps().size() >= 6);
    }

    @Test
    void theMarkdownSheetShowsEverySection() {
        String markdown = SheetFormat.MARKDOWN.render(builder.build(Fakes.profile()));

        assertTrue(markdown.startsWith("# Prep sheet: Marketing Assistant at Cacao & Co\n"), markdown);
        for (QuestionVariant question : catalogue.questionVariants().all()) {
            assertTrue(markdown.contains("### " + question.question()), question.id());
        }
        for (InterviewerRole role : catalogue.interviewerRoles().all()) {
            assertTrue(markdown.contains("(`" + role.id() + "`)"), role.id());
        }
        assertTrue(markdown.contains("- `PERKS_FOCUS` (major): pay or perks as the reason"), markdown);
        assertTrue(markdown.contains("## Lead with: Skills application"), markdown);
        assertTrue(markdown.contains("### What if there is no management track here for you?"), markdown);
    }

    @Test
    void markdownCharactersInTheProfileCannotChangeTheLayout() {
        String markdown = SheetFormat.MARKDOWN.render(builder.build(withSkill("*bold* [link](x) <b>")));

        assertTrue(markdown.contains("\\*bold\\* \\[link\\](x) \\<b\\>"), markdown);
    }

    @Test
    void theHtmlSheetIsOneSelfContainedPage() {
        String html = SheetFormat.HTML.render(builder.build(Fakes.profile()));

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
        assertFalse(Pattern.compile("(src|href)\\s*=|<script|<link|@import|url\\(").matcher(html).find(),
                "nothing is fetched from elsewhere");
        assertTrue(html.contains("<title>Prep sheet: Marketing Assistant at Cacao &amp; Co</title>"));
        for (String tag : List.of("section", "div", "article", "ul", "dl", "blockquote", "main")) {
            assertEquals(count(html, "<" + tag + "[ >]"), count(html, "</" + tag + ">"), "balanced <" + tag + ">");
        }
    }

    @Test
    void profileValuesAreEscapedInHtml() {
        String html = SheetFormat.HTML.render(builder.build(withSkill("<script>alert('x')</script>")));

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    void theFormatFollowsTheFileName() {
        assertEquals(Optional.of(SheetFormat.HTML), SheetFormat.fromFileName(Path.of("out", "prep.HTML")));
        assertEquals(Optional.of(SheetFormat.MARKDOWN), SheetFormat.fromFileName(Path.of("prep.md")));
        assertEquals(Optional.empty(), SheetFormat.fromFileName(Path.of("prep.txt")));
        assertEquals(SheetFormat.MARKDOWN, SheetFormat.fromId("md"));
        assertEquals(SheetFormat.HTML, SheetFormat.fromId(" HTML "));
    }

    private static CandidateProfile withSkill(String skill) {
        CandidateProfile profile = Fakes.profile();
        TargetJob job = profile.job();
        return new CandidateProfile(profile.background(), List.of(skill, "menus", "rotas"), profile.passions(),
                profile.aspiration(), job, profile.reasons());
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
