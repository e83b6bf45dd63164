package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.Ids;
import dev.aspire.core.UnknownIdException;
import dev.aspire.data.DataFileException;
import dev.aspire.data.DataFiles;
import dev.aspire.data.TextFiles;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one template pack and checks everything that can be checked without the catalogue: the placeholder
 * language of every phrasing, the parts, slots and kinds named, and the size limits that keep a stranger's
 * pack from slowing Aspire down. Every problem is a one-line {@link DataFileException} with file and line.
 */
final class PackReader {
    static final int MAX_PACK_BYTES = 512 * 1024;
    static final int MAX_ARCHETYPES = 50;
    static final int MAX_CUES = 100;
    static final int MAX_CUE_WORDS = 100;
    static final int MAX_TEMPLATES = 500;
    static final int MAX_PHRASINGS = 20;
    static final int MAX_NAME_LENGTH = 80;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{([a-z][a-z-]*)}");

    private final DataFiles dataFiles;

    @Inject
    PackReader(DataFiles dataFiles) {
        this.dataFiles = requireNonNull(dataFiles, "dataFiles is null");
    }

    Pack read(Path file) {
        String source = file.toString();
        return check(source, dataFiles.parse(source, TextFiles.read(file, MAX_PACK_BYTES), PackFile.class));
    }

    /** Reads a pack shipped inside a jar, next to {@code anchor}. */
    Pack readResource(Class<?> anchor, String name) {
        return readResource(anchor, name, name);
    }

    /** Reads a pack shipped inside a jar, as {@link Class#getResource} finds it, naming it {@code source} in errors. */
    Pack readResource(Class<?> anchor, String name, String source) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return check(source, dataFiles.parse(source, TextFiles.read(source, in, MAX_PACK_BYTES), PackFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pack check(String source, PackFile file) {
        if (file.archetypes().isEmpty() && file.cues().isEmpty() && file.templates().isEmpty()) {
            throw new DataFileException(source + ": holds no archetypes, cues or templates; see 'Template packs'"
                    + " in the README for the format");
        }
        limit(source, "archetypes", file.archetypes().size(), MAX_ARCHETYPES);
        limit(source, "cues", file.cues().size(), MAX_CUES);
        limit(source, "templates", file.templates().size(), MAX_TEMPLATES);
        Map<String, Integer> archetypeLines = new HashMap<>();
        for (PackFile.ArchetypeItem item : file.archetypes()) {
            requirePrintable(source, item);
            Integer earlier = archetypeLines.putIfAbsent(item.archetype().id(), item.line());
            if (earlier != null) {
                throw problem(source, item.line(), "archetype '" + item.archetype().id()
                        + "' is already defined at line " + earlier);
            }
        }
        List<Cue> cues = new ArrayList<>();
        for (PackFile.CueItem item : file.cues()) {
            cues.add(cue(source, item));
        }
        List<TemplateEntry> templates = new ArrayList<>();
        Map<String, Integer> entryLines = new HashMap<>();
        for (PackFile.TemplateItem item : file.templates()) {
            TemplateEntry entry = template(source, item);
            String key = entry.part().id() + " / " + entry.qualifiers();
            Integer earlier = entryLines.putIfAbsent(key, item.line());
            if (earlier != null) {
                throw problem(source, item.line(), "another entry for " + key + " starts at line " + earlier
                        + "; put all their phrasings in one entry");
            }
            templates.add(entry);
        }
        return new Pack(source, file.archetypes(), cues, templates);
    }

    /** An archetype's texts are shown by 'list' and 'explain', so they are held to a phrasing's rules. */
    private static void requirePrintable(String source, PackFile.ArchetypeItem item) {
        AnswerArchetype archetype = item.archetype();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", archetype.name());
        texts.put("shape", archetype.shape());
        texts.put("fitsWhen", archetype.fitsWhen());
        texts.put("example", archetype.example());
        texts.forEach((field, text) -> {
            int max = field.equals("name") ? MAX_NAME_LENGTH : TemplateParser.MAX_LENGTH;
            String what = "archetype '" + archetype.id() + "': " + field;
            if (text.length() > max) {
                throw problem(source, item.line(), what + " is " + text.length() + " characters long; the limit is "
                        + max);
            }
            try {
                TemplateParser.requireNoControlCharacters(what, text);
            } catch (TemplateSyntaxException e) {
                throw problem(source, item.line(), e.getMessage());
            }
        });
    }

    private static Cue cue(String source, PackFile.CueItem item) {
        PackFile.CueFields fields = item.fields();
        int line = item.line();
        String archetype = id(source, line, "archetype", fields.archetype(), true);
        List<String> lookIn = fields.lookIn() == null ? List.of() : fields.lookIn();
        List<String> words = fields.words() == null ? List.of() : fields.words();
        if (lookIn.isEmpty()) {
            throw problem(source, line, "lookIn: missing; list the slots to search, such as [background, skills]");
        }
        if (words.isEmpty() || words.size() > MAX_CUE_WORDS) {
            throw problem(source, line, "words: list 1-" + MAX_CUE_WORDS + " words or {slot} references");
        }
        List<Slot> searched = new ArrayList<>();
        for (String name : lookIn) {
            searched.add(slot(source, line, String.valueOf(name)));
        }
        List<String> literal = new ArrayList<>();
        List<Slot> fromSlots = new ArrayList<>();
        for (String word : words) {
            String text = String.valueOf(word).strip();
            var reference = SLOT_REFERENCE.matcher(text);
            if (reference.matches()) {
                fromSlots.add(slot(source, line, reference.group(1)));
            } else if (WORD.matcher(text).matches()) {
                literal.add(text.toLowerCase(Locale.ROOT));
            } else {
                throw problem(source, line, "cue word '" + text + "' is not a single word or a {slot} reference");
            }
        }
        return new Cue(archetype, searched, literal, fromSlots, source, line);
    }

    private static TemplateEntry template(String source, PackFile.TemplateItem item) {
        PackFile.TemplateFields fields = item.fields();
        int line = item.line();
        if (fields.part() == null) {
            throw problem(source, line, "part: missing; choose one of " + String.join(", ", Part.ids()));
        }
        Part part = Part.find(fields.part()).orElseThrow(() -> problem(source, line, "unknown part '"
                + fields.part() + "'; known: " + String.join(", ", Part.ids())));
        AspirationKind kind = null;
        if (fields.kind() != null) {
            try {
                kind = AspirationKind.fromId(fields.kind());
            } catch (UnknownIdException e) {
                throw problem(source, line, e.getMessage());
            }
        }
        Qualifiers qualifiers = new Qualifiers(
                id(source, line, "archetype", fields.archetype(), false),
                id(source, line, "question", fields.question(), false),
                id(source, line, "interviewer", fields.interviewer(), false),
                kind);
        List<PackFile.PhrasingItem> items = fields.phrasings() == null ? List.of() : fields.phrasings();
        if (items.isEmpty() || items.size() > MAX_PHRASINGS) {
            throw problem(source, line, "phrasings: list 1-" + MAX_PHRASINGS + " alternatives");
        }
        List<Template> phrasings = new ArrayList<>();
        for (PackFile.PhrasingItem phrasing : items) {
            try {
                phrasings.add(TemplateParser.parse(phrasing.text()));
            } catch (TemplateSyntaxException e) {
                throw problem(source, phrasing.line(), e.getMessage());
            }
        }
        return new TemplateEntry(part, qualifiers, phrasings, source, line);
    }

    private static String id(String source, int line, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw problem(source, line, field + ": missing; give the " + field + "'s id");
            }
            return null;
        }
        if (!Ids.isValid(value)) {
            throw problem(source, line, field + " '" + value + "' is not a valid id: use lower-case letters,"
                    + " digits and dashes");
        }
        return value;
    }

    private static Slot slot(String source, int line, String name) {
        return Slots.find(name).orElseThrow(() -> problem(source, line, "unknown slot '" + name + "'; known slots: "
                + String.join(", ", Slots.names())));
    }

    private static void limit(String source, String field, int size, int max) {
        if (size > max) {
            throw new DataFileException(source + ": " + field + ": has " + size + " entries; a pack may hold at most "
                    + max + ", so split it into several packs");
        }
    }

    static DataFileException problem(String source, int line, String message) {
        return new DataFileException(source + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
