package dev.aspire.coach;

import dev.aspire.core.UnknownIdException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats a prep sheet can be written in. */
public enum SheetFormat {
    MARKDOWN("markdown", List.of("md", "markdown"), MarkdownSheet::render),
    HTML("html", List.of("html", "htm"), HtmlSheet::render);

    private final String id;
    private final List<String> extensions;
    private final Function<PrepSheet, String> renderer;

    SheetFormat(String id, List<String> extensions, Function<PrepSheet, String> renderer) {
        this.id = id;
        this.extensions = extensions;
        this.renderer = renderer;
    }

    public String id() {
        return id;
    }

    public String render(PrepSheet sheet) {
        return renderer.apply(sheet);
    }

    /** {@code markdown} (or {@code md}) or {@code html}, ignoring case. */
    public static SheetFormat fromId(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.id.equals(wanted) || format.extensions.contains(wanted))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("sheet format", value, ids()));
    }

    /** The format a file name's extension asks for: {@code .md} or {@code .html}; empty for any other. */
    public static Optional<SheetFormat> fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SheetFormat::id).toList();
    }
}
