package org.regwatch.poller.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

  @Test
  void trackingParametersFragmentDefaultPortAndHostCaseAreDropped() {
    assertThat(CanonicalUrl.of("HTTPS://News.Example.ORG:443/2020/06/Story?utm_source=rss&id=7&fbclid=abc#comments"))
        .hasValue("https://news.example.org/2020/06/Story?id=7");
  }

  @Test
  void remainingParametersKeepTheirOrder() {
    assertThat(CanonicalUrl.of("http://a.example/p?b=2&utm_medium=x&a=1")).hasValue("http://a.example/p?b=2&a=1");
  }

  @Test
  void nonHttpTextIsNotAUrl() {
    assertThat(CanonicalUrl.of("tag:ledger.example.org,2021:entry-77")).isEmpty();
    assertThat(CanonicalUrl.of("wire-2020-0608-ibm")).isEmpty();
    assertThat(CanonicalUrl.of(null)).isEmpty();
  }
}
