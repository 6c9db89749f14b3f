/**
 * Feedback on frameworks: comments, questions, "unclear" marks, suggested examples and rewordings;
 * owners from the OWNERS file, their queue, and accepted edits written back to the files (and
 * committed when the folder is a git checkout).
 */
@ApplicationModule(
    allowedDependencies = {
      "assessments",
      "audit",
      "frameworks",
      "notifications",
      "people",
      "personaldata",
      "system",
      "web"
    })
package org.rungs.app.feedback;

import org.springframework.modulith.ApplicationModule;
