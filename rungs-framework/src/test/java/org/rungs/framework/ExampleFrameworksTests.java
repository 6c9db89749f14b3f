package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rungs' own example frameworks are content, and content is tested like code. */
class ExampleFrameworksTests {

  @Test
  void exampleFrameworksLoadWithoutASingleProblem() {
    FrameworkSet examples = Frameworks.load(SharedData.examples());

    assertThat(examples.problems()).isEmpty();
    assertThat(examples.files()).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void examplesShowOffInheritanceExamplesTablesAndExplicitIds() {
    FrameworkSet examples = Frameworks.load(SharedData.examples());

    assertThat(examples.generic()).isPresent();
    List<String> showingEverything =
        examples.frameworks().stream()
            .filter(framework -> framework.criteria().anyMatch(Criterion::isInherited))
            .filter(framework -> framework.criteria().anyMatch(Criterion::hasExamples))
            .filter(framework -> framework.body().contains("|---"))
            .map(Framework::path)
            .toList();
    assertThat(showingEverything).hasSizeGreaterThanOrEqualTo(4);
    assertThat(examples.frameworks().stream().flatMap(Framework::criteria))
        .anyMatch(criterion -> !criterion.id().value().matches(".*-[0-9a-f]{8}(-\\d+)?"));
    assertThat(examples.find("/"))
        .hasValueSatisfying(home -> assertThat(home.kind()).isEqualTo(FrameworkKind.TEXT));
  }
}
