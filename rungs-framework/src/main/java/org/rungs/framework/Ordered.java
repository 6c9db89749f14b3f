package org.rungs.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable maps that keep their keys in the order the file wrote them. */
final class Ordered {
  private Ordered() {}

  static Map<String, Object> copyOf(Map<String, Object> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
