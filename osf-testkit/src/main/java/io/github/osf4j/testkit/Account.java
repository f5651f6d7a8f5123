package io.github.osf4j.testkit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user account of the emulated OSF. */
record Account(
    String id,
    String fullName,
    String email,
    @Nullable String password,
    @Nullable String otpSecret,
    Instant registered) {

  String givenName() {
    int sp = fullName.indexOf(' ');
    return sp < 0 ? fullName : fullName.substring(0, sp);
  }

  String familyName() {
    int sp = fullName.lastIndexOf(' ');
    return sp < 0 ? "" : fullName.substring(sp + 1);
  }

  @Override
  public String toString() {
    return "Account[" + id + "]";
  }
}
