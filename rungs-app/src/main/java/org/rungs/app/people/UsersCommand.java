package org.rungs.app.people;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rungs.app.system.DatabaseOptions;
import org.rungs.progression.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rungs users}: accounts from the command line. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Adds people who can sign in, and makes, lists and revokes personal API tokens.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.Token.class,
      UsersCommand.Tokens.class,
      UsersCommand.Revoke.class
    })
public final class UsersCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say which: add, token, tokens or revoke");
  }

  /** {@code rungs users add EMAIL --name NAME [--role admin|member]}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a person who can sign in and prints their one-time password.",
        "For someone who already exists, prints a new one-time password instead."
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "EMAIL", description = "Their email address, used to sign in.")
    String email;

    @Option(names = "--name", description = "Their name (needed for someone new).")
    String name;

    @Option(
        names = "--role",
        defaultValue = "member",
        description = "admin or member. Default: ${DEFAULT-VALUE}.")
    String role;

    @Override
    public Integer call() {
      Role chosen;
      try {
        chosen = Role.valueOf(role.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new ParameterException(
            spec.commandLine(), "--role must be admin or member, not '" + role + "'");
      }
      try (ConfigurableApplicationContext context = DataCommands.start(database)) {
        Accounts.NewAccount account =
            context.getBean(Accounts.class).addOrReset(email, name, chosen);
        spec.commandLine()
            .getOut()
            .printf(
                "%s (%s) can sign in with this one-time password:%n%n    %s%n",
                account.person().email(),
                account.person().role().name().toLowerCase(Locale.ROOT),
                account.oneTimePassword());
        spec.commandLine().getOut().flush();
        return 0;
      } catch (IllegalArgumentException invalid) {
        spec.commandLine().getErr().println("rungs users add: " + invalid.getMessage());
        return 1;
      }
    }
  }

  /** {@code rungs users token EMAIL [--name NAME] [--expires 90d|DATE]}. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = {
        "Prints a new personal API token (send it as 'Authorization: Bearer TOKEN').",
        "List tokens with 'rungs users tokens EMAIL', revoke one with 'rungs users revoke ID'",
        "(or on the account page, /me/account)."
      })
  static final class Token implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "EMAIL", description = "Whose token.")
    String email;

    @Option(names = "--name", description = "What the token is for, as lists show it.")
    String name;

    @Option(
        names = "--expires",
        paramLabel = "DAYS|DATE",
        description = "When it stops working: a number of days (90d) or a date (2027-06-30, UTC).")
    String expires;

    @Override
    public Integer call() {
      Instant expiresAt = expiry(spec, expires);
      try (ConfigurableApplicationContext context = DataCommands.start(database)) {
        var person = context.getBean(PersonRepository.class).findByEmail(email);
        if (person.isEmpty()) {
          spec.commandLine().getErr().println("rungs users token: no person with email " + email);
          return 1;
        }
        ApiTokens.NewToken token =
            context.getBean(ApiTokens.class).create(person.get(), name, expiresAt, null);
        spec.commandLine().getOut().println(token.secret());
        spec.commandLine().getOut().flush();
        // On stderr, so that scripts can take the token from stdout alone.
        spec.commandLine()
            .getErr()
            .printf(
                "Token %d for %s%s. It is shown only now. List tokens with: rungs users tokens %s;"
                    + " revoke this one with: rungs users revoke %d%n",
                token.id(),
                person.get().email(),
                expiresAt == null ? ", never expires" : ", expires " + expiresAt,
                person.get().email(),
                token.id());
        return 0;
      } catch (IllegalArgumentException invalid) {
        spec.commandLine().getErr().println("rungs users token: " + invalid.getMessage());
        return 1;
      }
    }
  }

  /** {@code rungs users tokens EMAIL}. */
  @Command(
      name = "tokens",
      mixinStandardHelpOptions = true,
      description = "Lists a person's API tokens (never the tokens themselves).")
  static final class Tokens implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "EMAIL", description = "Whose tokens.")
    String email;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = DataCommands.start(database)) {
        var person = context.getBean(PersonRepository.class).findByEmail(email);
        if (person.isEmpty()) {
          spec.commandLine().getErr().println("rungs users tokens: no person with email " + email);
          return 1;
        }
        ApiTokens tokens = context.getBean(ApiTokens.class);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "%-6s %-24s %-20s %-20s %-20s %s%n",
            "ID", "NAME", "MADE", "LAST USED", "EXPIRES", "STATE");
        for (ApiTokens.Token token : tokens.of(person.get().id())) {
          AccountPage.Token shown = AccountPage.token(token, tokens.now());
          out.printf(
              "%-6d %-24s %-20s %-20s %-20s %s%n",
              token.id(),
              shown.name(),
              shown.created(),
              shown.lastUsed(),
              shown.expires(),
              shown.state());
        }
        out.flush();
        return 0;
      }
    }
  }

  /** {@code rungs users revoke ID}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = {
        "Revokes an API token by its number (from 'rungs users tokens EMAIL').",
        "Exit codes: 0 revoked, 1 no such active token."
      })
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "ID", description = "The token's number.")
    long id;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = DataCommands.start(database)) {
        ApiTokens tokens = context.getBean(ApiTokens.class);
        boolean revoked =
            tokens.ownerOf(id).map(owner -> tokens.revoke(owner, id, null)).orElse(false);
        if (!revoked) {
          spec.commandLine().getErr().println("rungs users revoke: no active token " + id);
          return 1;
        }
        spec.commandLine().getOut().println("Token " + id + " is revoked.");
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }

  /** {@code --expires}: {@code 90d} or {@code 2027-06-30}, the end of that day in UTC. */
  static Instant expiry(CommandSpec spec, String expires) {
    if (expires == null) {
      return null;
    }
    String text = expires.strip();
    try {
      if (text.matches("[0-9]{1,4}d")) {
        return Instant.now()
            .plus(Duration.ofDays(Long.parseLong(text.substring(0, text.length() - 1))));
      }
      return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException wrong) {
      throw new ParameterException(
          spec.commandLine(),
          "--expires must be a number of days (90d) or a date (2027-06-30), not '" + expires + "'");
    }
  }
}
