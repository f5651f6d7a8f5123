package io.github.osf4j.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams a stored version, honouring a single "Range: bytes=" request (206/416). */
final class Downloads {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private Downloads() {}

  static HttpResponse serve(HttpRequest r, Version v, String name) {
    long size = v.size();
    String range = r.header("range");
    HttpResponse resp;
    Matcher m = range == null ? null : RANGE.matcher(range.trim());
    if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
      long start;
      long end;
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        start = Math.max(0, size - suffix);
        end = size - 1;
      } else {
        start = Long.parseLong(m.group(1));
        end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
      }
      if (start >= size || end < start) {
        return HttpResponse.empty(416).header("Content-Range", "bytes */" + size);
      }
      resp = HttpResponse.fileRange(206, v.blob(), start, end - start + 1);
      resp.header("Content-Range", "bytes " + start + "-" + end + "/" + size);
    } else {
      resp = HttpResponse.fileRange(200, v.blob(), 0, size);
    }
    resp.header("Content-Type", "application/octet-stream");
    resp.header("Accept-Ranges", "bytes");
    resp.header("Content-Disposition", disposition(name));
    resp.header("Last-Modified", Dates.http(v.created()));
    return resp;
  }

  static String disposition(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
