package dev.aspire.cli;

import dev.aspire.core.Catalogue;
import dev.aspire.core.CatalogueEntry;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.UnknownIdException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list",
        description = "List the answer archetypes, question variants or interviewer roles, with their ids.",
        footerHeading = "%nExamples:%n",
        footer = {"  aspire list archetypes", "  aspire list interviewers --format json"})
final class ListCommand implements Callable<Integer> {
    private static final Map<String, Function<DomainCatalogue, Catalogue<? extends CatalogueEntry>>> LISTS =
            lists();

    @ParentCommand
    private AspireCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", completionCandidates = ListNames.class,
            description = "What to list: ${COMPLETION-CANDIDATES}.")
    private String what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = ListFormats.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() {
        var list = LISTS.get(what);
        if (list == null) {
            throw new UnknownIdException("list", what, List.copyOf(LISTS.keySet()));
        }
        OutputFormat outputFormat = Formats.parse(format, OutputFormat.TEXT, OutputFormat.JSON);
        Catalogue<? extends CatalogueEntry> catalogue = list.apply(root.services().get(DomainCatalogue.class));
        PrintWriter out = spec.commandLine().getOut();
        if (outputFormat == OutputFormat.JSON) {
            Json.print(out, catalogue.all());
        } else {
            int width = catalogue.ids().stream().mapToInt(String::length).max().orElse(0);
            for (CatalogueEntry entry : catalogue.all()) {
                out.printf("%-" + width + "s  %s%n", entry.id(), entry.summary());
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static Map<String, Function<DomainCatalogue, Catalogue<? extends CatalogueEntry>>> lists() {
        Map<String, Function<DomainCatalogue, Catalogue<? extends CatalogueEntry>>> lists = new LinkedHashMap<>();
        lists.put("archetypes", DomainCatalogue::archetypes);
        lists.put("questions", DomainCatalogue::questionVariants);
        lists.put("interviewers", DomainCatalogue::interviewerRoles);
        return lists;
    }

    static final class ListNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return LISTS.keySet().iterator();
        }
    }

    static final class ListFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
    }
}
