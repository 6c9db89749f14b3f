package org.rungs.app.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A small OpenID provider that a test controls, served over real HTTP on a random port: discovery,
 * signing keys (JWKS), an authorization endpoint that signs in whoever the test says at once, and a
 * token endpoint that checks the client's secret, the code (once only) and PKCE, then answers with
 * the ID token the test asked for: a good one, or one crafted to be refused. Rungs talks to it with
 * its real single sign-on configuration; only the provider is the test's.
 */
public final class OidcTestProvider implements AutoCloseable {

  public static final String CLIENT_ID = "rungs-test-client";
  public static final String CLIENT_SECRET = "a-client-secret-only-this-test-knows";

  /** The ID token the token endpoint answers with. */
  public enum IdToken {
    GOOD,
    /** A good token whose claims were changed after signing (another person's email). */
    TAMPERED,
    /** Signed with a key the provider never published, under the published key's id. */
    SIGNED_BY_ANOTHER_KEY,
    /** {@code alg: none}: no signature at all. */
    UNSIGNED,
    EXPIRED,
    WRONG_AUDIENCE,
    WRONG_ISSUER,
    WRONG_NONCE
  }

  /** What the authorization endpoint gave a code for. */
  private record Grant(
      String nonce, String challenge, String redirectUri, Map<String, Object> claims) {}

  private final HttpServer server;
  private final RSAKey key;
  private final RSAKey otherKey;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();

  /** The query of every authorization request, in order. */
  public final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();

  /** Every code the authorization endpoint handed out, in order. */
  public final List<String> issuedCodes = new CopyOnWriteArrayList<>();

  /** Every ID token the token endpoint answered with, in order. */
  public final List<String> issuedIdTokens = new CopyOnWriteArrayList<>();

  /** The callback addresses the authorization endpoint sent browsers to, in order. */
  public final List<String> callbacks = new CopyOnWriteArrayList<>();

  private volatile Map<String, Object> nextClaims = Map.of();
  private volatile IdToken nextToken = IdToken.GOOD;
  private volatile String replayCode;
  private volatile String replayIdToken;

  private OidcTestProvider() throws IOException, JOSEException {
    key = new RSAKeyGenerator(2048).keyID("test-key").generate();
    otherKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.createContext("/jwks", this::jwks);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.start();
  }

  public static OidcTestProvider start() {
    try {
      return new OidcTestProvider();
    } catch (IOException | JOSEException failed) {
      throw new IllegalStateException(failed);
    }
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Configures Rungs' single sign-on with this provider, as "Test IdP", as an operator would. */
  public void configure(DynamicPropertyRegistry registry) {
    registry.add("rungs.sso.issuer-uri", this::issuer);
    registry.add("rungs.sso.client-id", () -> CLIENT_ID);
    registry.add("rungs.sso.client-secret", () -> CLIENT_SECRET);
    registry.add("rungs.sso.name", () -> "Test IdP");
  }

  /** The next sign-in at the provider is {@code email}, verified or not, with this ID token. */
  public void nextSignIn(String email, Boolean verified, IdToken token) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("email", email);
    if (verified != null) {
      claims.put("email_verified", verified);
    }
    claims.put("name", "Someone at the provider");
    nextClaims = claims;
    nextToken = token;
    replayCode = null;
    replayIdToken = null;
  }

  /** The next authorization sends the browser back with this old code instead of a new one. */
  public void replayCode(String code) {
    replayCode = code;
  }

  /** The next token request is answered with this old ID token. */
  public void replayIdToken(String idToken) {
    replayIdToken = idToken;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    json(
        exchange,
        200,
        """
        {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
         "jwks_uri":"%1$s/jwks","response_types_supported":["code"],
         "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
         "scopes_supported":["openid","email","profile"],
         "token_endpoint_auth_methods_supported":["client_secret_basic"],
         "code_challenge_methods_supported":["S256"]}
        """
            .formatted(issuer));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    authorizationRequests.add(query);
    String code = replayCode;
    if (code == null) {
      code = UUID.randomUUID().toString();
      codes.put(
          code,
          new Grant(
              query.get("nonce"),
              query.get("code_challenge"),
              query.get("redirect_uri"),
              nextClaims));
      issuedCodes.add(code);
    }
    String callback =
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
    callbacks.add(callback);
    exchange.getResponseHeaders().add("Location", callback);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      json(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    // A code is good once: the second use finds nothing.
    Grant grant = codes.remove(String.valueOf(form.get("code")));
    if (grant == null
        || !"authorization_code".equals(form.get("grant_type"))
        || !grant.redirectUri().equals(form.get("redirect_uri"))
        || grant.challenge() == null
        || !grant.challenge().equals(s256(form.get("code_verifier")))) {
      json(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    String idToken = replayIdToken != null ? replayIdToken : idToken(grant, nextToken);
    issuedIdTokens.add(idToken);
    json(
        exchange,
        200,
        """
        {"access_token":"%s","token_type":"Bearer","expires_in":300,
         "scope":"openid email profile","id_token":"%s"}
        """
            .formatted(UUID.randomUUID(), idToken));
  }

  private String idToken(Grant grant, IdToken kind) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(kind == IdToken.WRONG_ISSUER ? "http://issuer.invalid" : issuer())
            .subject("subject-" + grant.claims().get("email"))
            .audience(kind == IdToken.WRONG_AUDIENCE ? "another-client" : CLIENT_ID)
            .issueTime(Date.from(kind == IdToken.EXPIRED ? now.minusSeconds(3600) : now))
            .expirationTime(
                Date.from(kind == IdToken.EXPIRED ? now.minusSeconds(600) : now.plusSeconds(300)))
            .claim(
                "nonce", kind == IdToken.WRONG_NONCE ? "not-the-nonce-rungs-sent" : grant.nonce());
    grant.claims().forEach(claims::claim);
    JWTClaimsSet set = claims.build();
    try {
      return switch (kind) {
        case UNSIGNED -> new PlainJWT(set).serialize();
        case SIGNED_BY_ANOTHER_KEY -> signed(set, otherKey);
        case TAMPERED -> {
          String[] parts = signed(set, key).split("\\.");
          JWTClaimsSet changed =
              new JWTClaimsSet.Builder(set).claim("email", "people@example.com").build();
          yield parts[0] + "." + Base64URL.encode(changed.toString()) + "." + parts[2];
        }
        default -> signed(set, key);
      };
    } catch (JOSEException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static String signed(JWTClaimsSet claims, RSAKey with) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(with));
    return jwt.serialize();
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> fields = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
          nameAndValue.length < 2
              ? ""
              : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
