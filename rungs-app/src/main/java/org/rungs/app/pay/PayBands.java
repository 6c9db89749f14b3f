package org.rungs.app.pay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.progression.pay.BandPositions;
import org.rungs.progression.pay.BandsFile;
import org.rungs.progression.pay.SalaryBand;
import org.rungs.progression.pay.SalaryBands;
import org.springframework.stereotype.Component;

/**
 * The salary bands in force: those of {@code bands.yml} in the frameworks folder (reviewed like
 * frameworks, re-read when it changes) and those admins added on the bands page or by CSV. A {@code
 * bands.yml} with errors keeps its last good version and its problems are shown, as a broken
 * framework file's are.
 */
@Component
class PayBands {

  static final String FILE_NAME = "bands.yml";

  /** Everything needed to place people in bands, and what is wrong with the file, if anything. */
  record Current(SalaryBands bands, BandPositions positions, List<String> problems) {}

  private final FrameworkLibrary frameworks;
  private final PayRepository repository;
  private volatile FileTime readAt;
  private volatile BandsFile.Result lastGood = BandsFile.parse("", FILE_NAME);
  private volatile List<String> problems = List.of();

  PayBands(FrameworkLibrary frameworks, PayRepository repository) {
    this.frameworks = frameworks;
    this.repository = repository;
  }

  Current current() {
    readFileIfChanged();
    List<SalaryBand> all = new ArrayList<>(lastGood.bands());
    List<String> found = new ArrayList<>(problems);
    for (SalaryBand added : repository.bands()) {
      boolean clash = all.stream().anyMatch(band -> SalaryBands.conflict(band, added).isPresent());
      if (clash) {
        found.add("a band added in Rungs clashes with " + FILE_NAME + " and is left out: " + added);
      } else {
        all.add(added);
      }
    }
    return new Current(SalaryBands.of(all), lastGood.positions(), found);
  }

  /** Bands from the file alone, for the bands page to say where each comes from. */
  List<SalaryBand> fromFile() {
    readFileIfChanged();
    return lastGood.bands();
  }

  private synchronized void readFileIfChanged() {
    Path file = frameworks.directory().resolve(FILE_NAME);
    try {
      if (!Files.isRegularFile(file)) {
        if (readAt != null) {
          lastGood = BandsFile.parse("", FILE_NAME);
          problems = List.of();
          readAt = null;
        }
        return;
      }
      FileTime modified = Files.getLastModifiedTime(file);
      if (Objects.equals(modified, readAt)) {
        return;
      }
      readAt = modified;
      BandsFile.Result read =
          BandsFile.parse(Files.readString(file, StandardCharsets.UTF_8), FILE_NAME);
      problems = read.problems().stream().map(Object::toString).toList();
      if (read.isClean()) {
        lastGood = read;
      }
    } catch (IOException unreadable) {
      problems = List.of(FILE_NAME + ": cannot be read: " + unreadable.getMessage());
    }
  }
}
