package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A project to create on OSF.
 *
 * @param title the title (not blank)
 * @param description the description, possibly empty
 * @param isPublic whether the project is public from the start
 * @param tags the project's tags, possibly none
 */
public record NewProject(String title, String description, boolean isPublic, List<String> tags) {

  public NewProject {
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a project needs a title");
    }
    tags = List.copyOf(tags);
  }

  /** A private project with this title and nothing else. */
  public static NewProject titled(String title) {
    return new NewProject(title, "", false, List.of());
  }
}
