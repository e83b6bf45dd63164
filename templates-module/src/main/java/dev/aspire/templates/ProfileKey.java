package dev.aspire.templates;

import dev.aspire.core.CandidateProfile;
import java.util.List;

/** The whole content of a profile as one string, so that any change to it can change the phrasings chosen. */
final class ProfileKey {
    private static final String SEPARATOR = "\u001f";

    private ProfileKey() {
    }

    static String of(CandidateProfile profile) {
        StringBuilder key = new StringBuilder();
        append(key, profile.background());
        append(key, profile.skills());
        append(key, profile.passions());
        append(key, profile.aspiration().kind().id());
        append(key, profile.aspiration().goal());
        append(key, String.valueOf(profile.aspiration().horizonYears()));
        append(key, profile.aspiration().theme());
        append(key, profile.job().title());
        append(key, profile.job().company());
        append(key, profile.job().industry());
        append(key, profile.job().mission());
        append(key, profile.reasons());
        return key.toString();
    }

    private static void append(StringBuilder key, List<String> values) {
        append(key, String.join(SEPARATOR, values));
    }

    private static void append(StringBuilder key, String value) {
        key.append(value).append(SEPARATOR).append(SEPARATOR);
    }
}
