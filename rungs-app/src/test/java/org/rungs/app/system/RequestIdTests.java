package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request gets an id, in the response and in the log; with structured logging switched on (as
 * an operator would, by environment) each log line is one JSON object that carries it.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.structured.format.console=ecs", "logging.level.rungs.requests=info"})
class RequestIdTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @LocalServerPort int port;

  @Test
  void keepsASaneRequestIdFromTheLoadBalancer() throws Exception {
    HttpResponse<String> response =
        new OperatorHttp(port).get("/health/liveness", "X-Request-Id", "lb-1234.abc_DEF");

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("lb-1234.abc_DEF");
  }

  @Test
  void makesItsOwnIdWhenNoneOrAnInsaneOneIsSent() throws Exception {
    OperatorHttp http = new OperatorHttp(port);
    String none = http.get("/health/liveness").headers().firstValue("X-Request-Id").orElseThrow();
    String forged =
        http.get("/health/liveness", "X-Request-Id", "a\" injected=\"x <script>")
            .headers()
            .firstValue("X-Request-Id")
            .orElseThrow();

    assertThat(List.of(none, forged))
        .allSatisfy(id -> assertThat(id).matches("[0-9a-f-]{36}"))
        .doesNotHaveDuplicates();
  }

  @Test
  void logsEachRequestAsOneJsonLineWithItsIdAndRoute(CapturedOutput output) throws Exception {
    new OperatorHttp(port).get("/health/readiness", "X-Request-Id", "trace-me-42");

    JsonNode line =
        output
            .getOut()
            .lines()
            .filter(text -> text.contains("trace-me-42"))
            .map(text -> JsonMapper.shared().readTree(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no log line with the request id"));
    assertThat(line.get("@timestamp").asString()).isNotBlank();
    assertThat(line.get("log").get("level").asString()).isEqualTo("INFO");
    assertThat(line.get("log").get("logger").asString()).isEqualTo("rungs.requests");
    assertThat(line.get("requestId").asString()).isEqualTo("trace-me-42");
    assertThat(line.get("message").asString()).startsWith("GET /health/readiness 200 ");
  }
}
