package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How many things wait for the person signed in on a request, for the top bar's "Waiting for me
 * (3)". App-wide wiring renders the top bar but cannot know check-ins: the rhythm feature answers
 * it, as the people feature answers {@link Viewers}.
 */
public interface WaitingCount {

  /** What waits for the person signed in on this request; 0 for an anonymous visitor. */
  int of(HttpServletRequest request);
}
