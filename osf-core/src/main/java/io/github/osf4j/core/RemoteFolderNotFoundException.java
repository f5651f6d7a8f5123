package io.github.osf4j.core;

/**
 * The OSF folder a project file is linked to (its remote path) is not in the project: never
 * created, or deleted, moved or renamed since. Nothing is listed, so nothing looks deleted.
 */
public class RemoteFolderNotFoundException extends IncompleteListingException {
  private static final long serialVersionUID = 1L;

  public RemoteFolderNotFoundException(String message) {
    super(message);
  }
}
