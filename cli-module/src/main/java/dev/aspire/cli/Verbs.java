package dev.aspire.cli;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.scoring.AnswerScorer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The verbs under the root command, in the order {@code --help} lists them.
 *
 * <p>Picocli builds a command's model by reflecting on its annotations, and that is most of what a short
 * command costs when the JVM has just started. So a run registers only the verb it names; the whole tree is
 * built only when it is needed: for the root's help, an unknown verb (whose error lists the others), an
 * argument file, and the completion script, which is generated from every verb.
 */
final class Verbs {
    /** Each verb's name, as its {@code @Command} gives it ({@code VerbsTest} checks that they agree). */
    static final Map<String, Class<?>> BY_NAME = byName();

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
        if (verb != null && !verb.equals("completion")) {
            root.addSubcommand(verb, create(root, BY_NAME.get(verb)));
            return;
        }
        BY_NAME.forEach((name, type) -> root.addSubcommand(name, create(root, type)));
    }

    /** Adds every verb, as the root's help and the completion script need. */
    static void registerAll(CommandLine root) {
        register(root, null);
    }

    private static Object create(CommandLine root, Class<?> type) {
        try {
            return root.getFactory().create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + type.getName(), e);
        }
    }

    private static Map<String, Class<?>> byName() {
        Map<String, Class<?>> verbs = new LinkedHashMap<>();
        verbs.put("list", ListCommand.class);
        verbs.put("explain", ExplainCommand.class);
        verbs.put("answer", AnswerCommand.class);
        verbs.put("score", ScoreCommand.class);
        verbs.put("prepare", PrepareCommand.class);
        verbs.put("practice", PracticeCommand.class);
        verbs.put("history", HistoryCommand.class);
        verbs.put("sheet", SheetCommand.class);
        verbs.put("completion", CompletionCommand.class);
        return verbs;
    }
}
