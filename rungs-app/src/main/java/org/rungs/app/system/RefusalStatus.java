package org.rungs.app.system;

import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each kind of {@link Refusal}, the same for pages and the API: not found 404,
 * forbidden 403, invalid 400, conflict 409. The only place a refusal becomes a status.
 */
public final class RefusalStatus {
  private RefusalStatus() {}

  public static HttpStatus of(Refusal refusal) {
    if (refusal instanceof Refusal.NotFound) {
      return HttpStatus.NOT_FOUND;
    }
    if (refusal instanceof Refusal.Forbidden) {
      return HttpStatus.FORBIDDEN;
    }
    if (refusal instanceof Refusal.Invalid) {
      return HttpStatus.BAD_REQUEST;
    }
    return HttpStatus.CONFLICT;
  }
}
