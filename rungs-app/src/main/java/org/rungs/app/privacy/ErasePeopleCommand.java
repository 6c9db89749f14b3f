package org.rungs.app.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rungs.app.people.Leavers;
import org.rungs.app.system.DatabaseOptions;
import org.rungs.app.system.Refusal;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rungs people erase EMAIL} erases one person's personal data; {@code rungs people erase
 * --due} erases everyone past the retention period ({@code --dry-run} lists them).
 */
@Command(
    name = "erase",
    mixinStandardHelpOptions = true,
    description = {
      "Erases a person's personal data (see docs/privacy.md for what goes and what stays).",
      "Asks to type their email to confirm unless --yes. A person who has not left is refused",
      "unless --active-too. With --due instead of EMAIL: everyone who left longer ago than",
      "rungs.privacy.retention; --dry-run lists them and erases nobody.",
      "Exit status: 0 done, 1 refused or not confirmed, 2 wrong usage."
    })
public final class ErasePeopleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Parameters(arity = "0..1", paramLabel = "EMAIL", description = "Whose data.")
  String email;

  @Option(names = "--due", description = "Everyone due under rungs.privacy.retention.")
  boolean due;

  @Option(names = "--dry-run", description = "With --due: list who is due; erase nobody.")
  boolean dryRun;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  boolean yes;

  @Option(names = "--active-too", description = "Erase the person even if they have not left.")
  boolean activeToo;

  @Override
  public Integer call() throws IOException {
    if (due == (email != null)) {
      throw new ParameterException(spec.commandLine(), "give either EMAIL or --due");
    }
    if (dryRun && !due) {
      throw new ParameterException(spec.commandLine(), "--dry-run goes with --due");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = PrivacyCommands.start(database)) {
      int status = due ? eraseDue(context, out) : eraseOne(context, out);
      out.flush();
      return status;
    }
  }

  private int eraseOne(ConfigurableApplicationContext context, PrintWriter out) throws IOException {
    Optional<Leavers.Standing> found = context.getBean(Leavers.class).byEmail(email);
    if (found.isEmpty()) {
      out.println("there is no person " + email + ".");
      return 1;
    }
    Leavers.Standing standing = found.get();
    if (!standing.hasLeft() && !activeToo) {
      out.println(email + " has not left: add --active-too to erase an active person.");
      return 1;
    }
    if (!yes
        && !confirmed(out, "Type " + email + " to erase their personal data for good: ", email)) {
      out.println("not confirmed: nothing erased.");
      return 1;
    }
    Optional<Refusal> refused = context.getBean(Erasures.class).erase(standing, null);
    if (refused.isPresent()) {
      out.println(refused.get().reason() + ".");
      return 1;
    }
    out.println("erased the personal data of person " + standing.person().id() + ".");
    return 0;
  }

  private int eraseDue(ConfigurableApplicationContext context, PrintWriter out) throws IOException {
    Retention retention = context.getBean(Retention.class);
    if (retention.settings().retention() == null) {
      out.println("rungs.privacy.retention is not set: nobody is due.");
      return 0;
    }
    List<Leavers.Standing> due = retention.due();
    for (Leavers.Standing standing : due) {
      out.printf(
          "%s (person %d) left %s%n",
          standing.person().email(), standing.person().id(), standing.leftAt());
    }
    if (dryRun || due.isEmpty()) {
      out.printf("%d due (dry run: nothing erased).%n", due.size());
      return 0;
    }
    if (!yes && !confirmed(out, "Type erase to erase these " + due.size() + ": ", "erase")) {
      out.println("not confirmed: nothing erased.");
      return 1;
    }
    out.printf("erased %d.%n", retention.eraseDue());
    return 0;
  }

  private static boolean confirmed(PrintWriter out, String question, String expected)
      throws IOException {
    out.print(question);
    out.flush();
    String answer =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    return answer != null && answer.strip().equalsIgnoreCase(expected);
  }
}
