package org.rungs.app.people;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * The sign-in form, saying how long to wait when sign-in is throttled ({@code waitSeconds} > 0),
 * with the email of a failed sign-in ({@code typedEmail}, else empty) so it need not be typed
 * again. {@code passwords} says whether the password form is shown, {@code sso} names the single
 * sign-on provider of the "Sign in with" button (empty: none), and {@code refusal} says why a
 * sign-in was refused (empty: it was not).
 */
public record SignInPage(
    Chrome chrome,
    Csrf csrf,
    boolean failed,
    boolean signedOut,
    long waitSeconds,
    String typedEmail,
    boolean passwords,
    String sso,
    String refusal) {}
