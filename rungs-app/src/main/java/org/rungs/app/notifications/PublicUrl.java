package org.rungs.app.notifications;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach this Rungs at ({@code rungs.public-url}), which links in messages start
 * with. A message never guesses it from a request (whose Host header anyone can set): without it,
 * messages with a link are not sent, and that is logged once.
 */
@Component
class PublicUrl {

  private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

  private final String base;
  private final AtomicBoolean warned = new AtomicBoolean();

  PublicUrl(@Value("${rungs.public-url:}") String base) {
    String trimmed = base == null ? "" : base.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    this.base = trimmed;
  }

  /** The absolute address of {@code path}, or empty if no public URL is configured. */
  Optional<String> of(String path) {
    if (base.isEmpty()) {
      if (warned.compareAndSet(false, true)) {
        log.warn(
            "notifications with links are not sent: set rungs.public-url to the address people"
                + " reach Rungs at");
      }
      return Optional.empty();
    }
    return Optional.of(base + path);
  }
}
