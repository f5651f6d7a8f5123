package io.github.osf4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Builders for API v2 and WaterButler responses, errors included. */
final class Responses {
  static final String API_TYPE = "application/vnd.api+json; charset=utf-8";
  static final String WB_TYPE = "application/json; charset=UTF-8";
  static final String NO_CACHE = "no-cache, no-store, max-age=0, must-revalidate";

  private Responses() {}

  static HttpResponse api(int status, JsonNode body) {
    try {
      byte[] b = ApiJson.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
      return HttpResponse.json(status, API_TYPE, b).header("Cache-Control", NO_CACHE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse apiError(int status, String detail, ApiCtx c) {
    ObjectNode body = ApiJson.MAPPER.createObjectNode();
    body.putArray("errors").addObject().put("detail", detail);
    body.putObject("meta").put("version", c.version());
    HttpResponse r = api(status, body);
    if (status == 401) {
      r.header("WWW-Authenticate", "Documentation realm=\"api\"");
    }
    return r;
  }

  /** The JSONAPIException shape: source, detail, meta and a string status. */
  static HttpResponse apiException(int status, String detail, ObjectNode source, ApiCtx c) {
    ObjectNode body = ApiJson.MAPPER.createObjectNode();
    ObjectNode e = body.putArray("errors").addObject();
    e.set("source", source);
    e.put("detail", detail);
    e.putObject("meta");
    e.put("status", String.valueOf(status));
    body.putObject("meta").put("version", c.version());
    return api(status, body);
  }

  static HttpResponse gone(String what, ApiCtx c) {
    return apiException(
        410,
        "The requested " + what + " is no longer available.",
        ApiJson.MAPPER.createObjectNode(),
        c);
  }

  static HttpResponse maintenance() {
    ObjectNode body = ApiJson.MAPPER.createObjectNode();
    body.putObject("meta")
        .put("maintenance_mode", true)
        .put("status_page", "https://status.cos.io");
    return api(503, body);
  }

  static HttpResponse wb(int status, JsonNode body, String requestId) {
    return HttpResponse.json(status, WB_TYPE, WbJson.bytes(body))
        .header("Cache-Control", NO_CACHE)
        .header("X-Waterbutler-Request-Id", requestId);
  }

  static HttpResponse wbError(int status, String message) {
    ObjectNode body = WbJson.MAPPER.createObjectNode().put("code", status).put("message", message);
    return HttpResponse.json(status, WB_TYPE, WbJson.bytes(body));
  }

  static HttpResponse wbConflict(String name, JsonNode data) {
    ObjectNode body = WbJson.MAPPER.createObjectNode();
    body.put(
        "message",
        "Cannot complete action: file or folder \"" + name + "\" already exists in this location");
    body.set("data", data);
    return HttpResponse.json(409, WB_TYPE, WbJson.bytes(body));
  }

  /** OSF's legacy error JSON, which WaterButler relays for auth failures and unknown ids. */
  static HttpResponse legacy(int status) {
    String support =
        " If this should not have occurred and the issue persists, please report it to <a"
            + " href=\"mailto:support@osf.io\">support@osf.io</a>.";
    String shortMsg;
    String longMsg;
    switch (status) {
      case 401 -> {
        shortMsg = "Unauthorized";
        longMsg = "You must <a href=\"/login/?next=/\">log in</a> to access this resource.";
      }
      case 403 -> {
        shortMsg = "Forbidden";
        longMsg = "You do not have permission to perform this action." + support;
      }
      case 410 -> {
        shortMsg = "Gone";
        longMsg = "The requested resource is no longer available." + support;
      }
      default -> {
        shortMsg = "Page not found";
        longMsg = "The requested resource could not be found." + support;
      }
    }
    ObjectNode body = WbJson.MAPPER.createObjectNode();
    body.put("message_short", shortMsg).put("message_long", longMsg).put("code", status);
    body.putNull("referrer");
    return HttpResponse.json(status, WB_TYPE, WbJson.bytes(body));
  }
}
