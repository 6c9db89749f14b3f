package org.rungs.app.people;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * A person's own account page: their sessions and API tokens, each of which they can end.
 *
 * @param newToken the token just made, shown only now, or {@code null}
 * @param notice what was just done, or {@code null}
 * @param error why the last form was refused, or {@code null}
 * @param passwords whether people sign in with passwords here (else only with single sign-on)
 */
public record AccountPage(
    Chrome chrome,
    List<Session> sessions,
    List<Token> tokens,
    ApiTokens.NewToken newToken,
    String notice,
    String error,
    Csrf csrf,
    boolean passwords) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /**
   * A session, and whether it is the one this page was asked from; {@code singleSignOn} when it was
   * signed in with single sign-on rather than a password.
   */
  public record Session(
      long id,
      String created,
      String lastUsed,
      String client,
      boolean current,
      boolean singleSignOn) {}

  /** A token as listed, with its state in words. */
  public record Token(
      long id, String name, String created, String lastUsed, String expires, String state) {
    public boolean revocable() {
      return "active".equals(state);
    }
  }

  static String when(Instant instant) {
    return instant == null ? "—" : WHEN.format(instant);
  }

  static Token token(ApiTokens.Token token, Instant now) {
    String state =
        token.revokedAt() != null
            ? "revoked " + when(token.revokedAt())
            : token.isActive(now) ? "active" : "expired";
    return new Token(
        token.id(),
        token.name() == null ? "—" : token.name(),
        when(token.createdAt()),
        token.lastUsedAt() == null ? "never" : when(token.lastUsedAt()),
        token.expiresAt() == null ? "never" : when(token.expiresAt()),
        state);
  }
}
