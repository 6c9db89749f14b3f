package org.rungs.app.demo;

/** Counts of what the demo's writers wrote, for the summary and the progress lines. */
final class Counts {
  long assessments;
  long evidence;
  long checkIns;
  long openCheckIns;
}
