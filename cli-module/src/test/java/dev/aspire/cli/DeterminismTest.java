package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same input and version give the same bytes: every run, in this JVM or another one with another
 * language, time zone and default encoding. A person can compare two sheets with diff, and a script can
 * cache what aspire printed.
 */
class DeterminismTest {
    private static final String WORLDWIDE = """
            background: Dix ans comme serveuse à Montréal, café Ñandú ☕
            skills: [pâtisserie fine, service en salle 🍽️, שירות לקוחות]
            passions: [العربية, 日本語の料理, Ελληνική κουζίνα]
            aspiration: {kind: leadership, goal: İstanbul office lead, horizonYears: 7, theme: quiet luxury}
            job: {title: Assistante marketing, company: Cacao & Cie 🍫, industry: confiserie,
                  mission: جعل الشوكولاتة متعة يومية}
            reasons: [l'équipe forme ses talents en interne, İzmir and Istanbul share one team]
            """;

    @TempDir
    Path folder;

    static Stream<Arguments> commands() {
        List<Arguments> commands = new ArrayList<>();
        for (String format : List.of("text", "json", "markdown")) {
            commands.add(Arguments.of("answer --all --format " + format, List.of(),
                    List.of("answer", "--profile", CliRun.SERVER, "--all", "--format", format)));
        }
        commands.add(Arguments.of("answer --variant 3", List.of(), List.of("answer", "--profile", CliRun.SERVER,
                "--question", "aligns-with-goals", "--interviewer", "potential-direct-report", "--variant", "3")));
        for (String format : List.of("markdown", "html")) {
            commands.add(Arguments.of("sheet --format " + format, List.of(FakeServices.scorerOnly()),
                    List.of("sheet", "--profile", CliRun.SERVER, "--format", format)));
        }
        for (String what : List.of("archetypes", "questions", "interviewers")) {
            for (String format : List.of("text", "json")) {
                commands.add(Arguments.of("list " + what + " --format " + format, List.of(),
                        List.of("list", what, "--format", format)));
            }
        }
        for (String id : List.of("skills-application", "five-years", "hiring-managers-boss")) {
            commands.add(Arguments.of("explain " + id, List.of(), List.of("explain", id, "--format", "json")));
        }
        return commands.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void runningACommandTwiceGivesTheSameBytes(String name, List<Module> modules, List<String> args) {
        CliRun first = CliRun.run(folder.resolve("first-home"), "", modules, args.toArray(String[]::new));
        CliRun second = CliRun.run(folder.resolve("second-home"), "", modules, args.toArray(String[]::new));

        assertEquals(ExitCode.OK, first.exitCode(), first.toString());
        assertArrayEquals(first.out().getBytes(StandardCharsets.UTF_8), second.out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSheetWrittenToAFileTwiceIsTheSameFile() throws IOException {
        Path one = folder.resolve("one.html");
        Path two = folder.resolve("two.html");

        CliRun.run(folder, "", List.of(FakeServices.scorerOnly()), "sheet", "--profile", CliRun.SERVER,
                "--out", one.toString());
        CliRun.run(folder, "", List.of(FakeServices.scorerOnly()), "sheet", "--profile", CliRun.SERVER,
                "--out", two.toString());

        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    @Test
    void anotherJvmWithAnotherLocaleTimeZoneAndEncodingPrintsTheSameBytes() throws Exception {
        Path profile = Files.writeString(folder.resolve("worldwide.yaml"), WORLDWIDE);
        String[] args = {"answer", "--profile", profile.toString(), "--all", "--format", "json"};
        CliRun here = CliRun.in(folder.resolve("home"), args);

        byte[] turkish = runInAnotherJvm(args, "-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1");
        byte[] english = runInAnotherJvm(args, "-Duser.language=en", "-Duser.country=US",
                "-Duser.timezone=America/Los_Angeles", "-Dfile.encoding=UTF-8");

        assertEquals(ExitCode.OK, here.exitCode(), here.toString());
        assertArrayEquals(here.out().getBytes(StandardCharsets.UTF_8), turkish);
        assertArrayEquals(turkish, english);
    }

    /** Runs the real {@code Main} in a child JVM, as the launcher does, and returns what it printed on stdout. */
    private byte[] runInAnotherJvm(String[] args, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(jvmOptions));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "stdout", ".json");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("ASPIRE_HOME", folder.resolve("other-home").toString());
        assertEquals(ExitCode.OK, builder.start().waitFor());
        return Files.readAllBytes(out);
    }
}
