package io.github.osf4j.core;

/**
 * OSF refused to update a file because another user has checked it out: the file is read-only to
 * everyone else until it is checked in.
 */
public class CheckedOutException extends PermissionDeniedException {
  private static final long serialVersionUID = 1L;

  public CheckedOutException(String message) {
    super(message);
  }
}
