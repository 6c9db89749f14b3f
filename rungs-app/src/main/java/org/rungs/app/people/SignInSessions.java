package org.rungs.app.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The browser sessions people are signed in with, kept in the database so that they can be listed
 * and ended: by their owner, and whenever their password or role changes. The servlet session holds
 * only a random key; {@link #account} reads the row and its person on every request, so an ended
 * session is signed out at its next request, on every instance.
 */
@Component
class SignInSessions {

  /** The servlet session attribute that holds the key. */
  static final String KEY = SignInSessions.class.getName() + ".KEY";

  /** Last use is written at most this often, so that reading a page does not always write. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  /** A session as its owner sees it. */
  record SignInSession(
      long id, Instant createdAt, Instant lastUsedAt, String client, Method method) {}

  /** Who a session is signed in as, read now from the database. */
  record Account(long sessionId, long personId, String email, Role role, boolean mustChange) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration idle;

  /**
   * @param idle how long the server keeps an unused session ({@code
   *     server.servlet.session.timeout}); a row unused for longer is of a session that no longer
   *     exists
   */
  SignInSessions(JdbcClient jdbc, @Value("${server.servlet.session.timeout:30m}") Duration idle) {
    this.jdbc = jdbc;
    this.clock = Clock.systemUTC();
    this.idle = idle.plus(TOUCH_EVERY);
  }

  /** How a session was signed in. */
  enum Method {
    PASSWORD,
    /** OpenID Connect single sign-on: there is no password to replace. */
    SSO;

    String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Records a new session of {@code personId}, signed in with a password; returns its key. */
  String start(long personId, String client) {
    return start(personId, client, Method.PASSWORD);
  }

  /** Records a new session of {@code personId}, signed in by {@code method}; returns its key. */
  String start(long personId, String client, Method method) {
    String key = Accounts.randomSecret(32);
    OffsetDateTime now = now();
    // Sessions the server let expire leave their rows behind; each sign-in sweeps them.
    jdbc.sql("delete from person_session where last_used_at < ?").param(now.minus(idle)).update();
    jdbc.sql(
            "insert into person_session (session_key, person_id, created_at, last_used_at, client,"
                + " sign_in_method) values (?, ?, ?, ?, ?, ?)")
        .params(key, personId, now, now, clip(client, 300), method.column())
        .update();
    return key;
  }

  /** The person the session with {@code key} is signed in as, or empty if it was ended. */
  Optional<Account> account(String key) {
    record Row(Account account, OffsetDateTime lastUsed) {}
    Optional<Row> row =
        jdbc.sql(
                """
                select s.id, s.last_used_at, p.id as person_id, p.email, p.role,
                       p.password_must_change and s.sign_in_method = 'password' as must_change
                from person_session s join person p on p.id = s.person_id
                where s.session_key = ? and p.deactivated_at is null
                """)
            .param(key)
            .query(
                (rs, n) ->
                    new Row(
                        new Account(
                            rs.getLong("id"),
                            rs.getLong("person_id"),
                            rs.getString("email"),
                            Role.valueOf(rs.getString("role")),
                            rs.getBoolean("must_change")),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
            .optional();
    row.filter(r -> r.lastUsed().toInstant().plus(TOUCH_EVERY).isBefore(clock.instant()))
        .ifPresent(
            r ->
                jdbc.sql("update person_session set last_used_at = ? where id = ?")
                    .params(now(), r.account().sessionId())
                    .update());
    return row.map(Row::account);
  }

  /** {@code personId}'s sessions, most recently used first. */
  List<SignInSession> of(long personId) {
    return jdbc.sql(
            "select id, created_at, last_used_at, client, sign_in_method from person_session"
                + " where person_id = ?"
                + " and last_used_at >= ? order by last_used_at desc, id desc")
        .params(personId, now().minus(idle))
        .query(
            (rs, n) ->
                new SignInSession(
                    rs.getLong("id"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("last_used_at", OffsetDateTime.class).toInstant(),
                    rs.getString("client"),
                    Method.valueOf(
                        rs.getString("sign_in_method").toUpperCase(java.util.Locale.ROOT))))
        .list();
  }

  /** Ends one of {@code personId}'s sessions; false if they have no such session. */
  boolean end(long personId, long sessionId) {
    return jdbc.sql("delete from person_session where id = ? and person_id = ?")
            .params(sessionId, personId)
            .update()
        == 1;
  }

  /** Ends the session with {@code key}, as signing out does. */
  void end(String key) {
    jdbc.sql("delete from person_session where session_key = ?").param(key).update();
  }

  /** Ends every session of {@code personId}: after a password reset or a change of role. */
  int endAll(long personId) {
    return jdbc.sql("delete from person_session where person_id = ?").param(personId).update();
  }

  /** Ends every session of {@code personId} but the one with {@code keep}. */
  int endOthers(long personId, String keep) {
    return jdbc.sql("delete from person_session where person_id = ? and session_key <> ?")
        .params(personId, keep)
        .update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  static String clip(String text, int length) {
    if (text == null) {
      return "";
    }
    // A header can carry anything; what is shown back to its owner is plain printable text.
    text = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
