package dev.aspire.data;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A YAML factory whose parsers read plain data only (see {@link PlainYamlParser}). Every way of creating a
 * parser goes through one reader-based method, so no input path can bypass the checks.
 */
final class PlainYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    PlainYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    private PlainYamlFactory(PlainYamlFactory source) {
        super(source, null);
    }

    @Override
    public YAMLFactory copy() {
        return new PlainYamlFactory(this);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
        ObjectCodec codec = _objectCodec;
        return new PlainYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, codec, reader);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
        return _createParser(_createReader(in, null, context), context);
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return _createParser(_createReader(data, offset, length, null, context), context);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) {
        return _createParser(new CharArrayReader(data, offset, length), context);
    }
}
