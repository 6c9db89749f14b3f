package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.TestDatabases;
import org.rungs.app.web.Chrome;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What API answers and the API description give away, and what they keep. */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ApiResponsesTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  PersonRows people;

  @Autowired
  void personRows(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired Accounts accounts;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void apiAnswersAreNeverStoredByBrowsersOrProxiesRefusalsIncluded() throws Exception {
    long id =
        people.insert(
            new PersonRows.NewPerson(
                "cache@example.com",
                "Cai Cache",
                null,
                null,
                null,
                null,
                Role.MEMBER,
                List.of(),
                null));
    String token = accounts.newToken(people.findById(id).orElseThrow());

    for (HttpResponse<String> response :
        List.of(
            get("/api/v1/people", token),
            get("/api/v1/people/" + id, token),
            get("/api/v1/people/" + (id + 1000), token),
            get("/api/v1/people", null))) {
      assertThat(response.headers().firstValue("Cache-Control"))
          .as(response.uri() + " " + response.statusCode())
          .hasValue("no-store");
    }
  }

  @Test
  void theApiDescriptionIsPublicAsJsonAndAsYaml() throws Exception {
    assertThat(get("/api/docs", null).statusCode()).isEqualTo(200);
    HttpResponse<String> yaml = get("/api/docs.yaml", null);
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.body()).startsWith("openapi:");
  }

  @Test
  void theApiDescriptionNamesARelativeServerWhateverHostTheRequestNames() throws Exception {
    String description =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/docs")
                    .header("Host", "evil.example"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    JsonNode servers = JsonMapper.shared().readTree(description).get("servers");
    assertThat(servers).hasSize(1);
    assertThat(servers.get(0).get("url").asString()).isEqualTo("/");
    assertThat(description).doesNotContain("evil.example");
  }

  @Test
  void everyTextFieldOfARequestStatesItsLimitInTheDescription() throws Exception {
    JsonNode schemas =
        JsonMapper.shared()
            .readTree(get("/api/docs", null).body())
            .get("components")
            .get("schemas");

    ApiDescription.TEXT_FIELDS.forEach(
        (schema, fields) ->
            fields.forEach(
                (property, field) ->
                    assertThat(
                            schemas
                                .get(schema)
                                .get("properties")
                                .get(property)
                                .get("maxLength")
                                .asInt())
                        .as(schema + "." + property)
                        .isEqualTo(field.max())));
  }

  @Test
  void exportedPagesCarryTheLiveSitesPolicyWithoutWhatAMetaElementCannotSay() {
    assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
        .isEqualTo(Chrome.EXPORTED_PAGE_POLICY + "; frame-ancestors 'none'");
  }
}
