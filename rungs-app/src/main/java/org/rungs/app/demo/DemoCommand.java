package org.rungs.app.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rungs.app.RungsApplication;
import org.rungs.app.system.DatabaseOptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rungs demo --people N}: a made-up organisation in an empty database. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Fills an empty database with a made-up organisation, to try Rungs out or to measure it:"
          + " a reporting tree, levels, assessments, evidence and check-ins.",
      "Prints one-time passwords for an admin, a manager of managers, a manager and one of their"
          + " reports.",
      "Exit status: 0 done, 1 the database already has people, 2 wrong usage."
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(
      names = "--people",
      required = true,
      paramLabel = "N",
      description = "How many people, 1 to " + DemoOrganisation.MAX_PEOPLE + ".")
  int people;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description =
          "The same seed makes the same people (names, reporting lines, levels). Default:"
              + " ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() {
    if (people < 1 || people > DemoOrganisation.MAX_PEOPLE) {
      throw new ParameterException(
          spec.commandLine(),
          "--people must be 1 to " + DemoOrganisation.MAX_PEOPLE + ", not " + people);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try (ConfigurableApplicationContext context = start(database)) {
      DemoOrganisation.Summary summary =
          context
              .getBean(DemoOrganisation.class)
              .generate(
                  people,
                  seed,
                  step -> {
                    err.printf(
                        Locale.ROOT,
                        "rungs demo: %5.1f s  %s%n",
                        (System.nanoTime() - started) / 1e9,
                        step);
                    err.flush();
                  });
      print(summary, (System.nanoTime() - started) / 1e9, out);
      return 0;
    } catch (DemoOrganisation.Refused refused) {
      err.println("rungs demo: " + refused.getMessage());
      err.flush();
      return 1;
    }
  }

  private static void print(DemoOrganisation.Summary summary, double seconds, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Made %d people (%d managers, %d levels of management deep), %d assessments,"
            + " %d evidence items and %d check-ins (%d open) in %.1f s (%.1f s with start-up).%n",
        summary.people(),
        summary.managers(),
        summary.depth(),
        summary.assessments(),
        summary.evidence(),
        summary.checkIns(),
        summary.openCheckIns(),
        summary.elapsed().toMillis() / 1000.0,
        seconds);
    for (Map.Entry<String, Integer> framework : summary.frameworks().entrySet()) {
      out.printf("    %-28s %6d people%n", framework.getKey(), framework.getValue());
    }
    out.printf("%nSign in at /login with these one-time passwords:%n%n");
    int roleWidth = 0;
    int emailWidth = 0;
    for (DemoOrganisation.Login login : summary.logins()) {
      roleWidth = Math.max(roleWidth, login.role().length());
      emailWidth = Math.max(emailWidth, login.email().length());
    }
    for (DemoOrganisation.Login login : summary.logins()) {
      out.printf(
          "    %-" + roleWidth + "s  %-" + emailWidth + "s  %s  (%s)%n",
          login.role(),
          login.email(),
          login.oneTimePassword(),
          login.name());
    }
    if (!summary.planted().isEmpty()) {
      out.println();
      summary.planted().forEach(out::println);
    }
    out.flush();
  }

  /** Starts Rungs without its web server (as the other data commands do). */
  private static ConfigurableApplicationContext start(DatabaseOptions database) {
    List<String> args = new ArrayList<>(database.springArguments());
    return new SpringApplicationBuilder(RungsApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
