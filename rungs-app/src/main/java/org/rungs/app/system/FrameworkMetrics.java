package org.rungs.app.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.springframework.stereotype.Component;

/**
 * The frameworks as metrics: how often they were read again after a change ({@code
 * rungs_frameworks_reloads_total}), how many are loaded, and the problems of the files ({@code
 * rungs_frameworks_problems{severity}}), so an alert can fire when a pushed file breaks.
 */
@Component
class FrameworkMetrics implements MeterBinder {

  private final FrameworkLibrary library;

  FrameworkMetrics(FrameworkLibrary library) {
    this.library = library;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    // Version 1 is the first reading; every later version is a reload.
    FunctionCounter.builder(
            "rungs.frameworks.reloads", library, frameworks -> frameworks.current().number() - 1)
        .description("Times the frameworks were read again because a file changed")
        .register(registry);
    Gauge.builder("rungs.frameworks.loaded", library, l -> l.current().set().frameworks().size())
        .description("Frameworks shown on the site")
        .register(registry);
    Gauge.builder("rungs.frameworks.problems", library, l -> problems(l, true))
        .description("Problems in the framework files, by severity")
        .tag("severity", "error")
        .register(registry);
    Gauge.builder("rungs.frameworks.problems", library, l -> problems(l, false))
        .description("Problems in the framework files, by severity")
        .tag("severity", "warning")
        .register(registry);
  }

  private static double problems(FrameworkLibrary library, boolean errors) {
    return library.current().set().problems().stream()
        .filter(problem -> problem.isError() == errors)
        .count();
  }
}
