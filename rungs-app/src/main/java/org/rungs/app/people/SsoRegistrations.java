package org.rungs.app.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one OpenID provider of {@link SsoSettings}, as Spring Security's client registration {@value
 * #ID}: sign-in starts at {@code /oauth2/authorization/sso} and comes back to {@code
 * /login/oauth2/code/sso}. The provider's endpoints and signing keys come from its discovery
 * document, read at the first sign-in rather than at start-up, so that Rungs starts (and people
 * with API tokens work) while the provider cannot be reached; a failed read is tried again at the
 * next sign-in. Thread-safe.
 */
final class SsoRegistrations implements ClientRegistrationRepository {

  static final String ID = "sso";

  private static final Logger log = LoggerFactory.getLogger(SsoRegistrations.class);

  private final SsoSettings settings;
  private volatile ClientRegistration registration;

  SsoRegistrations(SsoSettings settings) {
    this.settings = settings;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!ID.equals(registrationId) || !settings.enabled()) {
      return null;
    }
    ClientRegistration known = registration;
    if (known == null) {
      synchronized (this) {
        if (registration == null) {
          registration = discover();
        }
        known = registration;
      }
    }
    return known;
  }

  private ClientRegistration discover() {
    try {
      // Checks that the document names the configured issuer, as OpenID Connect Discovery asks.
      return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
          .registrationId(ID)
          .clientName(settings.name())
          .clientId(settings.clientId())
          .clientSecret(settings.clientSecret())
          .scope("openid", "email", "profile")
          .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
          .build();
    } catch (RuntimeException unreachable) {
      // The issuer and the exception's class, never the client secret or the provider's answer.
      log.warn(
          "single sign-on: cannot read the discovery document of {} ({})",
          settings.issuerUri(),
          unreachable.getClass().getSimpleName());
      throw unreachable;
    }
  }
}
