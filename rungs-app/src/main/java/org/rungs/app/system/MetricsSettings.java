package org.rungs.app.system;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read {@code /metrics} besides admins: a scraper sending {@code Authorization: Bearer
 * TOKEN} with this token ({@code rungs.metrics.token}, or {@code RUNGS_METRICS_TOKEN}). Unset, only
 * signed-in admins may.
 *
 * @param token the scrape token, at least 16 characters; null for none
 */
@ConfigurationProperties("rungs.metrics")
record MetricsSettings(String token) {

  static final int SHORTEST_TOKEN = 16;

  MetricsSettings {
    token = token == null || token.isBlank() ? null : token.strip();
  }

  /**
   * The token, checked. Checked here rather than while binding: Spring Boot's report of a setting
   * that fails to bind prints its value, and this one is a secret.
   *
   * @throws IllegalStateException if it is too short to be safe; the message gives only its length
   */
  Optional<String> scrapeToken() {
    if (token != null && token.length() < SHORTEST_TOKEN) {
      throw new IllegalStateException(
          "rungs.metrics.token must be at least "
              + SHORTEST_TOKEN
              + " characters (e.g. from: openssl rand -hex 32), not "
              + token.length());
    }
    return Optional.ofNullable(token);
  }

  @Override
  public String toString() {
    return "MetricsSettings[token=" + (token == null ? "none" : "(set)") + "]";
  }
}
