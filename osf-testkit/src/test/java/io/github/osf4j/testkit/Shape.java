package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The structure of a JSON document: every key path with its JSON type; arrays merged. */
final class Shape {
  private Shape() {}

  static Set<String> of(JsonNode node) {
    Set<String> out = new TreeSet<>();
    walk(node, "$", out);
    return out;
  }

  private static void walk(JsonNode n, String path, Set<String> out) {
    out.add(path + " : " + type(n));
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        walk(e.getValue(), path + "." + e.getKey(), out);
      }
    } else if (n.isArray()) {
      for (JsonNode item : n) {
        walk(item, path + "[]", out);
      }
    }
  }

  private static String type(JsonNode n) {
    if (n.isObject()) {
      return "object";
    }
    if (n.isArray()) {
      return "array";
    }
    if (n.isTextual()) {
      return "string";
    }
    if (n.isNumber()) {
      return "number";
    }
    if (n.isBoolean()) {
      return "boolean";
    }
    return "null";
  }
}
