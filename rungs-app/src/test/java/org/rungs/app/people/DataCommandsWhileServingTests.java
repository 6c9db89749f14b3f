package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.system.DatabaseOptions;
import org.rungs.app.testing.CommandRun;

/**
 * Issue 10, defect 2: the data commands the start-up banner suggests work while {@code rungs serve}
 * holds the embedded database, and never answer with a stack trace.
 */
class DataCommandsWhileServingTests {

  @TempDir Path data;

  @Test
  void usersAndPeopleCommandsWorkWhileAnotherProcessHoldsTheDatabase() throws Exception {
    Process server = holdDatabase(data);
    try {
      CommandRun added =
          CommandRun.of(
              "users", "add", "ada@example.com", "--name", "Ada", "--data", data.toString());
      CommandRun token =
          CommandRun.of("users", "token", "ada@example.com", "--data", data.toString());

      assertThat(added.exitCode()).as(added.err()).isZero();
      assertThat(added.out()).contains("ada@example.com (member) can sign in");
      assertThat(token.exitCode()).as(token.err()).isZero();
      assertThat(token.out().strip()).startsWith("rungs_");
      assertThat(added.err() + token.err()).doesNotContain("\tat ", "Exception");
      // The database is served to this machine only.
      java.util.Properties lock = new java.util.Properties();
      try (var in = java.nio.file.Files.newInputStream(data.resolve("rungs.lock.db"))) {
        lock.load(in);
      }
      int port = Integer.parseInt(lock.getProperty("server").replaceAll(".*:", ""));
      try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", port)) {
        assertThat(loopback.isConnected()).isTrue();
      }
      for (java.net.InetAddress other : otherAddresses()) {
        assertThatThrownBy(() -> new java.net.Socket(other, port).close())
            .as("the database is not served on %s", other)
            .isInstanceOf(java.io.IOException.class);
      }
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** This machine's addresses other than loopback, if it has any. */
  private static List<java.net.InetAddress> otherAddresses() throws Exception {
    return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(network -> network.inetAddresses())
        .filter(address -> address instanceof java.net.Inet4Address)
        .filter(address -> !address.isLoopbackAddress())
        .toList();
  }

  /** Another JVM, as {@code rungs serve} would be, with the embedded database open. */
  private static Process holdDatabase(Path folder) throws Exception {
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Holder.class.getName(),
                    folder.toString()))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.equals("open")) {
      // Skips whatever the JVM prints before the database is open.
    }
    assertThat(line).as("the holding process opened the database").isEqualTo("open");
    return process;
  }

  /** Opens the embedded database and keeps it open until stdin closes or it is killed. */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      try (Connection connection =
          DriverManager.getConnection(DatabaseOptions.embeddedUrl(Path.of(args[0])))) {
        System.out.println("open");
        System.out.flush();
        while (System.in.read() >= 0) {
          // Waits.
        }
      }
    }
  }
}
