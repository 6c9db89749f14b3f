package org.rungs.app.people;

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
    description = "Adds people who can sign in, and makes personal API tokens.",
    subcommands = {UsersCommand.Add.class, UsersCommand.Token.class})
public final class UsersCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say which: add or token");
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

  /** {@code rungs users token EMAIL}. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = "Prints a new personal API token (send it as 'Authorization: Bearer TOKEN').")
  static final class Token implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "EMAIL", description = "Whose token.")
    String email;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = DataCommands.start(database)) {
        var person = context.getBean(PersonRepository.class).findByEmail(email);
        if (person.isEmpty()) {
          spec.commandLine().getErr().println("rungs users token: no person with email " + email);
          return 1;
        }
        spec.commandLine().getOut().println(context.getBean(Accounts.class).newToken(person.get()));
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
