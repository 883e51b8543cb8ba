package io.nutriscan.input.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt, fetched once per origin (RFC 9309, crawler-commons' parser) and asked about each URL: an
 * unreachable or failing robots.txt disallows the host, a missing one allows everything, a Crawl-delay slows the
 * host's gate (or, past five minutes, makes its pages error records). Its own fetches go through the fetcher's
 * retries and follow up to five redirects.
 */
final class RobotsRules {

    /** One exchange after its retries, as the fetcher makes it. */
    interface Exchange {
        Fetcher.Attempt get(URI url, long limit) throws InterruptedException;
    }

    /** robots.txt larger than this is read this far (RFC 9309 asks for at least 500 KiB). */
    static final int ROBOTS_LIMIT = 512 << 10;
    static final int ROBOTS_REDIRECTS = 5;
    /** A Crawl-delay above this makes the host's pages error records rather than a run that waits for days. */
    static final long MAX_CRAWL_DELAY_MS = Duration.ofMinutes(5).toMillis();

    private final String robotName;
    private final Exchange exchange;
    private final Function<URI, HostGate> gates;
    private final Map<String, CompletableFuture<Robots>> robots = new ConcurrentHashMap<>();

    /** {@code robotName}: the name robots.txt groups are matched against; {@code gates}: the gate of a URL's host. */
    RobotsRules(String robotName, Exchange exchange, Function<URI, HostGate> gates) {
        this.robotName = robotName;
        this.exchange = exchange;
        this.gates = gates;
    }

    /** A host's robots.txt rules; {@code unavailable}: why there is none to read (a 5xx, unreachable), or null. */
    private record Robots(BaseRobotRules rules, String unavailable) {
    }

    /** Why robots.txt forbids {@code url}, or null when it allows it. */
    String refusal(URI url) throws InterruptedException {
        String origin = Urls.origin(url);
        CompletableFuture<Robots> mine = new CompletableFuture<>();
        CompletableFuture<Robots> known = robots.putIfAbsent(origin, mine);
        if (known == null) {
            known = mine;
            try {
                mine.complete(readRobots(URI.create(origin + "/robots.txt")));
            } catch (InterruptedException e) {
                robots.remove(origin, mine);
                mine.completeExceptionally(e);
                throw e;
            } catch (RuntimeException e) {
                mine.complete(new Robots(new SimpleRobotRulesParser().failedFetch(503), "it could not be read: " + e));
            }
        }
        Robots r;
        try {
            r = known.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new InterruptedException();
        }
        if (r.unavailable() != null) {
            return "not fetched: " + origin + "/robots.txt " + r.unavailable() + ", and RFC 9309 then disallows the whole host "
                    + "(--ignore-robots to fetch anyway)";
        }
        if (r.rules().getCrawlDelay() > MAX_CRAWL_DELAY_MS) {
            return "not fetched: " + origin + "/robots.txt asks for a Crawl-delay of " + r.rules().getCrawlDelay() / 1000
                    + " s, over " + MAX_CRAWL_DELAY_MS / 1000 + " s (--ignore-robots to fetch anyway)";
        }
        if (!r.rules().isAllowed(url.toString())) {
            return "disallowed by " + origin + "/robots.txt for user agent " + robotName
                    + " (--ignore-robots to fetch it anyway)";
        }
        return null;
    }

    private Robots readRobots(URI robotsUrl) throws InterruptedException {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 50);
        URI url = robotsUrl;
        for (int hop = 0; ; hop++) {
            Fetcher.Response response;
            switch (exchange.get(url, ROBOTS_LIMIT)) {
                case Fetcher.Failed failed -> {
                    // unreachable after the retries: RFC 9309 §2.3.1.4, disallow everything
                    return new Robots(parser.failedFetch(503), "could not be fetched (" + failed.reason() + ")");
                }
                case Fetcher.Response r -> response = r;
            }
            if (response.isRedirect() && hop < ROBOTS_REDIRECTS) {
                url = url.resolve(response.header("location").strip());
                if (Urls.problem(url) != null) {
                    return new Robots(parser.failedFetch(404), null);
                }
                continue;
            }
            if (response.status() >= 200 && response.status() <= 299) {
                SimpleRobotRules rules = parser.parseContent(url.toString(), response.body(), response.header("content-type"),
                        List.of(robotName));
                if (rules.getCrawlDelay() > 0) {
                    gates.apply(robotsUrl).atLeast(Duration.ofMillis(rules.getCrawlDelay()));
                }
                return new Robots(rules, null);
            }
            if (response.status() >= 500) {
                return new Robots(parser.failedFetch(response.status()), "answered " + response.statusLine());
            }
            // 3xx past the redirects and 4xx: no robots.txt, everything allowed.
            return new Robots(parser.failedFetch(404), null);
        }
    }

}
