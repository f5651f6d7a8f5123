package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class EnvProxySelectorTest {

  @Test
  void httpsUsesHttpsProxy() {
    EnvProxySelector selector =
        new EnvProxySelector(
            Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "HTTP_PROXY", "other:80"));

    Proxy proxy = selector.select(URI.create("https://api.osf.io/v2/")).get(0);

    InetSocketAddress address = (InetSocketAddress) proxy.address();
    assertThat(address.getHostString()).isEqualTo("proxy.corp");
    assertThat(address.getPort()).isEqualTo(3128);
  }

  @Test
  void lowerCaseNamesWorkToo() {
    EnvProxySelector selector = new EnvProxySelector(Map.of("http_proxy", "proxy.corp:8080"));

    Proxy proxy = selector.select(URI.create("http://example.org/")).get(0);

    assertThat(((InetSocketAddress) proxy.address()).getPort()).isEqualTo(8080);
  }

  @Test
  void noProxyMatchesHostsAndSuffixes() {
    EnvProxySelector selector =
        new EnvProxySelector(
            Map.of("HTTPS_PROXY", "proxy.corp:3128", "NO_PROXY", "internal.org, .osf.io,10.0.0.1"));

    assertThat(selector.select(URI.create("https://api.osf.io/"))).containsExactly(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("https://internal.org/")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("https://10.0.0.1/"))).containsExactly(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("https://notosf.io/"))).doesNotContain(Proxy.NO_PROXY);
  }

  @Test
  void starDisablesProxies() {
    EnvProxySelector selector =
        new EnvProxySelector(Map.of("HTTPS_PROXY", "proxy.corp:3128", "NO_PROXY", "*"));

    assertThat(selector.select(URI.create("https://api.osf.io/"))).containsExactly(Proxy.NO_PROXY);
  }

  @Test
  void loopbackAndUnsetGoDirect() {
    EnvProxySelector selector = new EnvProxySelector(Map.of("HTTP_PROXY", "proxy.corp:3128"));

    assertThat(selector.select(URI.create("http://127.0.0.1:9/"))).containsExactly(Proxy.NO_PROXY);
    assertThat(new EnvProxySelector(Map.of()).select(URI.create("https://api.osf.io/")))
        .containsExactly(Proxy.NO_PROXY);
  }
}
