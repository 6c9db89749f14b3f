package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Addresses that are not how Rungs writes them, over real HTTP: an id has exactly one spelling, and
 * a malformed request is the caller's mistake, answered without a server error in the log.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BadAddressTests {

  @LocalServerPort int port;
  PersonRows people;

  @Autowired
  void personRows(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired Accounts accounts;

  private final HttpClient http = HttpClient.newHttpClient();
  private long id;
  private String token;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @BeforeAll
  void person() {
    id =
        people.insert(
            new PersonRows.NewPerson(
                "ids@example.com",
                "Ida Ids",
                null,
                "/engineering/backend",
                2,
                null,
                Role.ADMIN,
                List.of(),
                null));
    token = accounts.newToken(people.findById(id).orElseThrow());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOneSpellingOfAnIdIsFound() throws Exception {
    assertThat(get("/api/v1/people/" + id).statusCode()).isEqualTo(200);
    assertThat(get("/people/" + id + "/").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x%s", "+%s", "00%s", "%s%%20", "%%20%s", "arabic", "%s.0", "-0"})
  void everyOtherSpellingOfAnIdIsNotFound(String spelling, CapturedOutput output) throws Exception {
    String written =
        spelling.equals("arabic")
            ? arabicIndic(Long.toString(id))
            : spelling.equals("0x%s") ? "0x" + Long.toHexString(id) : String.format(spelling, id);

    HttpResponse<String> api = get("/api/v1/people/" + written);
    HttpResponse<String> page = get("/people/" + written + "/");
    HttpResponse<String> pdf = get("/people/" + written + "/one-pager.pdf");

    assertThat(api.statusCode()).as(written).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(page.statusCode()).as(written).isEqualTo(404);
    assertThat(page.body()).contains("<html");
    assertThat(pdf.statusCode()).as(written).isEqualTo(404);
    assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("Exception");
  }

  @Test
  void aLevelHasOneSpellingToo() throws Exception {
    assertThat(get("/people/" + id + "/assess/2/").statusCode()).isEqualTo(200);
    assertThat(get("/people/" + id + "/assess/02/").statusCode()).isEqualTo(404);
    assertThat(get("/people/" + id + "/assess/+2/").statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/search/?q=%ff%fe%00",
        "/?q=%ff%fe%00",
        "/?q=%c3%28",
        "/api/v1/people?q=%ff",
        "/people/1/?q=%ff"
      })
  void aMalformedQueryIsABadRequestNotAServerError(String path, CapturedOutput output)
      throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("\tat ");
  }

  private static String arabicIndic(String digits) {
    StringBuilder out = new StringBuilder();
    digits.chars().forEach(c -> out.appendCodePoint(0x0660 + (c - '0')));
    return java.net.URLEncoder.encode(out.toString(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
