package org.rungs.app.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Slack incoming webhook: one JSON message, {@code {"text": ...}}, with the link in Slack's
 * {@code <url|label>} form. Slack escapes nothing itself, so {@code &}, {@code <} and {@code >} in
 * the text are escaped as its documentation asks.
 */
@Component
class SlackChannel {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  // Made for the first message, not with the bean: an HTTP client sets up TLS (the JDK's trusted
  // certificates and all), which was a part of every start-up, and most installations never send
  // anything to Slack.
  private final SingletonSupplier<HttpClient> http =
      SingletonSupplier.of(
          () ->
              HttpClient.newBuilder()
                  .connectTimeout(Duration.ofSeconds(5))
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build());

  void send(String webhook, String subject, String text, Optional<String> link)
      throws IOException, InterruptedException {
    ObjectNode message = JSON.createObjectNode();
    message.put(
        "text",
        "*"
            + escape(subject)
            + "*\n"
            + escape(text)
            + link.map(url -> "\n<" + escape(url) + "|Open it in Rungs>").orElse(""));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(webhook))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
            .build();
    HttpResponse<Void> response =
        http.obtain().send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("the webhook answered " + response.statusCode());
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
