package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad input is expected of people's files: it gives problems, never an exception. */
class PayFilesNeverThrowTests {

  static final String BANDS_YML =
      """
      currency: GBP
      positions: {B: 0.25, C: 0.5, D: 0.75}
      bands:
        - framework: /eng/*
          zone: london
          from: 2026-01-01
          levels:
            1: {min: 30000, max: 40000}
            2: {min: 45000, max: 60000}
      """;

  static final String BANDS_CSV =
      "framework,level,zone,currency,min,max,effective_from\n"
          + "/eng/*,2,london,GBP,45000,60000,2026-01-01\n";

  static final String PAY_CSV =
      "email,effective_from,reason,currency,base_salary,fte,variable_pay,zone,sex\n"
          + "ann@example.com,2026-01-01,hire,GBP,52000,0.8,1000,london,female\n";

  static final String NOISE = "\"',:{}[]-#&*!|>%@`\n\r\t \u0000\uFEFF0123456789.eE/=+ aé";

  /** {@code text} with a few characters replaced, inserted or deleted at random. */
  static String mutate(String text, Random random) {
    StringBuilder mutated = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && mutated.length() > 0; i++) {
      int at = random.nextInt(mutated.length());
      char noise = NOISE.charAt(random.nextInt(NOISE.length()));
      switch (random.nextInt(3)) {
        case 0 -> mutated.setCharAt(at, noise);
        case 1 -> mutated.insert(at, noise);
        default -> mutated.deleteCharAt(at);
      }
    }
    return mutated.toString();
  }

  @Test
  void readsEveryMutationOfTheFilesWithoutThrowing() {
    Random random = new Random(11);
    for (int i = 0; i < 1000; i++) {
      String yml = mutate(BANDS_YML, random);
      String bands = mutate(BANDS_CSV, random);
      String pay = mutate(PAY_CSV, random);
      assertThatCode(() -> BandsFile.parse(yml, "bands.yml")).as(yml).doesNotThrowAnyException();
      assertThatCode(() -> BandsCsv.read(bands, Map.of("/eng/backend", 4)))
          .as(bands)
          .doesNotThrowAnyException();
      assertThatCode(() -> PayImport.read(pay, Set.of("ann@example.com")))
          .as(pay)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void readsTheUnmutatedFilesCleanly() {
    assertThat(BandsFile.parse(BANDS_YML, "bands.yml").problems()).isEmpty();
    assertThat(BandsCsv.read(BANDS_CSV, Map.of()).problems()).isEmpty();
    assertThat(PayImport.read(PAY_CSV, Set.of("ann@example.com")).problems()).isEmpty();
  }

  @Test
  void reportsAnEmptyOrHeaderOnlyFile() {
    assertThat(BandsFile.parse("", "bands.yml").problems()).hasSize(1);
    assertThat(BandsCsv.read("", Map.of()).isClean()).isFalse();
    assertThat(PayImport.read("\uFEFF", Set.of()).isClean()).isFalse();
    assertThat(
            PayImport.read("email,effective_from,reason,currency,base_salary\n", Set.of())
                .isClean())
        .isTrue();
  }
}
