package org.rungs.app.system;

/**
 * Thrown where a request names something the caller may not have, such as a person they may not
 * see, so a handler need not check before it starts; {@link RefusedAdvice} answers it as a page or
 * a problem. Refusals a service decides are returned as values, not thrown.
 */
public final class Refused extends RuntimeException {

  private final transient Refusal refusal;

  public Refused(Refusal refusal) {
    super(refusal.reason(), null, false, false);
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
