package org.rungs.app.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.rungs.app.audit.AuditTrail;
import org.rungs.progression.Role;
import org.rungs.progression.TextField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in: one-time passwords for new accounts and personal API tokens. Passwords are stored
 * only as adaptive hashes, tokens only as SHA-256 digests: a copy of the database gives neither.
 */
@Service
public class Accounts {

  /** A new account and the password to give its owner once. */
  public record NewAccount(Person person, String oneTimePassword) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PersonRepository people;
  private final PasswordEncoder passwords;
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  public Accounts(
      PersonRepository people, PasswordEncoder passwords, JdbcClient jdbc, AuditTrail audit) {
    this.people = people;
    this.passwords = passwords;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Adds a person who can sign in, or gives an existing one a new password.
   *
   * @throws IllegalArgumentException if the email or name is not usable
   */
  @Transactional
  public NewAccount addOrReset(String email, String name, Role role) {
    String normalised = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    requireUsable(TextField.EMAIL, normalised);
    if (!normalised.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("'" + email + "' is not an email address");
    }
    String password = randomSecret(12);
    String hash = passwords.encode(password);
    Optional<Person> existing = people.findByEmail(normalised);
    long id;
    if (existing.isPresent()) {
      id = existing.get().id();
      people.setPassword(id, hash);
      audit.record(null, "person", Long.toString(id), "password-reset", null, null);
    } else {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a new person needs a name (--name)");
      }
      requireUsable(TextField.NAME, name);
      id =
          people.insert(
              new PersonRepository.NewPerson(
                  normalised, name, null, null, null, null, role, List.of(), hash));
      audit.record(null, "person", Long.toString(id), "created", null, normalised + " " + role);
    }
    return new NewAccount(people.findById(id).orElseThrow(), password);
  }

  /** A new personal API token for {@code person}; only its digest is kept. */
  @Transactional
  public String newToken(Person person) {
    String token = "rungs_" + randomSecret(32);
    jdbc.sql("insert into api_token (person_id, token_hash) values (?, ?)")
        .params(person.id(), digest(token))
        .update();
    audit.record(null, "person", Long.toString(person.id()), "token-created", null, null);
    return token;
  }

  /** The person a token belongs to, if it is one of ours. */
  public Optional<Person> personForToken(String token) {
    if (token == null || !token.startsWith("rungs_")) {
      return Optional.empty();
    }
    return jdbc.sql("select person_id from api_token where token_hash = ?")
        .param(digest(token))
        .query(Long.class)
        .optional()
        .flatMap(people::findById);
  }

  private static void requireUsable(TextField field, String text) {
    Optional<String> problem = field.problem(text);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  static String randomSecret(int bytes) {
    byte[] secret = new byte[bytes];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
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
