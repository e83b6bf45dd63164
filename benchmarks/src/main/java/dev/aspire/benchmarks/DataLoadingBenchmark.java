package dev.aspire.benchmarks;

import com.google.inject.Injector;
import dev.aspire.cli.AspireInjector;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.CatalogueFile;
import dev.aspire.data.DataFiles;
import dev.aspire.data.DataModule;
import dev.aspire.data.ProfileReader;
import dev.aspire.data.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every command pays before it does its own work: reading the built-in catalogue, building the
 * command's object graph, and reading a profile. Start-up as a whole is measured end to end by
 * {@code bench/run.sh}; these show which part of it grows when the data grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DataLoadingBenchmark {
    private static final AspireSettings SETTINGS =
            new AspireSettings(Path.of("/nonexistent/aspire-benchmark-home"), List.of(), List.of());

    private DataFiles dataFiles;
    private ProfileReader profileReader;
    private String catalogueText;
    private String profileText;

    @Setup
    public void readInputs() throws IOException {
        Injector injector = AspireInjector.create(SETTINGS, List.of());
        dataFiles = injector.getInstance(DataFiles.class);
        profileReader = injector.getInstance(ProfileReader.class);
        catalogueText = resource(DataModule.class, "catalogue.yaml");
        profileText = resource(DataLoadingBenchmark.class, "profiles/restaurant-server.yaml");
    }

    @Benchmark
    public CatalogueFile parseBuiltInCatalogue() {
        return dataFiles.parse("catalogue.yaml", catalogueText, CatalogueFile.class);
    }

    @Benchmark
    public DomainCatalogue buildCommandGraphAndCatalogue() {
        return AspireInjector.createForCommand(SETTINGS, List.of()).getInstance(DomainCatalogue.class);
    }

    @Benchmark
    public CandidateProfile readProfile() {
        return profileReader.parse("restaurant-server.yaml", profileText);
    }

    private static String resource(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the benchmarks jar");
            }
            return TextFiles.read(name, in, TextFiles.DEFAULT_MAX_BYTES);
        }
    }
}
