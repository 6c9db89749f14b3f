package org.rungs.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;

/**
 * Parsing and resolving every file of the shared corpus, from bytes already in memory (so the disk
 * is not measured), set by set as {@code rungs serve} would load them.
 *
 * <p>Run with {@code bench/framework-parse.sh}. The corpus folder comes from the system property
 * {@code rungs.corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class CorpusParseBenchmark {

  /** One company's folder: its files' names and bytes. */
  record CorpusSet(List<String> names, List<byte[]> contents) {}

  private List<CorpusSet> sets;
  private long bytes;

  @Setup
  public void readCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("rungs.corpus", "../shared/corpus"));
    sets = new ArrayList<>();
    try (Stream<Path> folders = Files.list(corpus)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
            names.add(file.toString());
            byte[] content = read(file);
            contents.add(content);
            bytes += content.length;
          }
        }
        sets.add(new CorpusSet(names, contents));
      }
    }
    if (sets.isEmpty()) {
      throw new IllegalStateException("no corpus under " + corpus.toAbsolutePath());
    }
    System.out.printf("%ncorpus: %d sets, %d bytes%n", sets.size(), bytes);
  }

  @Benchmark
  public void parseAndResolveWholeCorpus(Blackhole blackhole) {
    for (CorpusSet set : sets) {
      List<FrameworkParser.Parsed> parsed = new ArrayList<>(set.names().size());
      for (int i = 0; i < set.names().size(); i++) {
        parsed.add(FrameworkParser.parse(set.contents().get(i), set.names().get(i)));
      }
      FrameworkSet resolved = Frameworks.resolve(set.names(), parsed, List.of());
      blackhole.consume(resolved);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
