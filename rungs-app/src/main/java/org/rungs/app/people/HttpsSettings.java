package org.rungs.app.people;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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

  /**
   * Applies the settings to the web server. Whatever they are, the session cookie is {@code
   * HttpOnly} and {@code SameSite=Lax}, and it is {@code Secure} on any request that came over
   * HTTPS (Tomcat's rule), which with forwarded headers includes {@code X-Forwarded-Proto: https}.
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
