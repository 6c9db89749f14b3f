package org.rungs.app.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.rungs.app.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made with an optional name and expiry, listed and revoked by their owner
 * (and by admins), refused once expired or revoked. Only a SHA-256 digest of a token is kept, so a
 * copy of the database gives none; the token itself is shown once, when it is made.
 */
@Service
public class ApiTokens {

  /** A token as listed: never the secret. */
  public record Token(
      long id,
      long personId,
      String name,
      Instant createdAt,
      Instant lastUsedAt,
      Instant expiresAt,
      Instant revokedAt) {

    /** Whether it still signs requests in at {@code now}. */
    public boolean isActive(Instant now) {
      return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
  }

  /** A new token: its id, and its secret, shown only now. */
  public record NewToken(long id, String secret) {}

  static final int NAME_LENGTH = 100;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = Clock.systemUTC();
  }

  /**
   * A new token for {@code person}.
   *
   * @param name what it is for, or {@code null}
   * @param expiresAt when it stops working, or {@code null} for never
   * @param actorId who made it, or {@code null} for the command line
   */
  @Transactional
  public NewToken create(Person person, String name, Instant expiresAt, Long actorId) {
    String clean = name == null || name.isBlank() ? null : name.strip();
    if (clean != null && clean.length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "a token's name has at most " + NAME_LENGTH + " characters, not " + clean.length());
    }
    if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
      throw new IllegalArgumentException("a token's expiry must be in the future: " + expiresAt);
    }
    String secret = "rungs_" + Accounts.randomSecret(32);
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into api_token (person_id, token_hash, name, expires_at, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(person.id(), digest(secret), clean, at(expiresAt), at(clock.instant()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    audit.record(
        actorId,
        "person",
        Long.toString(person.id()),
        "token-created",
        null,
        "token " + id + (expiresAt == null ? "" : " expires " + expiresAt));
    return new NewToken(id, secret);
  }

  /** Whose token this is, if it is ours and neither expired nor revoked. */
  Optional<Long> owner(String secret) {
    if (secret == null || !secret.startsWith("rungs_")) {
      return Optional.empty();
    }
    record Row(long id, long personId, OffsetDateTime lastUsed) {}
    OffsetDateTime now = at(clock.instant());
    Optional<Row> row =
        jdbc.sql(
                "select id, person_id, last_used_at from api_token t where token_hash = ?"
                    + " and revoked_at is null and (expires_at is null or expires_at > ?)"
                    // A deactivated person's tokens are refused at once, and work again if they
                    // are reactivated.
                    + " and not exists (select 1 from person p where p.id = t.person_id"
                    + " and p.deactivated_at is not null)")
            .params(digest(secret), now)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
            .optional();
    // Last use to the minute is enough to tell a forgotten token; it spares a write per request.
    row.filter(r -> r.lastUsed() == null || r.lastUsed().plusMinutes(1).isBefore(now))
        .ifPresent(
            r ->
                jdbc.sql("update api_token set last_used_at = ? where id = ?")
                    .params(now, r.id())
                    .update());
    return row.map(Row::personId);
  }

  /** {@code personId}'s tokens, newest first, revoked and expired ones included. */
  public List<Token> of(long personId) {
    return jdbc.sql(
            "select id, person_id, name, created_at, last_used_at, expires_at, revoked_at"
                + " from api_token where person_id = ? order by created_at desc, id desc")
        .param(personId)
        .query(
            (rs, n) ->
                new Token(
                    rs.getLong("id"),
                    rs.getLong("person_id"),
                    rs.getString("name"),
                    instant(rs.getObject("created_at", OffsetDateTime.class)),
                    instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                    instant(rs.getObject("expires_at", OffsetDateTime.class)),
                    instant(rs.getObject("revoked_at", OffsetDateTime.class))))
        .list();
  }

  /**
   * Revokes token {@code tokenId} of {@code personId}.
   *
   * @return false if the person has no such token that is not already revoked
   */
  @Transactional
  public boolean revoke(long personId, long tokenId, Long actorId) {
    boolean revoked =
        jdbc.sql(
                    "update api_token set revoked_at = ? where id = ? and person_id = ?"
                        + " and revoked_at is null")
                .params(at(clock.instant()), tokenId, personId)
                .update()
            == 1;
    if (revoked) {
      audit.record(
          actorId, "person", Long.toString(personId), "token-revoked", null, "token " + tokenId);
    }
    return revoked;
  }

  /** The owner of token {@code tokenId}, for admins revoking by id. */
  public Optional<Long> ownerOf(long tokenId) {
    return jdbc.sql("select person_id from api_token where id = ?")
        .param(tokenId)
        .query(Long.class)
        .optional();
  }

  Instant now() {
    return clock.instant();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
