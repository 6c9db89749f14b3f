package org.rungs.app.people;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.rungs.app.audit.AuditTrail;
import org.rungs.progression.Role;
import org.rungs.progression.TextField;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in: one-time passwords for new accounts and personal API tokens. Passwords are stored
 * only as adaptive hashes, tokens only as SHA-256 digests: a copy of the database gives neither.
 */
@Service
public class Accounts {

  /**
   * A password just issued. Serializable because the people page keeps it in the session for one
   * redirect (sessions live in the database), so that a reload cannot issue another; it is removed
   * from the session when shown.
   */
  public record NewAccount(Person person, String oneTimePassword) implements java.io.Serializable {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PersonRepository people;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final SignInSessions sessions;
  private final ApiTokens tokens;

  Accounts(
      PersonRepository people,
      PasswordEncoder passwords,
      AuditTrail audit,
      SignInSessions sessions,
      ApiTokens tokens) {
    this.people = people;
    this.passwords = passwords;
    this.audit = audit;
    this.sessions = sessions;
    this.tokens = tokens;
  }

  /**
   * Adds a person who can sign in, or gives an existing one a new password and ends all their
   * sessions. The password is one-time: its owner must replace it when they next sign in.
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
      people.setPassword(id, hash, true);
      sessions.endAll(id);
      audit.record(null, "person", Long.toString(id), "password-reset", null, null);
    } else {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a new person needs a name (--name)");
      }
      requireUsable(TextField.NAME, name);
      id =
          people.insert(
              new PersonRepository.NewPerson(
                  normalised, name, null, null, null, null, role, List.of(), null));
      people.setPassword(id, hash, true);
      audit.record(null, "person", Long.toString(id), "created", null, normalised + " " + role);
    }
    return new NewAccount(people.findById(id).orElseThrow(), password);
  }

  /** What a person's own change of password came to. */
  public sealed interface PasswordChange {
    /** Changed; every other session of the person was ended. */
    record Changed() implements PasswordChange {}

    /** Not changed, and why, in words for the person. */
    record Refused(String reason) implements PasswordChange {}
  }

  /**
   * Changes {@code person}'s password to one they chose, if {@code current} is their password now
   * and the new one meets {@link PasswordPolicy}; ends their other sessions (all but {@code
   * keepSession}, the one they changed it from).
   */
  @Transactional
  PasswordChange changePassword(
      Person person, String current, String chosen, String repeated, String keepSession) {
    String hash = people.passwordHash(person.email()).orElse(null);
    if (hash == null || current == null || !passwords.matches(current, hash)) {
      return new PasswordChange.Refused("Your current password is not right.");
    }
    if (chosen == null || !chosen.equals(repeated)) {
      return new PasswordChange.Refused("The two new passwords differ.");
    }
    if (chosen.equals(current)) {
      return new PasswordChange.Refused("Choose a password other than the current one.");
    }
    var refusal = PasswordPolicy.refusal(chosen, person.email(), person.name());
    if (refusal.isPresent()) {
      return new PasswordChange.Refused(refusal.get());
    }
    people.setPassword(person.id(), passwords.encode(chosen), false);
    if (keepSession == null) {
      sessions.endAll(person.id());
    } else {
      sessions.endOthers(person.id(), keepSession);
    }
    audit.record(person.id(), "person", Long.toString(person.id()), "password-changed", null, null);
    return new PasswordChange.Changed();
  }

  /**
   * A new personal API token for {@code person}, with no name and no expiry; only its digest is
   * kept. See {@link ApiTokens#create} for named tokens that expire.
   */
  public String newToken(Person person) {
    return tokens.create(person, null, null, null).secret();
  }

  /** The person a token belongs to, if it is one of ours, not expired and not revoked. */
  public Optional<Person> personForToken(String token) {
    return tokens.owner(token).flatMap(people::findById);
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
}
