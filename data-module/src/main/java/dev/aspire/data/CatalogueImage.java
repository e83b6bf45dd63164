package dev.aspire.data;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in catalogue in a prepared binary form, written at build time from {@code catalogue.yaml}.
 *
 * <p>A short command such as {@code aspire score} needs the catalogue but nothing else that is YAML. Reading
 * these few records with {@link DataInputStream} costs a fraction of a millisecond, where building a YAML
 * mapper and its record deserializers costs a tenth of a second on a JVM that has just started. The YAML
 * file stays the one source: {@link PrepareCatalogueImage} writes this form from it during the build, and the
 * records' own constructors check every value again on reading.
 */
final class CatalogueImage {
    static final String RESOURCE = "catalogue.image";

    /** Changes whenever the layout below does, so that an image from another build is refused, never misread. */
    private static final int MAGIC = 0x41535043; // "ASPC"
    private static final int VERSION = 1;

    private CatalogueImage() {
    }

    static void write(CatalogueFile catalogue, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(catalogue.questionVariants().size());
        for (QuestionVariant variant : catalogue.questionVariants()) {
            writeStrings(out, variant.id(), variant.question(), variant.purpose());
        }
        out.writeInt(catalogue.interviewerRoles().size());
        for (InterviewerRole role : catalogue.interviewerRoles()) {
            writeStrings(out, role.id(), role.title(), role.lookingFor(), role.pitch());
        }
        out.writeInt(catalogue.archetypes().size());
        for (AnswerArchetype archetype : catalogue.archetypes()) {
            writeStrings(out, archetype.id(), archetype.name(), archetype.shape(), archetype.fitsWhen(),
                    archetype.example());
            out.writeInt(archetype.suitedTo().size());
            for (AspirationKind kind : archetype.suitedTo()) {
                out.writeUTF(kind.id());
            }
        }
    }

    static CatalogueFile read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a catalogue image of this version of Aspire");
        }
        List<QuestionVariant> variants = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            variants.add(new QuestionVariant(in.readUTF(), in.readUTF(), in.readUTF()));
        }
        List<InterviewerRole> roles = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            roles.add(new InterviewerRole(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF()));
        }
        List<AnswerArchetype> archetypes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            String name = in.readUTF();
            String shape = in.readUTF();
            String fitsWhen = in.readUTF();
            String example = in.readUTF();
            List<AspirationKind> suitedTo = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                suitedTo.add(AspirationKind.fromId(in.readUTF()));
            }
            archetypes.add(new AnswerArchetype(id, name, shape, fitsWhen, example, suitedTo));
        }
        return new CatalogueFile(archetypes, variants, roles);
    }

    private static void writeStrings(DataOutputStream out, String... values) throws IOException {
        for (String value : values) {
            out.writeUTF(value);
        }
    }
}
