package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small organisation in a running Rungs, reached over real HTTP with each member's API token:
 * head → lead → dev; other → outsider; and an admin. The contracts of the features that serve the
 * API (people, assessments, evidence, check-ins, standing) extend it and run against H2 and
 * PostgreSQL by their subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TestOrganisation {

  @LocalServerPort protected int port;
  protected PersonRows people;
  @Autowired protected Accounts accounts;
  @Autowired protected FrameworkLibrary frameworks;

  @Autowired
  void personRows(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  protected final HttpClient http = HttpClient.newHttpClient();

  /** The organisation: head → lead → dev; other → outsider; and an admin. */
  protected long head;

  protected long lead;
  protected long dev;
  protected long other;
  protected long outsider;
  protected String headToken;
  protected String leadToken;
  protected String devToken;
  protected String otherToken;
  protected String outsiderToken;
  protected String adminToken;
  protected Framework backend;

  @BeforeAll
  void organisation() {
    backend = frameworks.current().set().find("/engineering/backend").orElseThrow();
    head = add("head@example.com", "Hana Head", null, 5, Role.MEMBER);
    lead = add("lead@example.com", "Lee Lead", head, 4, Role.MEMBER);
    dev = add("dev@example.com", "Dee Dev", lead, 2, Role.MEMBER);
    other = add("other@example.com", "Otto Other", null, 4, Role.MEMBER);
    outsider = add("outsider@example.com", "Oona Outsider", other, 2, Role.MEMBER);
    long admin = add("people@example.com", "Pat People", null, null, Role.ADMIN);
    headToken = token(head);
    leadToken = token(lead);
    devToken = token(dev);
    otherToken = token(other);
    outsiderToken = token(outsider);
    adminToken = token(admin);
  }

  protected long add(String email, String name, Long manager, Integer level, Role role) {
    return people.insert(
        new PersonRows.NewPerson(
            email,
            name,
            manager,
            level == null ? null : "/engineering/backend",
            level,
            null,
            role,
            List.of(),
            null));
  }

  protected String token(long id) {
    return accounts.newToken(people.findById(id).orElseThrow());
  }

  protected HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  protected HttpResponse<String> put(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  protected HttpResponse<String> post(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  protected HttpResponse<String> postForm(String path, String token, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  protected static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  protected List<String> emailsSeenBy(String token) throws Exception {
    HttpResponse<String> response = get("/api/v1/people", token);
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> emails = new java.util.ArrayList<>();
    json(response).forEach(person -> emails.add(person.get("email").asString()));
    return emails;
  }

  protected String criterion(int level, int index) {
    List<Criterion> criteria =
        backend.topics().stream().flatMap(topic -> topic.criteriaAt(level).stream()).toList();
    return criteria.get(index).id().value();
  }
}
