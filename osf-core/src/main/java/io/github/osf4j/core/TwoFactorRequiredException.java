package io.github.osf4j.core;

/** The account has two-factor authentication: a current one-time code must be given. */
public class TwoFactorRequiredException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  public TwoFactorRequiredException(String message) {
    super(message);
  }
}
