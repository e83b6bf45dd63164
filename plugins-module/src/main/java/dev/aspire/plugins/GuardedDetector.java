package dev.aspire.plugins;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plugin's red-flag detector as the scorer sees it: its kinds as they were when the plugin was checked, and
 * every flag held to the contract (a code and severity of one of those kinds, a span in the answer). Flags come
 * back in text order.
 */
final class GuardedDetector implements RedFlagDetector {
    private final String plugin;
    private final ClassLoader loader;
    private final List<RedFlagKind> kinds;
    private final Map<String, RedFlagKind> kindByCode;
    private final RedFlagDetector detector;

    GuardedDetector(String plugin, ClassLoader loader, List<RedFlagKind> kinds, RedFlagDetector detector) {
        this.plugin = requireNonNull(plugin, "plugin is null");
        this.loader = loader;
        this.kinds = List.copyOf(kinds);
        this.kindByCode = this.kinds.stream().collect(Collectors.toMap(RedFlagKind::code, Function.identity(),
                (first, second) -> first));
        this.detector = requireNonNull(detector, "detector is null");
    }

    @Override
    public List<RedFlagKind> kinds() {
        return kinds;
    }

    /** The codes this detector raises, in the order of its kinds. */
    List<String> codes() {
        return kinds.stream().map(RedFlagKind::code).toList();
    }

    @Override
    public List<RedFlag> detect(ScoringRequest request) {
        List<RedFlag> flags;
        try {
            flags = ContextLoader.call(loader, () -> detector.detect(request));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException(plugin + ": red-flag detector " + codes() + " failed: "
                    + PluginProblem.describe(e), e);
        }
        if (flags == null || flags.stream().anyMatch(Objects::isNull)) {
            throw broken("returned no list, or a list that holds null");
        }
        for (RedFlag flag : flags) {
            RedFlagKind kind = kindByCode.get(flag.code());
            if (kind == null || kind.severity() != flag.severity()) {
                throw broken("raised " + flag.code() + " (" + flag.severity().id() + "), which is not one of its kinds");
            }
            if (!Spans.inside(flag.span(), request.text())) {
                throw broken("flagged " + flag.span().start() + ".." + flag.span().end() + ", which is not in the answer");
            }
        }
        return flags.stream().sorted(Comparator.comparingInt(flag -> flag.span().start())).toList();
    }

    private IllegalStateException broken(String what) {
        return new IllegalStateException(plugin + ": red-flag detector " + codes() + " " + what);
    }

    @Override
    public String toString() {
        return "red-flag detector " + codes() + " of " + plugin;
    }
}
