package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ArchetypeRecommendation;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.data.ProfileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class AnswerCommand implements Callable<Integer> {
    private final AspireCommand root;
    private final CommandSpec spec;

    AnswerCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(AnswerCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("answer");
        spec.usageMessage()
                .description("Write the answer a good coach would help you give, from your profile: for one form of"
                        + " the question and one interviewer, or with --all for every form and every interviewer.")
                .sortOptions(false)
                .footerHeading("%nExamples:%n")
                .footer(
                        "  aspire answer --profile me.yaml --question five-years \\",
                        "      --interviewer hiring-manager",
                        "  aspire answer --profile me.yaml --question career-aspirations \\",
                        "      --interviewer internal-recruiter --variant 1",
                        "  aspire answer --profile me.yaml --all --format markdown > answers.md",
                        "  aspire --packs my-packs answer --profile me.yaml --all \\",
                        "      --archetype community-builder --format json",
                        "",
                        "Ids come from 'aspire list questions', 'aspire list interviewers' and",
                        "'aspire list archetypes'.");
        spec.addOption(OptionSpec.builder("--profile").required(true).paramLabel("FILE").type(Path.class)
                .description("Your profile, a YAML or JSON file.").build());
        spec.addOption(OptionSpec.builder("--question").paramLabel("ID").type(String.class)
                .description("The form of the question being asked.").build());
        spec.addOption(OptionSpec.builder("--interviewer").paramLabel("ID").type(String.class)
                .description("Who is asking.").build());
        spec.addOption(OptionSpec.builder("--all").type(boolean.class)
                .description("Answer every form of the question for every interviewer.").build());
        spec.addOption(OptionSpec.builder("--archetype").paramLabel("ID").type(String.class)
                .description("The archetype to follow (default: the one that fits your profile best).").build());
        spec.addOption(OptionSpec.builder("--variant").paramLabel("N").type(int.class).defaultValue("0")
                .description("Another phrasing of the same answer: 1, 2, ... (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OutputFormat.option(OutputFormat.values()));
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        OutputFormat outputFormat = Formats.parse(format(), OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.MARKDOWN);
        requireOneKindOfRequest();
        boolean all = all();
        int variant = variant();
        DomainCatalogue catalogue = root.services().get(DomainCatalogue.class);
        List<QuestionVariant> questions = all ? catalogue.questionVariants().all()
                : List.of(catalogue.questionVariants().require(question()));
        List<InterviewerRole> interviewers = all ? catalogue.interviewerRoles().all()
                : List.of(catalogue.interviewerRoles().require(interviewer()));
        Optional<AnswerArchetype> chosen = Optional.ofNullable(archetype()).map(catalogue.archetypes()::require);

        CandidateProfile candidate = root.services().get(ProfileReader.class).read(profile());
        AnswerComposer composer = root.services().get(AnswerComposer.class);
        Optional<ArchetypeRecommendation> recommendation = chosen.isPresent() ? Optional.empty()
                : Optional.of(composer.recommend(candidate));
        AnswerArchetype followed = chosen.orElseGet(() -> recommendation.orElseThrow().archetype());

        List<ComposedAnswer> answers = new ArrayList<>();
        for (QuestionVariant asked : questions) {
            for (InterviewerRole asker : interviewers) {
                answers.add(composer.compose(new AnswerRequest(candidate, asked, asker, Optional.of(followed), variant)));
            }
        }
        AnswerPrinter printer = new AnswerPrinter(spec.commandLine().getOut(), recommendation, variant);
        if (all) {
            printer.document(candidate.job(), answers, outputFormat);
        } else {
            printer.single(answers.get(0), outputFormat);
        }
        return ExitCode.OK;
    }

    private void requireOneKindOfRequest() {
        if (variant() < 0) {
            throw new UserInputException("--variant must be 0 or more, was " + variant());
        }
        if (all() && (question() != null || interviewer() != null)) {
            throw new UserInputException("give either --all, or --question and --interviewer, not both");
        }
        if (!all() && (question() == null || interviewer() == null)) {
            throw new UserInputException("say which answer to write: --question ID and --interviewer ID, or --all"
                    + " for every one (see 'aspire list questions' and 'aspire list interviewers')");
        }
    }

    private Path profile() {
        return spec.findOption("--profile").getValue();
    }

    private String question() {
        return spec.findOption("--question").getValue();
    }

    private String interviewer() {
        return spec.findOption("--interviewer").getValue();
    }

    private boolean all() {
        return Boolean.TRUE.equals(spec.findOption("--all").getValue());
    }

    private String archetype() {
        return spec.findOption("--archetype").getValue();
    }

    private int variant() {
        return spec.findOption("--variant").getValue();
    }

    private String format() {
        return spec.findOption("--format").getValue();
    }
}
