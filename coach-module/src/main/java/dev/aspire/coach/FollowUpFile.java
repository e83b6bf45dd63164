package dev.aspire.coach;

import dev.aspire.core.Ids;
import dev.aspire.core.Text;
import java.util.List;

/** The shape of {@code follow-ups.yaml}: follow-up questions whose wording may hold placeholders. */
record FollowUpFile(List<Entry> followUps) {
    FollowUpFile {
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    record Entry(String id, String question, List<String> pointers) {
        Entry {
            Ids.requireValid(id, "follow-up");
            Text.requireNonBlank(question, "follow-up '" + id + "': question");
            if (pointers == null || pointers.isEmpty()) {
                throw new IllegalArgumentException("follow-up '" + id + "': give at least one pointer");
            }
            pointers = List.copyOf(pointers);
        }
    }
}
