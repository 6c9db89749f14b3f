package org.rungs.app.system;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.jdbc.support.SQLErrorCodesFactory;

/**
 * Does, on Spring Boot's background start-up thread, slow one-time work that the thread creating
 * the beans would otherwise do while the second core waits: the first page comes sooner.
 *
 * <p>Only work whose result is kept for the life of the JVM and that has no other effect belongs
 * here. If the main thread needs it first, it waits for it rather than doing it twice (class
 * initialisation is locked), so nothing is lost when the guess is wrong.
 */
public final class StartUpPreinitializer implements BackgroundPreinitializer {

  @Override
  public void preinitialize() {
    // Spring Session's JDBC store asks for the database's SQL error codes as it is created, and the
    // first asking reads them from an XML file: the JDK's XML parser, a few hundred classes.
    SQLErrorCodesFactory.getInstance();
  }
}
