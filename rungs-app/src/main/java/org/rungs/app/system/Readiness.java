package org.rungs.app.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Problem;

/**
 * Whether this instance should be sent traffic: its database answers and it has frameworks to show.
 * A file with errors does not make it unready (its last good version is still shown), but it is
 * reported, so that a load balancer's health page names it.
 *
 * <p>Example: {@code {"status":"DOWN","reasons":["database: Connection refused"],...}}.
 *
 * @param ready whether to send this instance traffic
 * @param reasons why not, one line each; empty when ready
 * @param database "UP", or what went wrong reaching it
 * @param frameworks what is loaded: frameworks, files, errors, and the problems with errors
 */
record Readiness(
    boolean ready, List<String> reasons, String database, Map<String, Object> frameworks) {

  static Readiness of(Optional<String> databaseFailure, FrameworkLibrary library) {
    List<String> reasons = new ArrayList<>();
    databaseFailure.ifPresent(failure -> reasons.add("database: " + failure));
    FrameworkSet set = library.current().set();
    if (set.frameworks().isEmpty()) {
      reasons.add("frameworks: none loaded from " + library.directory().getFileName());
    }
    List<String> errors =
        set.problems().stream().filter(Problem::isError).map(Object::toString).toList();
    Map<String, Object> frameworks = new LinkedHashMap<>();
    frameworks.put("loaded", set.frameworks().size());
    frameworks.put("files", set.files().size());
    frameworks.put("errors", errors.size());
    frameworks.put("problems", errors);
    return new Readiness(
        reasons.isEmpty(), List.copyOf(reasons), databaseFailure.orElse("UP"), frameworks);
  }

  /** The JSON body: {@code status} first, as {@code /health} has it. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ready ? "UP" : "DOWN");
    body.put("reasons", reasons);
    body.put("database", database);
    body.put("frameworks", frameworks);
    return body;
  }
}
