package org.rungs.app.people;

import java.util.List;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/** The admin people page, with the outcome of an import if one was just tried. */
public record AdminPeoplePage(
    Chrome chrome,
    List<Person> people,
    PeopleImporter.Report report,
    Accounts.NewAccount issued,
    String checkedCsv,
    Csrf csrf) {}
