package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.CandidateProfile;
import dev.aspire.data.DataFiles;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The follow-up questions shipped in {@code follow-ups.yaml}, worded for a profile. The file is read on
 * first use, so commands that never print a prep sheet do not pay for it.
 */
public final class FollowUpQuestions {
    static final String RESOURCE = "follow-ups.yaml";
    static final List<String> PLACEHOLDERS = List.of("company", "title", "industry", "goal", "years");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final DataFiles dataFiles;
    private List<FollowUpFile.Entry> entries;

    @Inject
    public FollowUpQuestions(DataFiles dataFiles) {
        this.dataFiles = requireNonNull(dataFiles, "dataFiles is null");
    }

    /** Every follow-up, in the file's order, with the placeholders filled in from {@code profile}. */
    public List<FollowUp> forProfile(CandidateProfile profile) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("company", profile.job().company());
        values.put("title", profile.job().title());
        values.put("industry", profile.job().industry());
        values.put("goal", profile.aspiration().goal());
        values.put("years", String.valueOf(profile.aspiration().horizonYears()));
        return entries().stream()
                .map(entry -> new FollowUp(entry.id(), fill(entry.question(), values),
                        entry.pointers().stream().map(pointer -> fill(pointer, values)).toList()))
                .toList();
    }

    private synchronized List<FollowUpFile.Entry> entries() {
        if (entries == null) {
            List<FollowUpFile.Entry> loaded = dataFiles.readResource(FollowUpQuestions.class, RESOURCE,
                    FollowUpFile.class).followUps();
            loaded.forEach(FollowUpQuestions::requireKnownPlaceholders);
            entries = loaded;
        }
        return entries;
    }

    private static void requireKnownPlaceholders(FollowUpFile.Entry entry) {
        String text = entry.question() + "\n" + String.join("\n", entry.pointers());
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                throw new IllegalStateException(RESOURCE + ": follow-up '" + entry.id() + "' uses {"
                        + matcher.group(1) + "}; known placeholders: " + String.join(", ", PLACEHOLDERS));
            }
        }
    }

    /** Profile values go in as plain text and are never scanned for placeholders again. */
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.get(matcher.group(1))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
