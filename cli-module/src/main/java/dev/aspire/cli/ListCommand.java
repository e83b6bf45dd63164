package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ListCommand implements Callable<Integer> {
    private static final Map<String, Function<DomainCatalogue, Catalogue<? extends CatalogueEntry>>> LISTS =
            lists();

    private final AspireCommand root;
    private final CommandSpec spec;

    ListCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(ListCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("list");
        spec.usageMessage()
                .description("List the answer archetypes, question variants or interviewer roles, with their ids.")
                .footerHeading("%nExamples:%n")
                .footer("  aspire list archetypes", "  aspire list interviewers --format json");
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel("WHAT").type(String.class).required(true)
                .completionCandidates(LISTS.keySet())
                .description("What to list: ${COMPLETION-CANDIDATES}.").build());
        spec.addOption(OutputFormat.option(OutputFormat.TEXT, OutputFormat.JSON));
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String what = what();
        var list = LISTS.get(what);
        if (list == null) {
            throw new UnknownIdException("list", what, List.copyOf(LISTS.keySet()));
        }
        OutputFormat outputFormat = Formats.parse(format(), OutputFormat.TEXT, OutputFormat.JSON);
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

    private String what() {
        return spec.positionalParameters().get(0).getValue();
    }

    private String format() {
        return spec.findOption("--format").getValue();
    }

    private static Map<String, Function<DomainCatalogue, Catalogue<? extends CatalogueEntry>>> lists() {
        Map<String, Function<DomainCatalogue, Catalogue<? extends CatalogueEntry>>> lists = new LinkedHashMap<>();
        lists.put("archetypes", DomainCatalogue::archetypes);
        lists.put("questions", DomainCatalogue::questionVariants);
        lists.put("interviewers", DomainCatalogue::interviewerRoles);
        return lists;
    }
}
