package org.rungs.app.people;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Finds the Rungs person a single sign-on is for, once Spring Security has checked the ID token
 * (signature with the provider's published keys, issuer, audience, expiry, nonce): the person whose
 * email is the token's, and only if the provider says it verified that email ({@code
 * email_verified: true}). Nobody is created: someone the people team has not added, or has
 * deactivated, is refused, as is an unverified email, each with its own {@link OAuth2Error} code.
 */
final class SsoAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final String UNVERIFIED = "rungs_email_not_verified";
  static final String UNKNOWN = "rungs_unknown_person";
  static final String DEACTIVATED = "rungs_deactivated";

  private final OidcUserService provider = new OidcUserService();
  private final PersonRepository people;

  SsoAccounts(PersonRepository people) {
    this.people = people;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String email = user.getEmail();
    // Anyone can put any address into an account at some providers; only a verified one says
    // that this is its owner.
    if (email == null || email.isBlank() || !Boolean.TRUE.equals(user.getEmailVerified())) {
      throw refusal(UNVERIFIED, "the provider has not verified the email address");
    }
    Person person =
        people.findByEmail(email).orElseThrow(() -> refusal(UNKNOWN, "no one has that email"));
    if (people.deactivatedAt(person.id()).isPresent()) {
      throw refusal(DEACTIVATED, "the person is deactivated");
    }
    return new DefaultOidcUser(
        List.of(new SimpleGrantedAuthority("ROLE_" + person.role().name())),
        user.getIdToken(),
        user.getUserInfo(),
        "email");
  }

  private static OAuth2AuthenticationException refusal(String code, String description) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
  }
}
