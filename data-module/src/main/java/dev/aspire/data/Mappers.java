package dev.aspire.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The project's Jackson mappers, configured once for data that strangers write: strict about unknown and
 * duplicate fields, and bounded in nesting, aliases and size so that a hostile file cannot exhaust memory.
 */
public final class Mappers {
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_YAML_ALIASES = 50;
    static final int MAX_STRING_LENGTH = 1_000_000;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build();

    private Mappers() {
    }

    /**
     * A mapper for YAML (which also reads JSON, a subset of YAML) data files. It reads plain data only: YAML
     * tags and aliases are refused with the line they are on.
     */
    public static ObjectMapper yaml() {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
        loader.setCodePointLimit(TextFiles.DEFAULT_MAX_BYTES);
        YAMLFactory factory = new PlainYamlFactory(YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(CONSTRAINTS));
        return strict(YAMLMapper.builder(factory)).build();
    }

    /** A mapper for JSON, used for files ending in {@code .json} and for JSON output. */
    public static ObjectMapper json() {
        return json(CONSTRAINTS);
    }

    /**
     * A mapper as {@link #json()} whose strings may be up to {@code maxStringLength} characters, for a file Aspire
     * writes itself that keeps longer text, such as the practice history with its answers.
     */
    public static ObjectMapper json(int maxStringLength) {
        return json(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(maxStringLength)
                .build());
    }

    private static ObjectMapper json(StreamReadConstraints constraints) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS);
        ObjectMapper mapper = strict(builder).build();
        mapper.getFactory().setStreamReadConstraints(constraints);
        return mapper;
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B strict(B builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1.5 years is not a whole number of years; rounding it silently would change what was written.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }
}
