package io.nutriscan.input.web;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlsTest {

    @Test
    void onlyHttpAndHttpsEntriesAreUrls() {
        assertTrue(Urls.isUrl("https://fitaudit.ru/food/114512"));
        assertTrue(Urls.isUrl("HTTP://fitaudit.ru/"));
        assertFalse(Urls.isUrl("cache/114512"));
        assertFalse(Urls.isUrl("ftp://host/file"));
        assertFalse(Urls.isUrl("http:relative"));
        assertTrue(Urls.isOtherUrl("ftp://host/file"));
        assertTrue(Urls.isOtherUrl("file:///tmp/page.html"));
        assertFalse(Urls.isOtherUrl("cache/114512"));
        assertFalse(Urls.isOtherUrl("https://fitaudit.ru/"));
    }

    @Test
    void hostsOriginsAndProblems() {
        assertEquals("fitaudit.ru:443", Urls.hostKey(URI.create("https://FitAudit.ru/food/1")));
        assertEquals("127.0.0.2:8080", Urls.hostKey(URI.create("http://127.0.0.2:8080/")));
        assertEquals("https://fitaudit.ru", Urls.origin(URI.create("https://fitaudit.ru:443/food/1?x")));
        assertEquals("http://127.0.0.1:8080", Urls.origin(URI.create("http://127.0.0.1:8080/a")));
        assertNull(Urls.problem(URI.create("http://a/")));
        assertEquals("the URL names no host", Urls.problem(URI.create("http:///path")));
    }

    @Test
    void contentTypes() {
        assertTrue(Urls.isHtml("text/html; charset=windows-1251"));
        assertTrue(Urls.isHtml("application/xhtml+xml"));
        assertFalse(Urls.isHtml("text/plain"));
        assertEquals("windows-1251", Urls.charset("text/html; charset=windows-1251"));
        assertEquals("utf-8", Urls.charset("text/html;Charset=\"utf-8\""));
        assertNull(Urls.charset("text/html"));
    }
}
