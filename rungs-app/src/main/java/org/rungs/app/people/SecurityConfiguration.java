package org.rungs.app.people;

import java.time.Clock;
import java.util.Map;
import org.rungs.app.audit.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Deny by default; the framework site, its assets and {@code /health} are
 * public; people's pages and the API need a signed-in person (session with CSRF protection, or a
 * personal API token); {@code /admin} needs the admin role. Which person's data a signed-in person
 * may see is decided per record by {@code PersonAccess}. People sign in with a password, with
 * single sign-on ({@link SsoSettings}), or both ({@code rungs.sign-in.passwords}).
 */
@Configuration
public class SecurityConfiguration {

  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain security(
      HttpSecurity http,
      Accounts accounts,
      SignInSessions sessions,
      SignInThrottle throttle,
      PersonRepository people,
      LoginController login,
      SignInSettings settings,
      SsoSettings sso,
      AuditTrail audit)
      throws Exception {
    SignInHandler signIn = new SignInHandler(sessions, throttle, people);
    RequestMatcher bearer =
        request -> {
          String authorization = request.getHeader("Authorization");
          return authorization != null && authorization.startsWith("Bearer ");
        };
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/logout",
                        "/error",
                        "/health",
                        "/assets/**",
                        "/api/docs",
                        "/api/docs.yaml",
                        "/api/docs/**")
                    .permitAll()
                    // The top bar's account links on framework pages: 204 for anyone not signed in.
                    .requestMatchers("/me/header")
                    .permitAll()
                    // /metrics asked by a signed-in browser and Actuator's other endpoints (closed
                    // unless configured): admins, with the role read now (SessionAccountFilter).
                    .requestMatchers("/admin/**", "/metrics", "/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        "/api/**",
                        "/me/**",
                        "/people/**",
                        "/team/**",
                        "/org",
                        "/org/**",
                        "/feedback/**")
                    .authenticated()
                    .requestMatchers(
                        request ->
                            "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .formLogin(
            form ->
                form.loginPage("/login").successHandler(signIn).failureHandler(signIn).permitAll())
        .logout(
            logout -> logout.logoutUrl("/logout").addLogoutHandler(signIn).logoutSuccessUrl("/"))
        // A token in a header cannot be sent by another site, so token requests need no CSRF token.
        .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
        .addFilterBefore(new ApiTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
        // Roles and the session's life come from the database on every request, not from sign-in.
        .addFilterAfter(new SessionAccountFilter(sessions), SecurityContextHolderFilter.class)
        .addFilterBefore(
            new SignInGuard(throttle, login), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(
            errors ->
                errors.defaultAuthenticationEntryPointFor(
                    (request, response, missing) ->
                        ApiTokenFilter.unauthorized(
                            response,
                            "sign in, or send a personal API token as Authorization: Bearer"
                                + " TOKEN (make one on /me/account or with: rungs users token"
                                + " EMAIL)"),
                    request ->
                        request.getRequestURI().startsWith("/api/")
                            || (request.getRequestURI().equals("/metrics")
                                && !String.valueOf(request.getHeader("Accept"))
                                    .contains("text/html"))))
        // Rungs sends its own Content-Security-Policy and framing rules (SecurityHeadersFilter),
        // and its own caching headers for public pages.
        .headers(headers -> headers.cacheControl(cache -> cache.disable()));
    if (!settings.passwords()) {
      http.addFilterBefore(new PasswordsOff(login), UsernamePasswordAuthenticationFilter.class);
    }
    if (sso.enabled()) {
      singleSignOn(http, sso, new SsoSignIn(sessions, people, audit), new SsoAccounts(people));
    }
    return http.build();
  }

  /**
   * OpenID Connect sign-in with the provider of {@code sso}, as Spring Security does it: the
   * authorization code flow with state, nonce and PKCE (S256), the ID token's signature checked
   * against the provider's published keys (RS256; an unsigned token is refused), and its issuer,
   * audience, expiry and nonce checked. {@link SsoAccounts} then finds the person.
   */
  private static void singleSignOn(
      HttpSecurity http, SsoSettings sso, SsoSignIn signIn, SsoAccounts accounts) throws Exception {
    SsoRegistrations registrations = new SsoRegistrations(sso);
    DefaultOAuth2AuthorizationRequestResolver requests =
        new DefaultOAuth2AuthorizationRequestResolver(
            registrations,
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http.oauth2Login(
        login ->
            login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new ProviderTokensForgotten())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                .withObjectPostProcessor(
                    new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                      @Override
                      public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(
                          O start) {
                        // Spring answers a sign-in that cannot start with a bare 500.
                        start.setAuthenticationFailureHandler(signIn::cannotStart);
                        return start;
                      }
                    })
                .successHandler(signIn)
                .failureHandler(signIn));
  }

  /**
   * Argon2id, the memory-hard adaptive hash OWASP recommends first, with a bound on how many hashes
   * are computed at once so that a flood of sign-ins cannot take all the memory.
   */
  @Bean
  PasswordEncoder passwordEncoder(SignInSettings settings) {
    return new BoundedPasswordEncoder(
        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        settings.concurrentHashes(),
        settings.hashWait());
  }

  /**
   * Spring Security's events of sign-ins (which the metrics count), with a refused single sign-on
   * as a failed sign-in: Spring maps only its own password exceptions to failure events.
   */
  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
    DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
    publisher.setAdditionalExceptionMappings(
        Map.of(
            OAuth2AuthenticationException.class, AuthenticationFailureBadCredentialsEvent.class));
    return publisher;
  }

  @Bean
  SignInThrottle signInThrottle(SignInSettings settings) {
    return SignInThrottle.of(settings, Clock.systemUTC());
  }

  @Bean
  UserDetailsService users(PersonRepository people) {
    return email ->
        people
            .findByEmail(email)
            .flatMap(
                person ->
                    people
                        .passwordHash(person.email())
                        .map(
                            hash ->
                                User.withUsername(person.email())
                                    .password(hash)
                                    .roles(person.role().name())
                                    .build()))
            .orElseThrow(() -> new UsernameNotFoundException("no account for " + email));
  }
}
