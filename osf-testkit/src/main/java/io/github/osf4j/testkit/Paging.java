package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** OSF's page-number pagination in the 2.0 shape and the ≥2.1 shape. */
final class Paging {
  static final int DEFAULT_SIZE = 10;
  static final int MAX_SIZE = 100;

  private Paging() {}

  static int pageSize(HttpRequest r) {
    String raw = r.param("page[size]");
    if (raw == null) {
      return DEFAULT_SIZE;
    }
    try {
      int n = Integer.parseInt(raw);
      return n <= 0 ? DEFAULT_SIZE : Math.min(n, MAX_SIZE);
    } catch (NumberFormatException e) {
      return DEFAULT_SIZE;
    }
  }

  /** Returns the page body, or null when the page does not exist ("Invalid page."). */
  static @Nullable ObjectNode page(List<ObjectNode> all, HttpRequest r, ApiCtx c, String selfUrl) {
    int size = pageSize(r);
    int total = all.size();
    int last = Math.max(1, (total + size - 1) / size);
    String raw = r.param("page");
    int page;
    if (raw == null) {
      page = 1;
    } else if (raw.equals("last")) {
      page = last;
    } else {
      try {
        page = Integer.parseInt(raw);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (page < 1 || page > last) {
      return null;
    }
    int from = (page - 1) * size;
    if (r.decision.paginationBug && page % 2 == 0) {
      // osf.io#11266: an unstable order makes even pages overlap the previous one by an item,
      // so that item repeats and the item just after this page is never listed.
      from -= 1;
    }
    int to = Math.min(total, from + size);
    ObjectNode body = ApiJson.MAPPER.createObjectNode();
    body.putArray("data").addAll(all.subList(from, to));
    ObjectNode links = body.putObject("links");
    String base = selfUrl + query(r);
    if (c.minor() >= 1) {
      links.put("self", withPage(selfUrl, r, page));
    }
    put(links, "first", page == 1 ? null : base);
    put(links, "last", page == last ? null : withPage(selfUrl, r, last));
    put(links, "prev", page == 1 ? null : page == 2 ? base : withPage(selfUrl, r, page - 1));
    if (r.decision.loopingNext) {
      put(links, "next", base);
    } else {
      put(links, "next", page == last ? null : withPage(selfUrl, r, page + 1));
    }
    ObjectNode meta = body.putObject("meta");
    if (c.minor() >= 1) {
      meta.put("total", total).put("per_page", size);
    } else {
      links.putObject("meta").put("total", total).put("per_page", size);
    }
    meta.put("version", c.version());
    return body;
  }

  private static void put(ObjectNode o, String key, @Nullable String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }

  private static String withPage(String selfUrl, HttpRequest r, int page) {
    String q = query(r);
    return selfUrl + (q.isEmpty() ? "?" : q + "&") + "page=" + page;
  }

  /** The request's query without "page", re-encoded ("?a=b&c=d" or ""). */
  private static String query(HttpRequest r) {
    StringJoiner j = new StringJoiner("&");
    for (Map.Entry<String, List<String>> e : r.params.entrySet()) {
      if (e.getKey().equals("page")) {
        continue;
      }
      for (String v : e.getValue()) {
        j.add(ApiJson.enc(e.getKey()) + "=" + ApiJson.enc(v));
      }
    }
    return j.length() == 0 ? "" : "?" + j;
  }
}
