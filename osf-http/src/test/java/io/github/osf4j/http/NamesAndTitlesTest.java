package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class NamesAndTitlesTest {

  @Test
  void badNamesAreNamed() {
    assertThat(Names.problem("ok name.txt")).isNull();
    assertThat(Names.problem(".hidden")).isNull();
    assertThat(Names.problem("..")).contains("reserved");
    assertThat(Names.problem(".")).contains("reserved");
    assertThat(Names.problem("a/b")).contains("/");
    assertThat(Names.problem("a\0b")).contains("NUL");
    assertThat(Names.problem("a\tb")).contains("control");
    assertThat(Names.problem("a\u0085b")).contains("control");
    assertThat(Names.problem("")).contains("empty");
  }

  @Test
  void placeholdersAreValidSegments() {
    assertThat(Names.placeholder("..")).isEqualTo("%2E%2E");
    assertThat(Names.placeholder("a/b\u0001")).isEqualTo("a%2Fb%01");
    assertThat(Names.problem(Names.placeholder(""))).isNull();
  }

  @Test
  void titlesRoundTripOsfEscaping() {
    assertThat(Titles.unescape("&gt; data &amp; &lt; files")).isEqualTo("> data & < files");
    assertThat(Titles.unescape("a &#39;b&#x27; &unknown; &")).isEqualTo("a 'b' &unknown; &");
    assertThat(Titles.escape("> data & < files")).isEqualTo("&gt; data &amp; &lt; files");
  }

  @Test
  void queryValuesArePercentEncoded() {
    Urls urls =
        new Urls(
            java.net.URI.create("https://api.osf.io/v2/"),
            java.net.URI.create("https://files.osf.io/v1/"));

    assertThat(urls.folder("abc12", null, "kind", "file", "name", "a b&c=d+é#?.txt").toString())
        .isEqualTo(
            "https://files.osf.io/v1/resources/abc12/providers/osfstorage/"
                + "?kind=file&name=a%20b%26c%3Dd%2B%C3%A9%23%3F.txt");
    assertThat(urls.api("nodes/", "filter[title]", "x").toString())
        .isEqualTo("https://api.osf.io/v2/nodes/?version=2.20&filter%5Btitle%5D=x");
  }
}
