package io.nutriscan.input.web;

import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProxyChoiceTest {

    @Test
    void eachSchemeHasItsOwnVariableAsCurlReadsThem() {
        ProxyChoice choice = ProxyChoice.fromEnvironment(Map.of("http_proxy", "http://proxy:3128",
                "HTTPS_PROXY", "user:secret@secure:8443", "HTTP_PROXY", "http://ignored:1"));
        ProxyOptions http = choice.forUrl(URI.create("http://fitaudit.ru/food/1"));
        assertEquals("proxy", http.getHost());
        assertEquals(3128, http.getPort());
        assertEquals(ProxyType.HTTP, http.getType());
        ProxyOptions https = choice.forUrl(URI.create("https://fitaudit.ru/food/1"));
        assertEquals("secure", https.getHost());
        assertEquals("user", https.getUsername());
        assertEquals("secret", https.getPassword());
        assertNull(ProxyChoice.fromEnvironment(Map.of("HTTP_PROXY", "http://p:1")).forUrl(URI.create("http://a/")),
                "an upper-case HTTP_PROXY is not read, as curl does not");
    }

    @Test
    void noProxyNamesHostsAndDomainsThatGoDirect() {
        ProxyChoice choice = ProxyChoice.fromEnvironment(Map.of("http_proxy", "proxy:3128", "no_proxy", "localhost, .internal.example,127.0.0.1"));
        assertNull(choice.forUrl(URI.create("http://localhost:8080/")));
        assertNull(choice.forUrl(URI.create("http://pages.internal.example/")));
        assertNull(choice.forUrl(URI.create("http://127.0.0.1/")));
        assertEquals("proxy", choice.forUrl(URI.create("http://fitaudit.ru/")).getHost());
        assertNull(ProxyChoice.fromEnvironment(Map.of("http_proxy", "proxy:3128", "NO_PROXY", "*")).forUrl(URI.create("http://a/")));
    }

    @Test
    void aProxyThatCannotBeUsedIsSaidSo() {
        assertThrows(IllegalArgumentException.class, () -> ProxyChoice.fromEnvironment(Map.of("http_proxy", "ftp://p:21")));
        assertEquals(ProxyType.SOCKS5, ProxyChoice.fromEnvironment(Map.of("http_proxy", "socks5://p"))
                .forUrl(URI.create("http://a/")).getType());
    }
}
