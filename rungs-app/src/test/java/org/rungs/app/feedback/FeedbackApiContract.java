package org.rungs.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.rungs.app.people.Person;
import org.rungs.app.people.TestOrganisation;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.FrameworkEdit;
import org.rungs.framework.FrameworkEditor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feedback through the API: anyone signed in gives it; only an owner of the framework (OWNERS names
 * the lead for {@code /engineering/}) or an admin accepts or rejects it; an accepted example is
 * written into the file, nothing else changed, and committed. Run against H2 and PostgreSQL by its
 * subclasses, each over a git repository of the example frameworks made with JGit.
 */
abstract class FeedbackApiContract extends TestOrganisation {

  @Autowired FeedbackBoard board;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** The example frameworks in a fresh git repository, the lead owning engineering. */
  static Path gitFolder() {
    try {
      Path folder = Files.createTempDirectory("rungs-feedback-api-");
      Path examples = Path.of("..", "frameworks");
      try (Stream<Path> files = Files.walk(examples)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (!file.getFileName().toString().equals("README.md")) {
            Path copy = folder.resolve(examples.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Files.writeString(folder.resolve("OWNERS"), "/engineering/ lead@example.com\n");
      try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
        git.add().addFilepattern(".").call();
        PersonIdent setUp = new PersonIdent("Set Up", "setup@example.com");
        git.commit()
            .setMessage("Frameworks")
            .setAuthor(setUp)
            .setCommitter(setUp)
            .setSign(false)
            .call();
      }
      return folder;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The subjects of the messages queued for {@code personId}. */
  private java.util.List<String> outbox(long personId) {
    return jdbc.sql("select subject from notification_outbox where person_id = ? order by id")
        .param(personId)
        .query(String.class)
        .list();
  }

  @Test
  void onlyAnOwnerOrAdminAcceptsAndAnAcceptedExampleIsWrittenAndCommitted() throws Exception {
    Criterion criterion =
        backend.topics().stream()
            .flatMap(topic -> topic.levels().stream())
            .flatMap(level -> level.criteria().stream())
            .filter(c -> !c.isInherited() && !c.hasExamples())
            .skip(1)
            .findFirst()
            .orElseThrow();
    Path file = frameworks.directory().resolve(backend.source());
    byte[] before = Files.readAllBytes(file);
    String example = "Paired with support to reproduce a customer's failing payment";

    HttpResponse<String> given =
        post(
            "/api/v1/feedback",
            devToken,
            "{\"framework\":\"/engineering/backend\",\"criterionId\":\""
                + criterion.id().value()
                + "\",\"kind\":\"example\",\"text\":\""
                + example
                + "\"}");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    long id = json(given).get("id").asLong();
    assertThat(outbox(lead))
        .as("the owner is told, in the transaction that gave it")
        .anyMatch(subject -> subject.startsWith("Dee Dev gave a"));

    assertThat(post("/api/v1/feedback/" + id + "/accept", devToken, "{}").statusCode())
        .as("the author is no owner")
        .isEqualTo(403);
    assertThat(post("/api/v1/feedback/" + id + "/accept", otherToken, "{}").statusCode())
        .isEqualTo(403);
    assertThat(post("/api/v1/feedback/" + (id + 1000) + "/accept", leadToken, "{}").statusCode())
        .isEqualTo(404);
    // Without a token or a session's CSRF token, the CSRF check refuses it first.
    assertThat(post("/api/v1/feedback/" + id + "/accept", null, "{}").statusCode()).isIn(401, 403);

    HttpResponse<String> accepted = post("/api/v1/feedback/" + id + "/accept", leadToken, "{}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).get("status").asString()).isEqualTo("accepted");
    assertThat(outbox(dev)).as("the author is told").anyMatch(s -> s.endsWith("was accepted"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("the example, and nothing else changed")
        .isEqualTo(
            FrameworkEditor.apply(
                    before, backend.source(), new FrameworkEdit.AddExample(criterion.id(), example))
                .text());
    try (Git git = Git.open(frameworks.directory().toFile())) {
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      assertThat(head.getId().name()).isEqualTo(json(accepted).get("commit").asString());
      assertThat(head.getCommitterIdent().getEmailAddress()).isEqualTo("lead@example.com");
      assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("lead@example.com");
      assertThat(head.getFullMessage()).contains("Co-authored-by: Dee Dev <dev@example.com>");
      assertThat(git.status().call().isClean()).isTrue();
    }
    assertThat(post("/api/v1/feedback/" + id + "/accept", leadToken, "{}").statusCode())
        .as("decided already")
        .isEqualTo(409);
  }

  @Test
  void badFeedbackIsRefusedByFieldAndRejectingNeedsAReason() throws Exception {
    HttpResponse<String> bad =
        post(
            "/api/v1/feedback",
            devToken,
            "{\"framework\":\"/engineering/backend\",\"kind\":\"rant\",\"text\":\"  \"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("errors").has("kind")).isTrue();
    assertThat(json(bad).get("errors").has("text")).isTrue();
    HttpResponse<String> noCriterion =
        post(
            "/api/v1/feedback",
            devToken,
            "{\"framework\":\"/engineering/backend\",\"kind\":\"unclear\",\"text\":\"Huh?\"}");
    assertThat(json(noCriterion).get("errors").has("criterionId")).isTrue();
    HttpResponse<String> tooLong =
        post(
            "/api/v1/feedback",
            devToken,
            "{\"framework\":\"/engineering/backend\",\"kind\":\"comment\",\"text\":\""
                + "x".repeat(4001)
                + "\"}");
    assertThat(json(tooLong).get("errors").get("text").asString()).contains("4000");

    long id =
        json(post(
                "/api/v1/feedback",
                outsiderToken,
                "{\"framework\":\"/engineering/backend\",\"kind\":\"comment\",\"text\":\"More"
                    + " examples at level 2, please\"}"))
            .get("id")
            .asLong();
    assertThat(post("/api/v1/feedback/" + id + "/reject", leadToken, "{}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> rejected =
        post("/api/v1/feedback/" + id + "/reject", adminToken, "{\"reason\":\"Coming in May\"}");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(json(rejected).get("status").asString()).isEqualTo("rejected");
  }

  @Test
  void anAnonymousAuthorIsNamedToAdminsOnly() throws Exception {
    long id =
        json(post(
                "/api/v1/feedback",
                devToken,
                "{\"framework\":\"/engineering/backend\",\"kind\":\"question\","
                    + "\"text\":\"Who decides?\",\"anonymous\":true}"))
            .get("id")
            .asLong();
    Person admin = people.findByEmail("people@example.com").orElseThrow();
    Person peer = people.findByEmail("outsider@example.com").orElseThrow();
    Person author = people.findByEmail("dev@example.com").orElseThrow();

    assertThat(board.find(peer, id).orElseThrow().author()).isNull();
    assertThat(board.find(admin, id).orElseThrow().author()).isEqualTo("Dee Dev");
    assertThat(board.find(author, id).orElseThrow().author()).isEqualTo("Dee Dev");
  }

  @Test
  void aCriterionInheritedFromGenericGoesToGenericsOwners() throws Exception {
    Criterion inherited =
        backend.criteria().filter(Criterion::isInherited).findFirst().orElseThrow();
    long id =
        json(post(
                "/api/v1/feedback",
                devToken,
                "{\"framework\":\"/engineering/backend\",\"criterionId\":\""
                    + inherited.id().value()
                    + "\",\"kind\":\"unclear\",\"text\":\"What is meant?\"}"))
            .get("id")
            .asLong();

    assertThat(board.find(people.findById(dev).orElseThrow(), id).orElseThrow().framework())
        .isEqualTo(inherited.from());
    assertThat(post("/api/v1/feedback/" + id + "/accept", leadToken, "{}").statusCode())
        .as("the lead owns /engineering/, not /generic")
        .isEqualTo(403);
    assertThat(new CriterionId(inherited.id().value())).isEqualTo(inherited.id());
  }
}
