package dev.aspire.templates;

import dev.aspire.core.CandidateProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One profile's values for every slot, tidied once: blanks collapsed and trailing sentence punctuation
 * dropped, so that "pleasure." does not end up as "pleasure.." inside a sentence. The values are only
 * ever inserted as text; nothing in them is read as a placeholder.
 */
final class SlotValues {
    private final Map<String, List<String>> items;
    private final boolean brief;

    private SlotValues(Map<String, List<String>> items, boolean brief) {
        this.items = items;
        this.brief = brief;
    }

    static SlotValues of(CandidateProfile profile) {
        return of(profile, false);
    }

    /**
     * Values for an answer that must be shorter: a whole list or its first few name one item fewer than every
     * valid profile has (at least one), so two skills and one reason. An item asked for by position is kept.
     */
    static SlotValues brief(CandidateProfile profile) {
        return of(profile, true);
    }

    private static SlotValues of(CandidateProfile profile, boolean brief) {
        Map<String, List<String>> items = new HashMap<>();
        for (String name : Slots.names()) {
            Slot slot = Slots.find(name).orElseThrow();
            List<String> cleaned = new ArrayList<>();
            for (String value : slot.values().apply(profile)) {
                String tidy = tidy(value);
                if (!tidy.isEmpty()) {
                    cleaned.add(tidy);
                }
            }
            items.put(name, List.copyOf(cleaned));
        }
        return new SlotValues(items, brief);
    }

    /** The text a placeholder stands for; empty when the profile has no value for it. */
    String render(Node.Placeholder placeholder) {
        List<String> values = items.getOrDefault(placeholder.slot().name(), List.of());
        if (placeholder.index() > 0) {
            values = placeholder.index() <= values.size() ? List.of(values.get(placeholder.index() - 1)) : List.of();
        } else {
            int limit = placeholder.limit() > 0 ? placeholder.limit() : values.size();
            if (brief && placeholder.slot().list()) {
                limit = Math.min(limit, Math.max(1, placeholder.slot().alwaysItems() - 1));
            }
            values = values.subList(0, Math.min(limit, values.size()));
        }
        String text = NaturalList.join(values);
        if (text.isEmpty()) {
            return "";
        }
        if (placeholder.article() != Node.Article.NONE) {
            text = Articles.indefinite(text) + " " + text;
        }
        if (placeholder.capitalise() || placeholder.article() == Node.Article.CAPITAL) {
            text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    boolean isEmpty(Node.Placeholder placeholder) {
        return render(placeholder).isEmpty();
    }

    private static String tidy(String value) {
        if (value == null) {
            return "";
        }
        String text = value.strip().replaceAll("\\s+", " ");
        int end = text.length();
        while (end > 0 && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
