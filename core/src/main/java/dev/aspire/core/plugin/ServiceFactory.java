package dev.aspire.core.plugin;

/**
 * Creates a plugin's replacement for one of Aspire's services. Aspire calls it at most once per run, on the
 * first use of the service, so a factory may do the expensive work (reading a model, building tables) that a
 * plugin's constructor must not.
 *
 * @param <T> the service replaced, such as {@link dev.aspire.core.scoring.AnswerScorer}
 */
@FunctionalInterface
public interface ServiceFactory<T> {
    /** The service; never {@code null}. An exception here fails the command that needed the service. */
    T create(PluginContext context);
}
