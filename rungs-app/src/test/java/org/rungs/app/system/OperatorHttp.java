package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests to a running test server as an operator's tools and a browser send them. */
final class OperatorHttp {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client;

  OperatorHttp(int port) {
    this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
  }

  private OperatorHttp(int port, HttpClient client) {
    this.port = port;
    this.client = client;
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in with the form, as a browser does; the status of the answer (302 either way). */
  HttpResponse<String> signIn(String email, String password) throws Exception {
    Matcher token = CSRF.matcher(get("/login").body());
    assertThat(token.find()).as("the sign-in page has a CSRF token").isTrue();
    String form =
        "username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    return client.send(
        HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
