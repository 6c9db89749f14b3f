package org.rungs.app.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares, so a test can show that a page asks the
 * database the same number of times however many people it shows. Counting statements rather than
 * timing them keeps the test independent of the machine.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCount implements BeanPostProcessor {

  private static final Set<String> PREPARING =
      Set.of("prepareStatement", "createStatement", "prepareCall");

  private final AtomicLong prepared = new AtomicLong();

  /** The statements prepared so far, by any thread. */
  public long sofar() {
    return prepared.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
      return bean;
    }
    return new DelegatingDataSource(dataSource) {
      @Override
      public Connection getConnection() throws SQLException {
        return counted(super.getConnection());
      }

      @Override
      public Connection getConnection(String username, String password) throws SQLException {
        return counted(super.getConnection(username, password));
      }
    };
  }

  private Connection counted(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, arguments) -> {
              if (PREPARING.contains(method.getName())) {
                prepared.incrementAndGet();
              }
              try {
                return method.invoke(connection, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
