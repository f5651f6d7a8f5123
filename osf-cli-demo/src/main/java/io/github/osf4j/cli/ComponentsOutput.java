package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.ComponentFolder;
import java.util.ArrayList;
import java.util.List;

/** How status, sync and init show a project's components (sub-folders of the local folder). */
final class ComponentsOutput {

  private ComponentsOutput() {}

  /**
   * {@code Components: Data (c1)/, Shared (c3)/}, then a line for each read-only component and each
   * one OSF no longer shows; nothing for a project without components.
   */
  static List<String> lines(List<ComponentFolder> components) {
    List<String> lines = new ArrayList<>();
    if (components.isEmpty()) {
      return lines;
    }
    List<String> folders = new ArrayList<>();
    components.forEach(c -> folders.add(c.folder() + "/"));
    lines.add("Components: " + String.join(", ", folders));
    for (ComponentFolder component : components) {
      if (!component.visible()) {
        lines.add(
            "  "
                + component.folder()
                + "/: component '"
                + component.title()
                + "' is no longer on OSF or no longer visible to you; the folder is left alone");
      } else if (!component.writable()) {
        lines.add(
            "  "
                + component.folder()
                + "/: component '"
                + component.title()
                + "' is read-only for you; only pulled, local changes there stay local");
      }
    }
    return lines;
  }

  /**
   * {@code "components":[{"id","title","folder","writable","visible"}]}, empty for a project
   * without components.
   */
  static void json(ObjectNode out, List<ComponentFolder> components) {
    ArrayNode array = out.putArray("components");
    for (ComponentFolder component : components) {
      array
          .addObject()
          .put("id", component.id())
          .put("title", component.title())
          .put("folder", component.folder().value())
          .put("writable", component.writable())
          .put("visible", component.visible());
    }
  }
}
