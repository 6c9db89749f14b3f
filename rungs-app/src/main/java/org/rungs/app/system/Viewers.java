package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.rungs.app.web.Viewer;

/**
 * Who is signed in on a request, for the pages app-wide wiring renders (error pages), which cannot
 * know people themselves: the people feature answers it.
 */
public interface Viewers {

  /** The person signed in on this request, or empty for an anonymous visitor. */
  Optional<Viewer> of(HttpServletRequest request);
}
