package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.Catalogue;
import dev.aspire.core.CatalogueEntry;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.UnknownIdException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ExplainCommand implements Callable<Integer> {
    private static final int WIDTH = 78;

    private final AspireCommand root;
    private final CommandSpec spec;

    ExplainCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(ExplainCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("explain");
        spec.usageMessage()
                .description("Tell everything known about an archetype, question variant or interviewer role.")
                .footerHeading("%nExamples:%n")
                .footer("  aspire explain hiring-manager", "  aspire explain five-years",
                        "  aspire explain leadership-potential --format json");
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel("ID").type(String.class).required(true)
                .description("An id from 'aspire list'.").build());
        spec.addOption(OutputFormat.option(OutputFormat.TEXT, OutputFormat.JSON));
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        OutputFormat outputFormat = Formats.parse(format(), OutputFormat.TEXT, OutputFormat.JSON);
        String id = id();
        DomainCatalogue catalogue = root.services().get(DomainCatalogue.class);
        for (Catalogue<? extends CatalogueEntry> kind : catalogue.catalogues()) {
            Optional<? extends CatalogueEntry> entry = kind.find(id);
            if (entry.isPresent()) {
                print(kind.kind(), entry.get(), outputFormat);
                return ExitCode.OK;
            }
        }
        throw new UnknownIdException("id", id, catalogue.allIds());
    }

    private String id() {
        return spec.positionalParameters().get(0).getValue();
    }

    private String format() {
        return spec.findOption("--format").getValue();
    }

    private void print(String kind, CatalogueEntry entry, OutputFormat outputFormat) {
        PrintWriter out = spec.commandLine().getOut();
        if (outputFormat == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", kind);
            json.put("entry", entry);
            Json.print(out, json);
        } else {
            out.println(entry.id() + " (" + kind + ")");
            entry.details().forEach((label, text) -> {
                out.println();
                out.println(label + ":");
                Wrap.lines(text, WIDTH - 2).forEach(line -> out.println("  " + line));
            });
        }
        out.flush();
    }
}
