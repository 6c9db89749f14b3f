package org.rungs.app.people;

import java.util.List;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * The admin people page: one page of the filtered list, the filter's choices, and the outcome of an
 * import or a new password if one was just made.
 */
public record AdminPeoplePage(
    Chrome chrome,
    PeopleListing listing,
    List<PeopleListing.Choice> managers,
    List<String> frameworks,
    PeopleImporter.Report report,
    Accounts.NewAccount issued,
    String checkedCsv,
    Csrf csrf,
    boolean passwords) {}
