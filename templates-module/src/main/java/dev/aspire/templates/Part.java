package dev.aspire.templates;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an answer, in the order they are spoken: the opening that answers the question as asked,
 * then past, present and future, the sentence pitched to the interviewer, and the close.
 */
enum Part {
    OPENING("opening"),
    PAST("past"),
    PRESENT("present"),
    FUTURE("future"),
    PITCH("pitch"),
    CLOSE("close");

    private final String id;

    Part(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static Optional<Part> find(String id) {
        return Arrays.stream(values()).filter(part -> part.id.equals(id)).findFirst();
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Part::id).toList();
    }
}
