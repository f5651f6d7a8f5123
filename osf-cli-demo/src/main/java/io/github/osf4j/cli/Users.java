package io.github.osf4j.cli;

import io.github.osf4j.core.UserInfo;

/** How a user is shown. */
final class Users {
  private Users() {}

  /** {@code Full Name <email> (id)}, the e-mail only when known. */
  static String describe(UserInfo user) {
    String email = user.email();
    return user.fullName() + (email == null ? "" : " <" + email + ">") + " (" + user.id() + ")";
  }
}
