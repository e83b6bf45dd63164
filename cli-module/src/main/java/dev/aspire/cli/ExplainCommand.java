package dev.aspire.cli;

import dev.aspire.core.Catalogue;
import dev.aspire.core.CatalogueEntry;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.UnknownIdException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "explain",
        description = "Tell everything known about an archetype, question variant or interviewer role.",
        footerHeading = "%nExamples:%n",
        footer = {"  aspire explain hiring-manager", "  aspire explain five-years", "  aspire explain leadership-potential --format json"})
final class ExplainCommand implements Callable<Integer> {
    private static final int WIDTH = 78;

    @ParentCommand
    private AspireCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "An id from 'aspire list'.")
    private String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = ListCommand.ListFormats.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = Formats.parse(format, OutputFormat.TEXT, OutputFormat.JSON);
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
