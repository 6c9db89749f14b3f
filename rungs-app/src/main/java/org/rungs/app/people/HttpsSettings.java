package org.rungs.app.people;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * How Rungs is reached, and so how its session cookie is sent (docs/operations.md).
 *
 * @param forwardedHeaders whether to believe the {@code X-Forwarded-For}, {@code -Proto}, {@code
 *     -Host} and {@code -Port} headers of a proxy in front (only from private and loopback
 *     addresses); off by default, because anyone can send them
 * @param https whether Rungs is only ever reached over HTTPS (its own TLS, or a TLS proxy): the
 *     session cookie is then always {@code Secure} and named with the {@code __Host-} prefix, so no
 *     plain-HTTP page nor another subdomain can set it
 */
@ConfigurationProperties("rungs.server")
record HttpsSettings(boolean forwardedHeaders, boolean https) {

  static final String SECURE_COOKIE = "__Host-rungs-session";
  static final String COOKIE = "rungs-session";

  /**
   * The session cookie as Spring Session sends it (sessions live in the database, not in Tomcat):
   * {@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} on any request that came over HTTPS;
   * with {@code rungs.server.https} or the server's own TLS, always {@code Secure} and named with
   * the {@code __Host-} prefix (so path {@code /} and no domain).
   */
  @Component
  static class SessionCookie implements DefaultCookieSerializerCustomizer {
    private final HttpsSettings settings;
    private final Environment environment;

    SessionCookie(HttpsSettings settings, Environment environment) {
      this.settings = settings;
      this.environment = environment;
    }

    @Override
    public void customize(DefaultCookieSerializer cookie) {
      cookie.setUseHttpOnlyCookie(true);
      cookie.setSameSite("Lax");
      cookie.setCookiePath("/");
      cookie.setCookieName(COOKIE);
      // Spring Session's default would Base64 the id; Tomcat's cookie was the plain id.
      cookie.setUseBase64Encoding(false);
      boolean ownTls =
          (environment.containsProperty("server.ssl.key-store")
                  || environment.containsProperty("server.ssl.bundle"))
              && environment.getProperty("server.ssl.enabled", Boolean.class, true);
      if (settings.https() || ownTls) {
        cookie.setUseSecureCookie(true);
        cookie.setCookieName(SECURE_COOKIE);
        cookie.setDomainName(null);
      }
    }
  }

  /**
   * Applies the settings to the web server: forwarded headers (which make {@code X-Forwarded-Proto:
   * https} a secure request, so a {@code Secure} cookie). Tomcat's own session cookie is set up the
   * same way as {@link SessionCookie}, for a server without Spring Session.
   */
  @Component
  static class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private final HttpsSettings settings;

    Customizer(HttpsSettings settings) {
      this.settings = settings;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      Cookie cookie = factory.getSettings().getSession().getCookie();
      cookie.setHttpOnly(true);
      cookie.setSameSite(Cookie.SameSite.LAX);
      boolean tls = settings.https() || (factory.getSsl() != null && factory.getSsl().isEnabled());
      if (tls) {
        cookie.setSecure(true);
        cookie.setName(SECURE_COOKIE);
        cookie.setPath("/");
        cookie.setDomain(null);
      }
      if (settings.forwardedHeaders()) {
        RemoteIpValve proxy = new RemoteIpValve();
        proxy.setRemoteIpHeader("X-Forwarded-For");
        proxy.setProtocolHeader("X-Forwarded-Proto");
        proxy.setHostHeader("X-Forwarded-Host");
        proxy.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(proxy);
      }
    }
  }
}
