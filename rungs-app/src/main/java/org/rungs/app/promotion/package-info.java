/** The promotion case for a level, as a page, Markdown and PDF, and the one-page PDF summary. */
@ApplicationModule(
    allowedDependencies = {
      "assessments",
      "checkins",
      "evidence",
      "frameworks",
      "people",
      "system",
      "web"
    })
package org.rungs.app.promotion;

import org.springframework.modulith.ApplicationModule;
