package dev.aspire.data;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML as plain data, because profiles and packs come from anywhere. Tags ({@code !!java.net.URL},
 * {@code !custom}) are refused rather than ignored, so a file written for a YAML library that builds objects
 * from tags cannot look as if it worked. Aliases ({@code *name}) are refused too: Jackson does not expand
 * them but hands over the alias's name as if it were the text, which would put "name" into an answer.
 */
final class PlainYamlParser extends YAMLParser {
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    PlainYamlParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions loaderOptions,
                    ObjectCodec codec, Reader reader) {
        super(context, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            return token;
        }
        if (isCurrentAlias()) {
            throw new JsonParseException(this, "'*" + getText() + "' refers to an anchor; Aspire does not expand"
                    + " YAML anchors and aliases, so write the value out in full");
        }
        String tag = explicitTag();
        if (tag != null) {
            throw new JsonParseException(this, "the YAML tag '" + shown(tag) + "' is not allowed; Aspire reads"
                    + " plain text, lists and fields only, so remove the tag");
        }
        return token;
    }

    /** The tag written in the file on the current value, or null when there is none. */
    private String explicitTag() {
        if (_lastTagEvent instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        if (_lastTagEvent instanceof CollectionStartEvent collection) {
            return collection.getTag();
        }
        return null;
    }

    private static String shown(String tag) {
        return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
    }
}
