package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for tests over real HTTP: it keeps its cookies and follows redirects to any host as a
 * browser does (the JDK's client gives up after five, and a sign-in through a provider takes more).
 */
final class HttpBrowser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final int port;

  HttpBrowser(int port) {
    this.port = port;
  }

  /** Rungs' page at {@code path}, after any redirects. */
  HttpResponse<String> get(String path) throws Exception {
    return open(rungs(path));
  }

  /** Follows the sign-in page's "Sign in with" link through the provider and back. */
  HttpResponse<String> signInWithSso() throws Exception {
    return get("/oauth2/authorization/sso");
  }

  /** Posts a form (already encoded) to Rungs, without following a redirect. */
  HttpResponse<String> post(String path, String form) throws Exception {
    return client.send(
        HttpRequest.newBuilder(rungs(path))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Any address, after any redirects. */
  HttpResponse<String> open(URI uri) throws Exception {
    for (int hop = 0; ; hop++) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
              HttpResponse.BodyHandlers.ofString());
      var location = response.headers().firstValue("Location");
      if (response.statusCode() / 100 != 3 || location.isEmpty()) {
        return response;
      }
      assertThat(hop).as("redirects from %s", uri).isLessThan(10);
      uri = uri.resolve(location.get());
    }
  }

  /** The value of the cookie {@code name}, or empty. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  /** The CSRF token of a page's form. */
  static String csrf(String page) {
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("the page has a CSRF token").isTrue();
    return token.group(1);
  }

  private URI rungs(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
