package dev.aspire.plugins;

/** Why a plugin is left out of the run; the message is the whole warning line, naming the plugin. */
final class PluginProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private PluginProblem(String message) {
        super(message, null, false, false);
    }

    /** {@code name} is {@code 'id'} when the plugin's id is known, else its class name, else {@code null}. */
    static PluginProblem skipped(String name, String location, String reason) {
        String plugin = name == null ? "plugin in " + location : "plugin " + name + " (" + location + ")";
        return new PluginProblem(plugin + " skipped: " + reason);
    }

    /** What a thrown exception says, in a few words: its simple class name and its message. */
    static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return thrown.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
    }
}
