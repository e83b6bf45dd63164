package dev.aspire.example.swap;

import dev.aspire.core.plugin.AspirePlugin;
import dev.aspire.core.plugin.ServiceFactory;
import dev.aspire.core.scoring.AnswerScorer;
import java.util.Optional;

/** Replaces Aspire's scorer with the pace scorer, for everyone who drops this plugin's jar in their plugins. */
public final class PaceScorerPlugin implements AspirePlugin {
    @Override
    public String id() {
        return "pace-scorer";
    }

    @Override
    public Optional<ServiceFactory<AnswerScorer>> scorer() {
        return Optional.of(context -> new PaceScorer());
    }
}
