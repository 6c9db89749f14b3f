package org.rungs.app.people;

import java.util.List;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/** An admin's view of one person's API tokens, each of which they can revoke. */
public record AdminTokensPage(
    Chrome chrome, Person person, List<AccountPage.Token> tokens, Csrf csrf) {}
