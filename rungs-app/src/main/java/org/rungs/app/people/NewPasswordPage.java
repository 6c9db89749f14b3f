package org.rungs.app.people;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/** Asks an admin to confirm a new one-time password, which ends the person's current one. */
public record NewPasswordPage(Chrome chrome, Person person, Csrf csrf) {}
