package dev.aspire.cli;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.scoring.AnswerScorer;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The verbs under the root command, in the order {@code --help} lists them.
 *
 * <p>Building picocli's model of a command is a good part of what a short command costs when the JVM has just
 * started. So each command declares its model in code: picocli can also read it from annotations, but the JDK
 * then parses them and generates a proxy class per annotation type, which took several times as long as the
 * rest of the model. And a run registers only the verb it names; the whole tree is built only when it is
 * needed: for the root's help, an unknown verb (whose error lists the others), an argument file, and the
 * completion script, which is generated from every verb.
 */
final class Verbs {
    /** Each verb's name, as its model gives it ({@code VerbsTest} checks that they agree). */
    static final List<String> NAMES = List.of(
            "list", "explain", "answer", "score", "prepare", "practice", "history", "sheet", "completion");

    /** The services each verb asks for first, which are built ahead on a second thread (see AspireServices). */
    private static final Map<String, List<Class<?>>> SERVICES_FIRST_NEEDED = Map.of(
            "list", List.of(DomainCatalogue.class),
            "explain", List.of(DomainCatalogue.class),
            "answer", List.of(DomainCatalogue.class, AnswerComposer.class),
            "score", List.of(AnswerScorer.class, DomainCatalogue.class),
            "sheet", List.of(AnswerComposer.class, DomainCatalogue.class),
            "practice", List.of(AnswerComposer.class, AnswerScorer.class));

    private Verbs() {
    }

    static List<Class<?>> servicesFirstNeeded(String verb) {
        return SERVICES_FIRST_NEEDED.getOrDefault(verb, List.of());
    }

    /** Adds to {@code root} the verb a run names (see ArgumentPreview), or every verb when it names none. */
    static void register(CommandLine root, String verb) {
        AspireCommand command = root.getCommand();
        if (verb != null && !verb.equals("completion")) {
            root.addSubcommand(verb, create(verb, command));
            return;
        }
        for (String name : NAMES) {
            root.addSubcommand(name, create(name, command));
        }
    }

    /** Adds every verb, as the root's help and the completion script need. */
    static void registerAll(CommandLine root) {
        register(root, null);
    }

    /** The model of the verb called {@code name}, whose user object runs it as a verb of {@code root}. */
    static CommandSpec create(String name, AspireCommand root) {
        return switch (name) {
            case "list" -> new ListCommand(root).spec();
            case "explain" -> new ExplainCommand(root).spec();
            case "answer" -> new AnswerCommand(root).spec();
            case "score" -> new ScoreCommand(root).spec();
            case "prepare" -> new PrepareCommand(root).spec();
            case "practice" -> new PracticeCommand(root).spec();
            case "history" -> new HistoryCommand(root).spec();
            case "sheet" -> new SheetCommand(root).spec();
            case "completion" -> new CompletionCommand().spec();
            default -> throw new IllegalArgumentException("no verb is called " + name);
        };
    }
}
