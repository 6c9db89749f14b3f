package org.rungs.app.demo;

import static org.rungs.app.demo.Chance.pick;

import java.util.List;
import java.util.Random;

/**
 * Words for notes, evidence and check-in summaries: templates such as {@code Moved {system} to the
 * new message queue}, filled in with made-up systems, screens, projects and colleagues.
 */
final class Notes {

  static final List<String> SYSTEMS =
      List.of(
          "payments",
          "checkout",
          "search",
          "notifications",
          "billing",
          "identity",
          "inventory",
          "reporting",
          "pricing",
          "onboarding");
  static final List<String> SCREENS =
      List.of(
          "sign-up",
          "checkout",
          "settings",
          "onboarding",
          "search results",
          "account",
          "invoice",
          "dashboard");
  static final List<String> PROJECTS =
      List.of("Atlas", "Beacon", "Compass", "Harbour", "Lighthouse", "Relay", "Meridian");
  static final List<String> GENERAL =
      List.of(
          "Led the incident review for the {system} outage",
          "Mentored {name} through their first months on the team",
          "Presented the {project} retrospective at the all-hands",
          "Ran the planning session for {project} and wrote up the decisions",
          "Wrote the onboarding guide for new joiners to the {system} team",
          "Paired with {name} for two weeks to get {project} over the line",
          "Interviewed eight candidates and wrote clear, timely feedback",
          "Stepped in as the {system} team's point of contact while {name} was away");
  static final List<String> BACKEND =
      List.of(
          "Moved {system} to the new message queue without downtime",
          "Cut the p99 latency of the {system} API from 800 ms to 120 ms",
          "Designed the retry and idempotency scheme for {system}",
          "Wrote the runbook for {system} failover and tested it in a game day",
          "Split the {system} database migration into safe, reversible steps",
          "Found and fixed the connection leak behind the {system} slowdowns");
  static final List<String> WEB =
      List.of(
          "Rebuilt the {screen} page so it passes the accessibility audit",
          "Reduced the JavaScript on the {screen} page by 40%",
          "Introduced visual regression tests for the design system",
          "Made the {screen} page usable on slow mobile connections",
          "Replaced the hand-rolled form validation on the {screen} page");
  static final List<String> DESIGN =
      List.of(
          "Ran five usability sessions on the {screen} flow and shared the findings",
          "Redesigned the {screen} flow with the {system} team",
          "Added dark-mode colour tokens to the design system",
          "Mapped the customer journey for {project} with support and sales",
          "Ran the design critique for the {screen} page");
  static final List<String> DATA =
      List.of(
          "Built the churn model the {system} team now uses each week",
          "Set up the A/B test for the {screen} page and wrote up the results",
          "Cleaned up the {system} event pipeline so the dashboards agree",
          "Explained the {project} forecast to the leadership team",
          "Added data quality checks to the {system} nightly jobs");
  static final List<String> SELF_NOTES =
      List.of(
          "I think the {project} work shows this",
          "See my evidence from the {system} work",
          "Not sure yet; I would like feedback on this",
          "Did this a few times last quarter, most clearly on {project}");
  static final List<String> MANAGER_NOTES =
      List.of(
          "Agreed; the {project} work was a good example",
          "Would like to see this more consistently",
          "Seen this clearly in the {system} work",
          "Let's look for an opportunity on {project}");
  static final List<String> NOT_APPLICABLE =
      List.of(
          "Not part of this role: the team has no on-call rota",
          "Not applicable while working on internal tools",
          "The team does not run its own customer research",
          "No public APIs in this area");
  static final List<String> SUMMARIES =
      List.of(
          "Good quarter. Agreed to focus on the areas below for the next level.",
          "Clear progress since the last check-in; the focus areas below are the gap to the next"
              + " level.",
          "Solid at the current level. Next: more visible work across teams.",
          "The evidence shows the current level well; picked two areas to grow in.",
          "A busy quarter with less time for growth; same focus areas as last time.");

  /** What a person says when the recorded agreement is not what they remember agreeing. */
  static final List<String> DISPUTES =
      List.of(
          "We agreed the on-call work counts towards ownership; it is not recorded here.",
          "The target we talked about was the next level by spring, not the one after.",
          "I thought we agreed the design review criterion as demonstrated.");

  private Notes() {}

  /** What someone in {@code framework} did, often in their own discipline. */
  static String evidenceNote(String framework, Random random) {
    List<String> own =
        switch (framework) {
          case "/engineering/backend" -> BACKEND;
          case "/engineering/web" -> WEB;
          case "/design/product-design" -> DESIGN;
          case "/data/data-science" -> DATA;
          default -> GENERAL;
        };
    return note(random.nextInt(100) < 55 ? own : GENERAL, random);
  }

  /** A template with its {system}, {screen}, {project} and {name} filled in. */
  static String note(List<String> templates, Random random) {
    return pick(templates, random)
        .replace("{system}", pick(SYSTEMS, random))
        .replace("{screen}", pick(SCREENS, random))
        .replace("{project}", pick(PROJECTS, random))
        .replace("{name}", Identities.firstName(random));
  }
}
