package org.rungs.app.people;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Carries a one-time password from the POST that issues it to the page it redirects to, where it is
 * shown once. The password must survive one redirect, but sessions are rows in the database: kept
 * there in plain text, it would sit in every dump and backup taken meanwhile. So the session holds
 * it sealed with AES-GCM under a fresh key, and the key travels only in a short-lived, HttpOnly
 * cookie scoped to the people page in the admin's own browser. Neither half alone reveals the
 * password, and both are dropped as soon as the page has shown it.
 */
final class IssuedPasswordHandOver {

  private static final String ATTRIBUTE = "rungs.admin.issued-password";
  private static final String COOKIE = "rungs-issued";
  private static final String PATH = "/admin/people";
  private static final Duration LIFETIME = Duration.ofMinutes(2);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The person and their password sealed: what the session holds between the two requests. */
  private record Sealed(Person person, byte[] nonce, byte[] ciphertext) implements Serializable {}

  private IssuedPasswordHandOver() {}

  /** Keeps {@code issued} for the next request of this admin's browser, and only that browser. */
  static void hold(
      Accounts.NewAccount issued, HttpServletRequest request, HttpServletResponse response) {
    byte[] key = random(32);
    byte[] nonce = random(12);
    byte[] ciphertext =
        crypt(
            Cipher.ENCRYPT_MODE,
            key,
            nonce,
            issued.oneTimePassword().getBytes(StandardCharsets.UTF_8));
    request.getSession().setAttribute(ATTRIBUTE, new Sealed(issued.person(), nonce, ciphertext));
    response.addHeader(
        HttpHeaders.SET_COOKIE,
        cookie(Base64.getUrlEncoder().withoutPadding().encodeToString(key), LIFETIME, request));
  }

  /**
   * The password issued just before, if this browser holds its key; empty otherwise. Either way,
   * both halves are gone afterwards, so a reload shows nothing.
   */
  static Optional<Accounts.NewAccount> take(
      HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    Object held = session == null ? null : session.getAttribute(ATTRIBUTE);
    String key = keyFrom(request);
    if (held == null && key == null) {
      return Optional.empty();
    }
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
    response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request));
    if (!(held instanceof Sealed sealed) || key == null) {
      return Optional.empty();
    }
    try {
      byte[] plain =
          crypt(
              Cipher.DECRYPT_MODE,
              Base64.getUrlDecoder().decode(key),
              sealed.nonce(),
              sealed.ciphertext());
      return Optional.of(
          new Accounts.NewAccount(sealed.person(), new String(plain, StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException | IllegalStateException wrongKey) {
      // A stale cookie from an earlier issue, or one tampered with: nothing to show.
      return Optional.empty();
    }
  }

  private static String keyFrom(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private static String cookie(String value, Duration maxAge, HttpServletRequest request) {
    return ResponseCookie.from(COOKIE, value)
        .path(PATH)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Strict")
        .maxAge(maxAge)
        .build()
        .toString();
  }

  private static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the issued password could not be sealed or opened", e);
    }
  }

  private static byte[] random(int bytes) {
    byte[] out = new byte[bytes];
    RANDOM.nextBytes(out);
    return out;
  }
}
