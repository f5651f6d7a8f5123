package io.github.osf4j.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who sent a request, after checking its Authorization header as OSF does.
 *
 * @param user the authenticated account, or null when anonymous or rejected
 * @param error the API v2 401 detail when credentials were given but rejected
 * @param otpRequired whether the 401 must carry "X-OSF-OTP: required; app"
 * @param basic whether basic auth was used (WaterButler answers 401 then, not 403)
 */
record Caller(
    @Nullable Account user,
    boolean canWrite,
    @Nullable String error,
    boolean otpRequired,
    boolean basic) {

  static final String INVALID_TOKEN = "User provided an invalid OAuth2 access token";

  static Caller of(HttpRequest r, Store store, Clock clock) {
    String auth = r.header("authorization");
    if (auth == null || auth.isBlank()) {
      return new Caller(null, false, null, false, false);
    }
    String[] parts = auth.trim().split(" +", -1);
    String scheme = parts[0].toLowerCase(Locale.ROOT);
    if (scheme.equals("bearer")) {
      Token t = parts.length == 2 ? store.token(parts[1]) : null;
      Account a = t == null ? null : store.account(t.userId());
      if (t == null || a == null) {
        return new Caller(null, false, INVALID_TOKEN, false, false);
      }
      return new Caller(a, t.canWrite(), null, false, false);
    }
    if (scheme.equals("basic") && parts.length == 2) {
      return basic(parts[1], r, store, clock);
    }
    return new Caller(null, false, "Invalid username/password.", false, true);
  }

  private static Caller basic(String encoded, HttpRequest r, Store store, Clock clock) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return new Caller(null, false, "Invalid username/password.", false, true);
    }
    int colon = decoded.indexOf(':');
    Account a = colon < 0 ? null : store.accountByEmail(decoded.substring(0, colon));
    if (a == null || a.password() == null || !a.password().equals(decoded.substring(colon + 1))) {
      return new Caller(null, false, "Invalid username/password.", false, true);
    }
    String secret = a.otpSecret();
    if (secret != null) {
      String otp = r.header("x-osf-otp");
      if (otp == null || otp.isBlank()) {
        return new Caller(
            null, false, "Must specify two-factor authentication OTP code.", true, true);
      }
      if (!Totp.verify(secret, otp, clock.instant())) {
        return new Caller(null, false, "Invalid two-factor authentication OTP code.", false, true);
      }
    }
    return new Caller(a, true, null, false, true);
  }

  @Override
  public String toString() {
    return "Caller[" + (user == null ? "anonymous" : user.id()) + "]";
  }
}
