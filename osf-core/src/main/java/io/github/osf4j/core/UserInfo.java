package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An OSF user.
 *
 * @param id the user's GUID
 * @param fullName the display name
 * @param email the account e-mail, only known for oneself
 */
public record UserInfo(String id, String fullName, @Nullable String email) {

  public UserInfo {
    requireNonNull(id, "id");
    requireNonNull(fullName, "fullName");
  }
}
