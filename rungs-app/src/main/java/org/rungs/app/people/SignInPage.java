package org.rungs.app.people;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/** The sign-in form. */
public record SignInPage(Chrome chrome, Csrf csrf, boolean failed, boolean signedOut) {}
