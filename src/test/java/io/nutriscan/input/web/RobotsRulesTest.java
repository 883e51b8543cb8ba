package io.nutriscan.input.web;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** robots.txt as {@link RobotsRules} reads it, from exchanges made up here: what is asked, what is allowed. */
class RobotsRulesTest {

    private final List<URI> asked = new ArrayList<>();
    private final Map<String, Fetcher.Attempt> answers = new HashMap<>();
    private final Map<String, HostGate> gates = new HashMap<>();

    private RobotsRules rules() {
        return new RobotsRules("nutriscan", (url, limit) -> {
            asked.add(url);
            assertEquals(RobotsRules.ROBOTS_LIMIT, limit);
            Fetcher.Attempt answer = answers.get(url.toString());
            return answer != null ? answer : response(404, "", Map.of());
        }, url -> gates.computeIfAbsent(url.getHost(), h -> new HostGate(2, Duration.ZERO)));
    }

    private static Fetcher.Response response(int status, String body, Map<String, String> headers) {
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(map::add);
        return new Fetcher.Response(status, "", map, body.getBytes(StandardCharsets.UTF_8));
    }

    private static URI uri(String s) {
        return URI.create(s);
    }

    @Test
    void rulesAreReadOncePerOriginAndObeyedForOurName() throws InterruptedException {
        answers.put("http://a.test/robots.txt", response(200,
                "User-agent: nutriscan\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n", Map.of("Content-Type", "text/plain")));
        RobotsRules rules = rules();
        assertNull(rules.refusal(uri("http://a.test/p/1")));
        assertEquals("disallowed by http://a.test/robots.txt for user agent nutriscan (--ignore-robots to fetch it anyway)",
                rules.refusal(uri("http://a.test/private/2")));
        assertNull(rules.refusal(uri("http://a.test/p/3")));
        assertEquals(List.of(uri("http://a.test/robots.txt")), asked, "one robots.txt for the origin");
        assertNull(rules.refusal(uri("https://a.test/p/1")), "another origin, another robots.txt (404 here)");
        assertEquals(2, asked.size());
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws InterruptedException {
        answers.put("http://a.test/robots.txt", response(404, "no", Map.of()));
        assertNull(rules().refusal(uri("http://a.test/anything")));
        answers.put("http://b.test/robots.txt", response(403, "no", Map.of()));
        assertNull(rules().refusal(uri("http://b.test/anything")), "4xx: RFC 9309 allows everything");
    }

    @Test
    void anUnreachableOrFailingRobotsTxtDisallowsTheHost() throws InterruptedException {
        answers.put("http://a.test/robots.txt", new Fetcher.Failed("could not connect"));
        String refusal = rules().refusal(uri("http://a.test/p/1"));
        assertEquals("not fetched: http://a.test/robots.txt could not be fetched (could not connect), and RFC 9309 then "
                + "disallows the whole host (--ignore-robots to fetch anyway)", refusal);
        answers.put("http://b.test/robots.txt", response(503, "", Map.of()));
        assertTrue(rules().refusal(uri("http://b.test/p/1")).startsWith("not fetched: http://b.test/robots.txt answered HTTP 503"));
    }

    @Test
    void redirectsAreFollowedAFewTimes() throws InterruptedException {
        answers.put("http://a.test/robots.txt", response(301, "", Map.of("Location", "/moved/robots.txt")));
        answers.put("http://a.test/moved/robots.txt", response(200, "User-agent: *\nDisallow: /x\n", Map.of()));
        assertTrue(rules().refusal(uri("http://a.test/x/1")).startsWith("disallowed by"));
        asked.clear();
        answers.put("http://b.test/robots.txt", response(302, "", Map.of("Location", "/robots.txt")));
        assertNull(rules().refusal(uri("http://b.test/x/1")), "a loop ends as no robots.txt");
        assertEquals(RobotsRules.ROBOTS_REDIRECTS + 1, asked.size());
    }

    @Test
    void aCrawlDelaySlowsTheHostAndOneOverFiveMinutesRefusesIt() throws InterruptedException {
        answers.put("http://a.test/robots.txt", response(200, "User-agent: *\nCrawl-delay: 2\n", Map.of()));
        assertNull(rules().refusal(uri("http://a.test/p/1")));
        assertTrue(gates.containsKey("a.test"), "the host's gate was given the delay");
        answers.put("http://b.test/robots.txt", response(200, "User-agent: *\nCrawl-delay: 600\n", Map.of()));
        assertEquals("not fetched: http://b.test/robots.txt asks for a Crawl-delay of 600 s, over 300 s (--ignore-robots to fetch anyway)",
                rules().refusal(uri("http://b.test/p/1")));
    }
}
