package org.rungs.app.pay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals pay figures with AES-256-GCM before they reach the database, and opens them again.
 *
 * <pre>{@code
 * String value = cipher.seal("GBP|52000|1|0", "pay_change/17/2026-04-01");
 * // "3f9a0c1e.q83v...": the key's id, a dot, then base64 of a fresh 96-bit nonce and the ciphertext
 * cipher.open(value, "pay_change/17/2026-04-01"); // "GBP|52000|1|0"
 * }</pre>
 *
 * <p>The contract: every value gets a random nonce; the row and column it belongs to are the
 * additional authenticated data, so a value copied into another row (one person's salary into
 * another's) does not open; the key id (the first 4 bytes of the key's SHA-256, in hex) is stored
 * with each value, so values sealed with an older key still open while keys rotate. Keys come from
 * {@link PaySettings}; without one, {@link #isOn()} is false and pay features say so. Thread-safe.
 */
final class PayCipher {

  /** What people read when no key is set: the one message, never a stack trace. */
  static final String OFF =
      "pay is off: no pay key is set (set RUNGS_PAY_KEY or rungs.pay.key-file;"
          + " docs/operations.md says how)";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKey> keys;
  private final String currentId;

  private PayCipher(Map<String, SecretKey> keys) {
    this.keys = keys;
    this.currentId = keys.isEmpty() ? null : keys.keySet().iterator().next();
  }

  /**
   * The keys the settings name, the current one first.
   *
   * @throws IllegalStateException saying what is wrong with a key (never the key itself)
   */
  static PayCipher of(PaySettings settings) {
    List<String> encoded = new ArrayList<>();
    if (settings.key() != null && !settings.key().isBlank()) {
      encoded.add(settings.key().strip());
    }
    if (settings.keyFile() != null) {
      try {
        for (String line : Files.readAllLines(settings.keyFile(), StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.strip().startsWith("#")) {
            encoded.add(line.strip());
          }
        }
      } catch (IOException unreadable) {
        throw new IllegalStateException(
            "the pay key file " + settings.keyFile() + " cannot be read: " + unreadable);
      }
    }
    return of(encoded);
  }

  static PayCipher of(List<String> base64Keys) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String base64 : base64Keys) {
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(base64);
      } catch (IllegalArgumentException notBase64) {
        throw new IllegalStateException("a pay key is not base64: give 32 random bytes in base64");
      }
      if (bytes.length != 32) {
        throw new IllegalStateException(
            "a pay key has " + bytes.length + " bytes; AES-256 needs 32 (openssl rand -base64 32)");
      }
      keys.putIfAbsent(idOf(bytes), new SecretKeySpec(bytes, "AES"));
    }
    return new PayCipher(keys);
  }

  static PayCipher off() {
    return new PayCipher(Map.of());
  }

  boolean isOn() {
    return currentId != null;
  }

  /** The id of the key new values are sealed with. */
  Optional<String> currentKeyId() {
    return Optional.ofNullable(currentId);
  }

  String seal(String plain, String context) {
    requireOn();
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] value = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] stored = new byte[NONCE_BYTES + value.length];
      System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
      System.arraycopy(value, 0, stored, NONCE_BYTES, value.length);
      return currentId + "." + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException broken) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", broken);
    }
  }

  /**
   * @throws IllegalStateException naming the row (never a figure) if the key is not here or the
   *     value was not sealed for this row
   */
  String open(String value, String context) {
    requireOn();
    int dot = value.indexOf('.');
    SecretKey key = dot < 0 ? null : keys.get(value.substring(0, dot));
    if (key == null) {
      throw new IllegalStateException(
          "the pay value of "
              + context
              + " was sealed with a key that is not configured (key id "
              + (dot < 0 ? "missing" : value.substring(0, dot))
              + ")");
    }
    byte[] stored = Base64.getDecoder().decode(value.substring(dot + 1));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException tampered) {
      throw new IllegalStateException(
          "the pay value of "
              + context
              + " does not open: it was altered or belongs to another row");
    }
  }

  /** True if {@code value} was sealed with an older key than the current one. */
  boolean isStale(String value) {
    return !value.startsWith(currentId + ".");
  }

  private void requireOn() {
    if (!isOn()) {
      throw new IllegalStateException(OFF);
    }
  }

  private static String idOf(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (GeneralSecurityException broken) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", broken);
    }
  }
}
