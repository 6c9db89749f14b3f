package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.PersonRows;
import org.rungs.framework.Framework;
import org.rungs.progression.Role;
import org.rungs.progression.TextField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every text field people write, at every entry (page forms, the JSON API, the CSV import): its
 * limit is checked with a 400 that names the field, characters no text may hold are refused, and
 * what is already stored cannot break a page or a PDF. Run against H2 and PostgreSQL, where a
 * U+0000 in a note failed at write time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputContract {

  @LocalServerPort int port;
  PersonRows people;

  @Autowired
  void personRows(JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired Accounts accounts;
  @Autowired FrameworkLibrary frameworks;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.shared();
  private long person;
  private String personToken;
  private String managerToken;
  private String criterion;

  @BeforeAll
  void organisation() {
    Framework backend = frameworks.current().set().find("/engineering/backend").orElseThrow();
    criterion =
        backend.topics().stream()
            .flatMap(topic -> topic.criteriaAt(2).stream())
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    long manager = add("manager@example.com", "Mo Manager", null, Role.MEMBER);
    person = add("person@example.com", "Pia Person", manager, Role.MEMBER);
    add("admin@example.com", "Ada Admin", null, Role.ADMIN);
    personToken = accounts.newToken(people.findById(person).orElseThrow());
    managerToken = accounts.newToken(people.findById(manager).orElseThrow());
  }

  private long add(String email, String name, Long manager, Role role) {
    return people.insert(
        new PersonRows.NewPerson(
            email, name, manager, "/engineering/backend", 2, null, role, List.of(), null));
  }

  // ---- The API ----

  @Test
  void anEvidenceLinkOverItsLimitIsA400NamingTheLinkNotAServerError() throws Exception {
    String atLimit = "https://example.com/" + "a".repeat(TextField.EVIDENCE_LINK.max() - 20);

    assertThat(addEvidence(evidence("Shipped it", atLimit)).statusCode()).isEqualTo(201);
    HttpResponse<String> over = addEvidence(evidence("Shipped it", atLimit + "a"));
    assertThat(over.statusCode()).isEqualTo(400);
    assertThat(errors(over).get("link").asString())
        .isEqualTo("a link has at most 2000 characters, this one has 2001");
  }

  @Test
  void anEvidenceNoteOverItsLimitIsA400NamingTheNote() throws Exception {
    String atLimit = "n".repeat(TextField.EVIDENCE_NOTE.max());

    assertThat(addEvidence(evidence(atLimit, null)).statusCode()).isEqualTo(201);
    HttpResponse<String> over = addEvidence(evidence(atLimit + "n", null));
    assertThat(over.statusCode()).isEqualTo(400);
    assertThat(errors(over).has("note")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u000B", "\u001B", "\uFFFE", "\uD800", "\u0085"})
  void controlCharactersInAnEvidenceNoteAreA400(String character) throws Exception {
    // Written as a JSON escape, as a client would send a lone surrogate or U+0000.
    String escaped = String.format("\\u%04x", (int) character.charAt(0));
    HttpResponse<String> response =
        addEvidence(
            "{\"note\":\"Ran the" + escaped + "review\",\"criterionIds\":[\"" + criterion + "\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(errors(response).get("note").asString()).startsWith("note has ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example@example.com/",
        "https://example.com/\u202Egepj.exe",
        "https://example.com/\u2066x",
        "javascript:alert(1)",
        "https://example.com/\u0000"
      })
  void spoofingAndNonWebLinksAreA400NamingTheLink(String link) throws Exception {
    HttpResponse<String> response = addEvidence(evidence("Shipped it", link));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(errors(response).has("link")).isTrue();
  }

  @Test
  void anAssessmentNoteOverItsLimitOrWithAControlCharacterIsA400NamingTheNote() throws Exception {
    String path = "/api/v1/people/" + person + "/assessments/" + criterion;
    String atLimit = "n".repeat(TextField.ASSESSMENT_NOTE.max());

    HttpResponse<String> over = send("PUT", path, personToken, assessment(atLimit + "n", 0));
    HttpResponse<String> control = send("PUT", path, personToken, assessment("a\u0000b", 0));
    HttpResponse<String> fits = send("PUT", path, personToken, assessment(atLimit, 0));

    assertThat(over.statusCode()).isEqualTo(400);
    assertThat(errors(over).get("note").asString())
        .isEqualTo("a note has at most 2000 characters, this one has 2001");
    assertThat(control.statusCode()).isEqualTo(400);
    assertThat(errors(control).has("note")).isTrue();
    assertThat(fits.statusCode()).isEqualTo(200);
  }

  @Test
  void aCheckInSummaryAndAConfirmationNoteAreCheckedLikeEveryOtherText() throws Exception {
    String base = "/api/v1/people/" + person + "/check-ins";
    assertThat(send("POST", base, personToken, "").statusCode()).isEqualTo(201);
    JsonNode checkIn = json.readTree(send("GET", base, personToken, null).body()).get(0);
    String at = base + "/" + checkIn.get("id").asLong();
    send("POST", at + "/step", personToken, "{\"version\":" + version(base) + "}");
    send("POST", at + "/step", managerToken, "{\"version\":" + version(base) + "}");

    String summary = "s".repeat(TextField.CHECK_IN_SUMMARY.max());
    HttpResponse<String> overLong =
        send("POST", at + "/agreement", managerToken, agreement(summary + "s", version(base)));
    HttpResponse<String> control =
        send("POST", at + "/agreement", managerToken, agreement("a\u001Bb", version(base)));
    assertThat(overLong.statusCode()).isEqualTo(400);
    assertThat(errors(overLong).get("summary").asString())
        .isEqualTo("a summary has at most 4000 characters, this one has 4001");
    assertThat(control.statusCode()).isEqualTo(400);
    assertThat(errors(control).has("summary")).isTrue();
    assertThat(
            send("POST", at + "/agreement", managerToken, agreement(summary, version(base)))
                .statusCode())
        .isEqualTo(200);

    String note = "d".repeat(TextField.CONFIRMATION_NOTE.max());
    HttpResponse<String> overLongNote =
        send("POST", at + "/confirmation", personToken, dispute(note + "d", version(base)));
    HttpResponse<String> nul =
        send("POST", at + "/confirmation", personToken, dispute("a\u0000b", version(base)));
    assertThat(overLongNote.statusCode()).isEqualTo(400);
    assertThat(errors(overLongNote).has("note")).isTrue();
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(errors(nul).has("note")).isTrue();
    assertThat(
            send("POST", at + "/confirmation", personToken, dispute(note, version(base)))
                .statusCode())
        .isEqualTo(200);
  }

  // ---- Page forms ----

  @Test
  void theEvidenceFormComesBackWithTheReasonAndWhatWasTyped() throws Exception {
    String link = "https://example.com/" + "a".repeat(2000);
    MockHttpServletResponse page =
        mvc.perform(
                post("/people/" + person + "/evidence/")
                    .header("Authorization", bearer("person@example.com"))
                    .with(csrf())
                    .param("note", "Led the <b>incident</b> review")
                    .param("link", link)
                    .param("happenedOn", LocalDate.now().minusDays(1).toString())
                    .param("criterionIds", criterion))
            .andReturn()
            .getResponse();

    assertThat(page.getStatus()).isEqualTo(400);
    String html = page.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        // Issue 10: the field as the form names it, not its parameter.
        .contains("<strong>Link</strong>: a link has at most 2000 characters, this one has 2020")
        .contains("Led the &lt;b&gt;incident&lt;/b&gt; review</textarea>")
        .contains("value=\"" + link + "\"")
        .contains("value=\"" + LocalDate.now().minusDays(1) + "\"")
        .containsPattern("value=\"" + criterion + "\" checked");
  }

  @Test
  void theAssessFormComesBackWithTheReasonAndTheNoteThatWasTyped() throws Exception {
    String note = "x".repeat(2000) + "y";
    MockHttpServletResponse page =
        mvc.perform(
                post("/people/" + person + "/assess/2/")
                    .header("Authorization", bearer("person@example.com"))
                    .with(csrf())
                    .param("status." + criterion, "DEMONSTRATED")
                    .param("was." + criterion, "")
                    .param("version." + criterion, "0")
                    .param("note." + criterion, note)
                    .param("wasNote." + criterion, ""))
            .andReturn()
            .getResponse();

    assertThat(page.getStatus()).isEqualTo(400);
    assertThat(page.getContentAsString(StandardCharsets.UTF_8))
        // Issue 10: the criterion by its words, not its id.
        .contains("the note: a note has at most 2000 characters")
        .doesNotContain("note of " + criterion)
        .contains("value=\"" + note + "\"");
  }

  @Test
  void theCheckInFormsComeBackWithTheReasonAndWhatWasTyped() throws Exception {
    long manager = add("pm@example.com", "Pam Manager", null, Role.MEMBER);
    long pageUser = add("pp@example.com", "Pip Page", manager, Role.MEMBER);
    String token = accounts.newToken(people.findById(pageUser).orElseThrow());
    String managerToken = accounts.newToken(people.findById(manager).orElseThrow());
    String base = "/api/v1/people/" + pageUser + "/check-ins";
    send("POST", base, token, "");
    long checkIn = json.readTree(send("GET", base, token, null).body()).get(0).get("id").asLong();
    send(
        "POST",
        base + "/" + checkIn + "/step",
        token,
        "{\"version\":" + version(base, token) + "}");
    send(
        "POST",
        base + "/" + checkIn + "/step",
        managerToken,
        "{\"version\":" + version(base, token) + "}");

    MockHttpServletResponse agree =
        mvc.perform(
                post("/people/" + pageUser + "/check-ins/")
                    .header("Authorization", bearer("pm@example.com"))
                    .with(csrf())
                    .param("action", "agree")
                    .param("checkIn", Long.toString(checkIn))
                    .param("version", Integer.toString(version(base, token)))
                    .param("summary", "Agreed\u001B[31m in red"))
            .andReturn()
            .getResponse();
    assertThat(agree.getStatus()).isEqualTo(400);
    assertThat(agree.getContentAsString(StandardCharsets.UTF_8))
        .contains("summary has a control character (U+001B) at character 7")
        .contains(">Agreed\u001B[31m in red</textarea>");

    send(
        "POST",
        base + "/" + checkIn + "/agreement",
        managerToken,
        agreement("Fine", version(base, token)));
    MockHttpServletResponse dispute =
        mvc.perform(
                post("/people/" + pageUser + "/check-ins/")
                    .header("Authorization", bearer("pp@example.com"))
                    .with(csrf())
                    .param("action", "dispute")
                    .param("checkIn", Long.toString(checkIn))
                    .param("version", Integer.toString(version(base, token)))
                    .param("note", "n".repeat(2001)))
            .andReturn()
            .getResponse();
    assertThat(dispute.getStatus()).isEqualTo(400);
    assertThat(dispute.getContentAsString(StandardCharsets.UTF_8))
        .contains("a note has at most 2000 characters, this one has 2001")
        .contains(">" + "n".repeat(2001) + "</textarea>");
  }

  @Test
  void aPeopleFileWithAControlCharacterInANameIsRefusedAtItsRow() throws Exception {
    String csv =
        "email,name,manager_email,framework,level\n"
            + "new@example.com,New\u0007Person,,/engineering/backend,1\n";
    MockHttpServletResponse page =
        mvc.perform(
                multipart("/admin/people/import")
                    .file(
                        new MockMultipartFile(
                            "file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .header("Authorization", bearer("admin@example.com"))
                    .with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(page.getStatus()).isEqualTo(400);
    assertThat(page.getContentAsString(StandardCharsets.UTF_8))
        .contains("line 2 (name): error: name has a control character (U+0007) at character 4");
    assertThat(people.findByEmail("new@example.com")).isEmpty();
  }

  // ---- What was stored before ----

  @Test
  void pdfsPrintTextStoredWithControlCharactersInsteadOfFailing() throws Exception {
    long stored = add("stored@example.com", "Stored Person", null, Role.MEMBER);
    String bad = "Bell\u0007 tab\u000B escape\u001B nonchar\uFFFE end";
    jdbc.sql("update person set name = ? where id = ?")
        .params("Sto\u0007red " + bad, stored)
        .update();
    jdbc.sql("insert into evidence (person_id, note, link, happened_on) values (?, ?, ?, ?)")
        .params(stored, bad, "https://evil.example@example.com/\u202Ex", LocalDate.now())
        .update();
    long evidence =
        jdbc.sql("select max(id) from evidence where person_id = ?")
            .param(stored)
            .query(Long.class)
            .single();
    jdbc.sql("insert into evidence_criterion (evidence_id, criterion_id) values (?, ?)")
        .params(evidence, criterion)
        .update();
    String token = accounts.newToken(people.findById(stored).orElseThrow());

    HttpResponse<byte[]> onePager = pdf("/people/" + stored + "/one-pager.pdf", token);
    HttpResponse<byte[]> promotion = pdf("/people/" + stored + "/promotion/3.pdf", token);
    HttpResponse<String> evidencePage =
        send("GET", "/people/" + stored + "/evidence/", token, null);

    assertThat(onePager.statusCode()).isEqualTo(200);
    assertThat(new String(onePager.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(promotion.statusCode()).isEqualTo(200);
    assertThat(evidencePage.statusCode()).isEqualTo(200);
    assertThat(evidencePage.body()).contains("<span class=\"link-host\">(example.com)</span>");
  }

  @Test
  void everyTextFieldFitsItsColumnAtItsLimit() {
    Map<TextField, List<String>> columns =
        Map.ofEntries(
            Map.entry(TextField.NAME, List.of("person.name")),
            Map.entry(TextField.EMAIL, List.of("person.email")),
            Map.entry(
                TextField.ASSESSMENT_NOTE,
                List.of(
                    "assessment.self_note", "assessment.manager_note", "assessment.agreed_note")),
            Map.entry(TextField.EVIDENCE_NOTE, List.of("evidence.note")),
            Map.entry(TextField.EVIDENCE_LINK, List.of("evidence.link")),
            Map.entry(TextField.CHECK_IN_SUMMARY, List.of("check_in.summary")),
            Map.entry(TextField.CONFIRMATION_NOTE, List.of("check_in.confirmation_note")),
            Map.entry(TextField.LEVEL_NOTE, List.of("level_history.note")),
            Map.entry(TextField.FEEDBACK_TEXT, List.of("feedback.body")),
            Map.entry(TextField.FEEDBACK_REPLY, List.of("feedback.reply")),
            Map.entry(TextField.ROUND_NAME, List.of("pay_round.name")),
            Map.entry(TextField.RAISE_REASON, List.of("pay_round_proposal.reason")));

    assertThat(columns).containsOnlyKeys(TextField.values());
    columns.forEach(
        (field, names) ->
            names.forEach(
                name ->
                    assertThat(
                            jdbc.sql(
                                    "select character_maximum_length from information_schema.columns"
                                        + " where table_name = ? and column_name = ?")
                                .params(name.split("\\.")[0], name.split("\\.")[1])
                                .query(Integer.class)
                                .single())
                        .as(name)
                        .isGreaterThanOrEqualTo(field.max())));
  }

  // ---- Helpers ----

  private HttpResponse<String> addEvidence(String body) throws Exception {
    return send("POST", "/api/v1/people/" + person + "/evidence", personToken, body);
  }

  private String evidence(String note, String link) {
    ObjectNode body = json.createObjectNode();
    body.put("note", note);
    if (link != null) {
      body.put("link", link);
    }
    body.putArray("criterionIds").add(criterion);
    return body.toString();
  }

  private String assessment(String note, int version) {
    return json.writeValueAsString(
        Map.of("view", "self", "status", "demonstrated", "note", note, "version", version));
  }

  private String agreement(String summary, int version) {
    return json.writeValueAsString(
        Map.of("statuses", Map.of(), "focus", List.of(), "summary", summary, "version", version));
  }

  private String dispute(String note, int version) {
    return json.writeValueAsString(Map.of("confirmed", false, "note", note, "version", version));
  }

  private int version(String checkIns) throws Exception {
    return version(checkIns, personToken);
  }

  private int version(String checkIns, String token) throws Exception {
    return json.readTree(send("GET", checkIns, token, null).body()).get(0).get("version").asInt();
  }

  private static JsonNode errors(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body()).get("errors");
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> pdf(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * A token for the person with {@code email}: since sessions follow the database, a mock user
   * without a session row is signed out before the page sees them, so the forms are posted as a
   * script with a token would.
   */
  private String bearer(String email) {
    return "Bearer " + accounts.newToken(people.findByEmail(email).orElseThrow());
  }
}
