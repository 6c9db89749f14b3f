package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenericInheritanceTests {

  private static final String GENERIC =
      """
      ---
      path: "/generic"
      title: "📄 Generic"
      yaml: true
      levels: 3
      topics:
        - name: "communication"
          title: "💬 Communication"
          content:
            - level: 1
              criteria:
                - "Listens"
              exampleCriteria:
                - criteria: "Generic example, never inherited"
                  examples: ["x"]
            - level: 3
              criteria:
                - "Explains to everyone"
        - name: "impact"
          title: "💥 Impact"
          content:
            - level: 2
              criteria:
                - "Delivers"
      ---
      """;

  private static final String BACKEND =
      """
      ---
      path: "/engineering/backend"
      title: "⚙️ Backend"
      yaml: true
      levels: 2
      topics:
        - name: "communication"
          title:
          content:
            - level: 1
              criteria:
                - "Writes PR descriptions"
              exampleCriteria:
                - criteria: "Knows the review tools"
                  examples: ["GitHub"]
        - name: "problem-solving"
          title:
          content:
            - level: 2
              criteria:
                - "Debugs"
      ---
      """;

  private static FrameworkSet load(String... files) {
    List<FrameworkParser.Parsed> parsed = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      names.add("file" + i + ".md");
      parsed.add(FrameworkParser.parse(files[i], names.get(i)));
    }
    return Frameworks.resolve(names, parsed, List.of());
  }

  @Test
  void inheritsGenericTopicTitle() {
    Framework backend = load(GENERIC, BACKEND).find("/engineering/backend").orElseThrow();

    assertThat(backend.topics().get(0).title()).isEqualTo("💬 Communication");
  }

  @Test
  void showsOwnThenExampleThenGenericCriteria() {
    Framework backend = load(GENERIC, BACKEND).find("/engineering/backend").orElseThrow();

    List<Criterion> level1 = backend.topics().get(0).criteriaAt(1);
    assertThat(level1)
        .extracting(Criterion::text)
        .containsExactly("Writes PR descriptions", "Knows the review tools", "Listens");
    assertThat(level1).extracting(Criterion::from).containsExactly(null, null, "/generic");
    assertThat(level1.get(1).examples()).containsExactly("GitHub");
  }

  @Test
  void doesNotInheritGenericExampleCriteria() {
    Framework backend = load(GENERIC, BACKEND).find("/engineering/backend").orElseThrow();

    assertThat(backend.criteria())
        .noneMatch(criterion -> criterion.text().startsWith("Generic example"));
  }

  @Test
  void inheritsNothingAboveItsOwnLevels() {
    Framework backend = load(GENERIC, BACKEND).find("/engineering/backend").orElseThrow();

    assertThat(backend.topics().get(0).levels()).extracting(TopicLevel::level).containsExactly(1);
  }

  @Test
  void givesATopicWithoutTitleOrGenericMatchAReadableTitle() {
    Framework alone = load(BACKEND).find("/engineering/backend").orElseThrow();

    assertThat(alone.topics())
        .extracting(Topic::title)
        .containsExactly("Communication", "Problem Solving");
    assertThat(alone.criteria()).noneMatch(Criterion::isInherited);
  }

  @Test
  void genericFrameworkDoesNotInheritFromItself() {
    Framework generic = load(GENERIC, BACKEND).generic().orElseThrow();

    assertThat(generic.topics().get(0).criteriaAt(1))
        .extracting(Criterion::text)
        .containsExactly("Listens", "Generic example, never inherited");
  }

  @Test
  void inheritedCriteriaKeepTheGenericFrameworksIds() {
    FrameworkSet set = load(GENERIC, BACKEND);
    Criterion inGeneric = set.generic().orElseThrow().topics().get(0).criteriaAt(1).get(0);
    Criterion inherited =
        set.find("/engineering/backend").orElseThrow().topics().get(0).criteriaAt(1).get(2);

    assertThat(inherited.id()).isEqualTo(inGeneric.id());
  }

  @Test
  void reportsTwoFilesWithTheSamePathAndKeepsTheFirstByName() {
    FrameworkSet set = load(BACKEND, BACKEND.replace("⚙️ Backend", "Other"));

    assertThat(set.frameworks())
        .singleElement()
        .satisfies(f -> assertThat(f.source()).isEqualTo("file0.md"));
    assertThat(set.problems())
        .singleElement()
        .hasToString(
            "file1.md:2:7: error RUNGS014: path \"/engineering/backend\" is also used by file0.md;"
                + " that file is shown and this one is ignored");
  }

  @Test
  void loadsTheGoodFilesOfAFolderWithBrokenOnes() {
    FrameworkSet set = load(GENERIC, "---\npath: [\n---\n", BACKEND);

    assertThat(set.frameworks()).hasSize(2);
    assertThat(set.problemsOf("file1.md")).singleElement().matches(Problem::isError);
  }

  @Test
  void loadsTheSeedWithItsFiveTopicsAtTheirLevels() {
    Framework devops = Frameworks.load(SharedData.seed()).frameworks().get(0);

    assertThat(devops.title()).isEqualTo("♾️ DevOps Engineering Framework");
    assertThat(devops.levels()).isEqualTo(4);
    assertThat(devops.topics())
        .extracting(Topic::title)
        .containsExactly(
            "Communication", "Impact", "🛠️ Mastery", "👩‍💼 Leadership", "✨ Influence");
    Topic leadership = devops.topics().get(3);
    assertThat(leadership.levels()).extracting(TopicLevel::level).containsExactly(3, 4);
    Topic mastery = devops.topics().get(2);
    assertThat(mastery.criteriaAt(1))
        .hasSize(7)
        .last()
        .satisfies(c -> assertThat(c.examples()).hasSize(7));
    assertThat(devops.criteria()).hasSize(120);
  }
}
