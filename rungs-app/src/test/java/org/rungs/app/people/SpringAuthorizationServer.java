package org.rungs.app.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider for tests: Spring Authorization Server, as Spring Boot configures it, on a
 * port of its own, at {@code http://localhost:PORT} (another host name than Rungs' {@code
 * 127.0.0.1}, so that the two keep their cookies apart as two sites would). It knows Rungs as a
 * confidential client that must use PKCE, and two people who sign in with a password on its own
 * page: {@link #VERIFIED} and {@link #STRANGER}, whose ID tokens carry {@code email} and {@code
 * email_verified: true}.
 */
final class SpringAuthorizationServer implements AutoCloseable {

  static final String CLIENT_ID = "rungs";
  static final String CLIENT_SECRET = "a-secret-for-the-authorization-server-test";
  static final String VERIFIED = "ada.lovelace@example.com";
  static final String STRANGER = "nobody.in.rungs@example.com";
  static final String PASSWORD = "the provider's own password";

  private final int port = freePort();
  private ConfigurableApplicationContext context;

  /** The issuer, known before the server starts so that Rungs can be configured with it. */
  String issuer() {
    return "http://localhost:" + port;
  }

  /** Starts the server, for a Rungs whose sign-in comes back to {@code redirectUri}. */
  void start(String redirectUri) {
    context =
        new SpringApplicationBuilder(Provider.class)
            .logStartupInfo(false)
            .run(
                // Not Rungs' application.yml: this is another application.
                "--spring.config.name=authorization-server-test",
                "--spring.main.banner-mode=off",
                "--server.port=" + port,
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer(),
                "--provider.redirect-uri=" + redirectUri,
                // Its own sessions, in its own database: Rungs' migrations are not for it.
                "--spring.datasource.url=jdbc:h2:mem:provider-" + UUID.randomUUID(),
                "--spring.flyway.enabled=false",
                "--spring.session.jdbc.initialize-schema=always");
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /**
   * The provider's own beans; Spring Boot's auto-configuration does the rest. Not a component, so
   * that Rungs' own component scan never picks it up.
   */
  @EnableAutoConfiguration
  static class Provider {

    @Bean
    RegisteredClientRepository clients(Environment environment) {
      return new InMemoryRegisteredClientRepository(
          RegisteredClient.withId(UUID.randomUUID().toString())
              .clientId(CLIENT_ID)
              .clientSecret("{noop}" + CLIENT_SECRET)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri(environment.getRequiredProperty("provider.redirect-uri"))
              .scope(OidcScopes.OPENID)
              .scope(OidcScopes.EMAIL)
              .scope(OidcScopes.PROFILE)
              .clientSettings(
                  ClientSettings.builder()
                      .requireAuthorizationConsent(false)
                      .requireProofKey(true)
                      .build())
              .build());
    }

    @Bean
    UserDetailsService users() {
      return new InMemoryUserDetailsManager(
          User.withUsername(VERIFIED).password("{noop}" + PASSWORD).roles("USER").build(),
          User.withUsername(STRANGER).password("{noop}" + PASSWORD).roles("USER").build());
    }

    /** The user names are emails, which the provider has verified. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailInTheIdToken() {
      return context -> {
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          context
              .getClaims()
              .claim("email", context.getPrincipal().getName())
              .claim("email_verified", true);
        }
      };
    }
  }
}
