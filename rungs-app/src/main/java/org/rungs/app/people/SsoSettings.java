package org.rungs.app.people;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with one OpenID Connect provider (docs/operations.md): Google Workspace, Okta,
 * Entra ID or any other, by configuration only. Unset {@code issuerUri} means no single sign-on.
 *
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration} names the
 *     rest (endpoints, signing keys)
 * @param clientId Rungs' client id at the provider
 * @param clientSecret Rungs' client secret at the provider; never logged, nor shown by {@link
 *     #toString()}
 * @param name the provider's name on the sign-in button: "Sign in with {@code name}"
 */
@ConfigurationProperties("rungs.sso")
record SsoSettings(String issuerUri, String clientId, String clientSecret, String name) {

  SsoSettings {
    issuerUri = blankToNull(issuerUri);
    clientId = blankToNull(clientId);
    clientSecret = blankToNull(clientSecret);
    name = blankToNull(name) == null ? "single sign-on" : name.strip();
    if (issuerUri != null) {
      URI issuer = URI.create(issuerUri);
      if (!"https".equals(issuer.getScheme()) && !"http".equals(issuer.getScheme())) {
        throw new IllegalArgumentException(
            "rungs.sso.issuer-uri must be an https address (http only for a test), not "
                + issuerUri);
      }
      if (clientId == null || clientSecret == null) {
        throw new IllegalArgumentException(
            "rungs.sso.issuer-uri is set, so rungs.sso.client-id and rungs.sso.client-secret"
                + " must be too (RUNGS_SSO_CLIENTID, RUNGS_SSO_CLIENTSECRET)");
      }
    }
  }

  /** Whether single sign-on is configured. */
  boolean enabled() {
    return issuerUri != null;
  }

  /** The secret stays out of logs and error messages, which print settings with this. */
  @Override
  public String toString() {
    return "SsoSettings[issuerUri="
        + issuerUri
        + ", clientId="
        + clientId
        + ", clientSecret="
        + (clientSecret == null ? "none" : "(set)")
        + ", name="
        + name
        + "]";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
