package dev.aspire.templates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.aspire.core.AnswerArchetype;
import java.io.IOException;
import java.util.List;

/**
 * The shape of a template-pack file as it is read, each item with the line it starts on. Nothing here is
 * checked beyond types and known fields; {@link PackReader} checks the rest.
 *
 * @param description what the pack is for, for people reading it
 * @param archetypes  new archetypes, with the same fields as the built-in catalogue's
 * @param cues        words in a profile that point to an archetype, for recommending one
 * @param templates   phrasings for the parts of an answer
 */
record PackFile(String description, List<ArchetypeItem> archetypes, List<CueItem> cues,
                List<TemplateItem> templates) {
    PackFile {
        archetypes = archetypes == null ? List.of() : List.copyOf(archetypes);
        cues = cues == null ? List.of() : List.copyOf(cues);
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    @JsonDeserialize(using = ArchetypeItem.Reader.class)
    record ArchetypeItem(AnswerArchetype archetype, int line) {
        static final class Reader extends LineReader<AnswerArchetype, ArchetypeItem> {
            private static final long serialVersionUID = 1L;

            Reader() {
                super(ArchetypeItem.class, AnswerArchetype.class);
            }

            @Override
            ArchetypeItem withLine(AnswerArchetype raw, int line) {
                return new ArchetypeItem(raw, line);
            }
        }
    }

    /** Fields of a cue as written; see {@link CueItem}. */
    record CueFields(String archetype, List<String> lookIn, List<String> words) {
    }

    @JsonDeserialize(using = CueItem.Reader.class)
    record CueItem(CueFields fields, int line) {
        static final class Reader extends LineReader<CueFields, CueItem> {
            private static final long serialVersionUID = 1L;

            Reader() {
                super(CueItem.class, CueFields.class);
            }

            @Override
            CueItem withLine(CueFields raw, int line) {
                return new CueItem(raw, line);
            }
        }
    }

    /** Fields of a template entry as written; see {@link TemplateItem}. */
    record TemplateFields(String part, String archetype, String question, String interviewer, String kind,
                          List<PhrasingItem> phrasings) {
    }

    @JsonDeserialize(using = TemplateItem.Reader.class)
    record TemplateItem(TemplateFields fields, int line) {
        static final class Reader extends LineReader<TemplateFields, TemplateItem> {
            private static final long serialVersionUID = 1L;

            Reader() {
                super(TemplateItem.class, TemplateFields.class);
            }

            @Override
            TemplateItem withLine(TemplateFields raw, int line) {
                return new TemplateItem(raw, line);
            }
        }
    }

    @JsonDeserialize(using = PhrasingItem.Reader.class)
    record PhrasingItem(String text, int line) {
        static final class Reader extends StdDeserializer<PhrasingItem> {
            private static final long serialVersionUID = 1L;

            Reader() {
                super(PhrasingItem.class);
            }

            @Override
            public PhrasingItem deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    return (PhrasingItem) context.handleUnexpectedToken(String.class, parser);
                }
                return new PhrasingItem(parser.getText(), parser.currentTokenLocation().getLineNr());
            }
        }
    }
}
