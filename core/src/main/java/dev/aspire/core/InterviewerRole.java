package dev.aspire.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind of person who interviews the candidate; each hears the same answer differently.
 *
 * @param id         stable id, e.g. {@code hiring-manager}
 * @param title      who this is, in a few words
 * @param lookingFor what they want to find out about the candidate
 * @param pitch      how to pitch the answer to them
 */
public record InterviewerRole(String id, String title, String lookingFor, String pitch) implements CatalogueEntry {
    public InterviewerRole {
        Ids.requireValid(id, "interviewer role");
        Text.requireNonBlank(title, "interviewer role '" + id + "': title");
        Text.requireNonBlank(lookingFor, "interviewer role '" + id + "': lookingFor");
        Text.requireNonBlank(pitch, "interviewer role '" + id + "': pitch");
    }

    @Override
    public String summary() {
        return title;
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Who", title);
        details.put("Looks for", lookingFor);
        details.put("How to pitch", pitch);
        return details;
    }
}
