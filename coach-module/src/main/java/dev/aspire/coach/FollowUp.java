package dev.aspire.coach;

import java.util.List;

/**
 * A question an interviewer is likely to ask after the career-aspirations answer, with pointers for
 * answering it, already worded for one profile.
 *
 * @param id       stable id, e.g. {@code why-this-company}
 * @param question the question as it might be asked
 * @param pointers short pieces of advice for answering it
 */
public record FollowUp(String id, String question, List<String> pointers) {
    public FollowUp {
        pointers = List.copyOf(pointers);
    }
}
