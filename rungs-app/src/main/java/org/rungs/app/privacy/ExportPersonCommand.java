package org.rungs.app.privacy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rungs.app.people.Leavers;
import org.rungs.app.system.DatabaseOptions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rungs people export EMAIL --out FILE}: a person's data, as on their page. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes everything Rungs holds about one person to a ZIP: personal-data.json, a readable",
      "summary.html and a README.txt. The export is recorded in the audit trail.",
      "Exit status: 0 written, 1 no such person, 2 wrong usage."
    })
public final class ExportPersonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Parameters(paramLabel = "EMAIL", description = "Whose data.")
  String email;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The ZIP to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = PrivacyCommands.start(database)) {
      var standing = context.getBean(Leavers.class).byEmail(email);
      if (standing.isEmpty()) {
        console.println("there is no person " + email + "; nothing written.");
        console.flush();
        return 1;
      }
      byte[] zip = context.getBean(PersonalDataExport.class).zip(standing.get().person(), null);
      Files.write(out, zip);
      console.printf("wrote the personal data of %s to %s (%d bytes).%n", email, out, zip.length);
      console.flush();
      return 0;
    }
  }
}
