package org.rungs.app.site;

import java.util.HashSet;
import java.util.Set;

/**
 * HTML ids that are unique within one page. Two topics may share a name (the parser warns, but the
 * file still loads, and real frameworks do it), and names that differ only in case or punctuation
 * slug alike; the second card then gets {@code topic-x-2}, so labels and links stay unambiguous.
 * One per rendered page; not thread-safe.
 */
public final class PageIds {

  private final Set<String> taken = new HashSet<>();

  /** {@code wanted} the first time, then {@code wanted-2}, {@code wanted-3}, ... */
  public String unique(String wanted) {
    String candidate = wanted;
    // A topic literally named "x-2" must not collide with the second "x", hence the loop.
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = wanted + "-" + n;
    }
    return candidate;
  }
}
