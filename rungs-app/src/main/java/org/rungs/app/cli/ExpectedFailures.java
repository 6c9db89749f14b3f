package org.rungs.app.cli;

import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command says when it fails for a reason its user can fix: one line naming the reason and
 * what to do, with exit status 1, instead of a stack trace. Anything else is a bug, and its stack
 * trace is what a bug report needs.
 */
final class ExpectedFailures implements IExecutionExceptionHandler {

  /** H2's "Database may be already in use": another process holds the embedded database. */
  private static final int DATABASE_ALREADY_OPEN = 90020;

  /** H2's "Connection is broken": the process that served the database to others has stopped. */
  private static final int CONNECTION_BROKEN = 90067;

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parsed) throws Exception {
    String reason = reasonFor(failure);
    if (reason == null) {
      throw failure;
    }
    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + reason);
    commandLine.getErr().flush();
    return 1;
  }

  /** The one line to print for an expected failure, or {@code null} for a bug. */
  static String reasonFor(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        if (sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
          return "the database is in use by another program (an older rungs serve?); stop it, or"
              + " give this command the same --db-url as the server";
        }
        if (sql.getErrorCode() == CONNECTION_BROKEN) {
          return "lost the connection to the database (did rungs serve stop?); run the command"
              + " again";
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
