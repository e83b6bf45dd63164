package dev.aspire.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One form in which the career-aspirations question is asked.
 *
 * @param id       stable id, e.g. {@code five-years}
 * @param question the question as an interviewer asks it
 * @param purpose  what an answer to this form must do
 */
public record QuestionVariant(String id, String question, String purpose) implements CatalogueEntry {
    public QuestionVariant {
        Ids.requireValid(id, "question variant");
        Text.requireNonBlank(question, "question variant '" + id + "': question");
        Text.requireNonBlank(purpose, "question variant '" + id + "': purpose");
    }

    @Override
    public String summary() {
        return question;
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Asked as", question);
        details.put("The answer must", purpose);
        return details;
    }
}
