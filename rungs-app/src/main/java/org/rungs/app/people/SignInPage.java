package org.rungs.app.people;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * The sign-in form, saying how long to wait when sign-in is throttled ({@code waitSeconds} > 0),
 * with the email of a failed sign-in ({@code typedEmail}, else empty) so it need not be typed
 * again.
 */
public record SignInPage(
    Chrome chrome,
    Csrf csrf,
    boolean failed,
    boolean signedOut,
    long waitSeconds,
    String typedEmail) {}
