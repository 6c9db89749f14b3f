package org.rungs.app.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.rungs.app.cli.Rungs;
import picocli.CommandLine;

/** One run of the {@code rungs} command line, with what it printed. */
public record CommandRun(int exitCode, String out, String err) {

  public static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Rungs.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
