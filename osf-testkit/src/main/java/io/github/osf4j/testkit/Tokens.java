package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** POST /v2/tokens/: creates a personal access token for basic-auth or full_write callers. */
final class Tokens {
  private static final Set<String> PUBLIC_SCOPES =
      Set.of("osf.full_read", "osf.full_write", "osf.users.profile_read", "osf.users.email_read");

  private final Env env;
  private final ApiCtx c;
  private final HttpRequest r;
  private final Caller who;

  Tokens(Env env, ApiCtx c, HttpRequest r, Caller who) {
    this.env = env;
    this.c = c;
    this.r = r;
    this.who = who;
  }

  HttpResponse create() throws IOException {
    Account user = who.user();
    if (user == null) {
      return Responses.apiError(401, "Authentication credentials were not provided.", c);
    }
    if (!who.basic() && !who.canWrite()) {
      return Responses.apiError(403, "The user has not authorized access to this view.", c);
    }
    JsonNode body = ApiHandler.readJson(r);
    JsonNode data = body == null ? ApiJson.MAPPER.missingNode() : body.path("data");
    String name = data.path("attributes").path("name").asText("");
    List<String> scopes = new ArrayList<>();
    if (c.minor() >= 17) {
      for (JsonNode s : data.path("relationships").path("scopes").path("data")) {
        scopes.add(s.path("id").asText());
      }
    } else {
      for (String s : data.path("attributes").path("scopes").asText("").split(" ", -1)) {
        if (!s.isBlank()) {
          scopes.add(s);
        }
      }
    }
    if (scopes.isEmpty()) {
      return Responses.apiError(400, "Cannot create a token without scopes.", c);
    }
    for (String s : scopes) {
      if (!PUBLIC_SCOPES.contains(s)) {
        return Responses.apiError(404, "Scope names must be one of: " + PUBLIC_SCOPES, c);
      }
    }
    String secret =
        env.store().ids.objectId()
            + env.store().ids.objectId()
            + env.store().ids.objectId().substring(0, 22);
    Token t = env.store().addToken(secret, user.id(), name, String.join(" ", scopes));
    ObjectNode o = ApiJson.MAPPER.createObjectNode().put("id", t.id()).put("type", "tokens");
    ObjectNode at = o.putObject("attributes").put("name", name).put("token_id", secret);
    if (c.minor() < 17) {
      at.put("scopes", t.scopes()).put("owner", user.id());
    } else {
      o.putObject("relationships")
          .set("owner", ApiJson.relData(c.api("users/" + user.id() + "/"), user.id(), "users"));
    }
    o.putObject("links").put("html", c.web("settings/tokens/" + t.id() + "/"));
    return Responses.api(201, new ApiJson(c, env.store()).single(o));
  }
}
