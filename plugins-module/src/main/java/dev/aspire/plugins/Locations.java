package dev.aspire.plugins;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Names a resource the way a user finds it: {@code /path/plugin.jar!/dev/example/pack.yaml}, or a file path. */
final class Locations {
    private Locations() {
    }

    static String of(URL url) {
        try {
            if ("jar".equals(url.getProtocol())) {
                String path = url.getPath();
                int separator = path.indexOf("!/");
                if (separator > 0) {
                    return Path.of(new URI(path.substring(0, separator))) + path.substring(separator);
                }
            }
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI()).toString();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // An unusual URL is still a fine name for a message.
        }
        return url.toString();
    }
}
