package io.nutriscan.input.web;

import io.nutriscan.input.sniff.HtmlSniff;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.ProxyOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages over HTTP with Vert.x's web client, politely: per-host limits and delays ({@link HostGate}),
 * robots.txt fetched once per host and obeyed ({@link RobotsRules}), retries of transient
 * failures with exponential backoff and jitter that honour Retry-After, redirects followed by hand (to
 * check each hop against robots.txt and catch loops), bodies streamed and cut off at the size limit.
 * <p>
 * {@link #fetch} blocks its caller: it is called on a page's virtual thread, which parks while the request
 * is on the network, so a fetch holds no platform thread and no parse permit. The client's own work runs on
 * the event loop of the Vert.x instance it is given.
 */
public final class Fetcher implements AutoCloseable {

    /** What a fetch gave: a page's body, or why there is none. */
    public sealed interface Outcome {
    }

    /**
     * {@code charset}: from the Content-Type header, or null; {@code finalUrl}: where redirects led, or null when
     * the page was where it was asked for.
     */
    public record Page(byte[] bytes, String charset, String finalUrl) implements Outcome {
    }

    public record Failed(String reason) implements Outcome, Attempt {
    }

    /** What one exchange came to after its retries: a response whose status needs no retry, or a {@link Failed}. */
    sealed interface Attempt permits Response, Failed {
    }

    /** What a run's progress wants to know. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void received(long bytes) {
        }

        default void retrying() {
        }

        /** A host answered 429 or 503: it asks for fewer requests. */
        default void throttled() {
        }

        /** A page was not modified since the archive --revisit gave: its body came from there. */
        default void notModified() {
        }
    }


    private final Vertx vertx;
    private final WebClient client;
    private final FetchOptions options;
    private final ProxyChoice proxies;
    private final ExchangeRecorder recorder;
    private final Listener listener;
    private final RevisitArchive revisit;
    private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
    private final RobotsRules robots;
    private final RetryPolicy retry;
    private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /** {@code revisit}: earlier crawls to ask only for changes against, or null. */
    public Fetcher(Vertx vertx, FetchOptions options, ProxyChoice proxies, ExchangeRecorder recorder, Listener listener,
                   RevisitArchive revisit) {
        this.vertx = vertx;
        this.options = options;
        this.proxies = proxies;
        this.recorder = recorder;
        this.listener = listener;
        this.revisit = revisit;
        WebClientOptions clientOptions = new WebClientOptions()
                .setUserAgent(options.userAgent())
                .setFollowRedirects(false)
                .setDecompressionSupported(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()))
                .setKeepAlive(true)
                // Every host's own limit is its gate; the pool only must not be the narrower one.
                .setMaxPoolSize(options.perHost())
                .setTryUseCompression(true);
        this.client = WebClient.create(vertx, clientOptions);
        this.robots = new RobotsRules(options.robotName(), this::withRetries, this::gate);
        this.retry = new RetryPolicy(options);
    }

    /** The page at {@code url}, an HTML body or the reason there is none. */
    public Outcome fetch(URI url) throws InterruptedException {
        return cancellable(() -> get(url, true));
    }

    /** Any body at {@code url} (a sitemap): no content-type check. */
    public Outcome fetchResource(URI url) throws InterruptedException {
        return cancellable(() -> get(url, false));
    }

    @FunctionalInterface
    private interface Fetch {
        Outcome run() throws InterruptedException;
    }

    /**
     * Runs a fetch on this thread, which {@link #cancelAll} interrupts from the moment it is registered: every
     * wait in it (for a host's slot, for robots.txt, for a response, before a retry) then ends at once.
     */
    private Outcome cancellable(Fetch fetch) throws InterruptedException {
        Thread self = Thread.currentThread();
        waiting.add(self);
        try {
            checkNotCancelled();
            return fetch.run();
        } finally {
            waiting.remove(self);
        }
    }

    /** Stops every fetch: those waiting end as "stopped", no new one starts. */
    public void cancelAll() {
        cancelled = true;
        for (Thread t : waiting) {
            t.interrupt();
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private Outcome get(URI asked, boolean htmlOnly) throws InterruptedException {
        String problem = Urls.problem(asked);
        if (problem != null) {
            return new Failed(problem);
        }
        URI url = asked;
        Set<URI> seen = new HashSet<>();
        seen.add(url);
        for (int hop = 0; ; hop++) {
            if (options.obeyRobots()) {
                String refusal = robots.refusal(url);
                if (refusal != null) {
                    return new Failed(refusal);
                }
            }
            Response response;
            RevisitArchive.Capture capture = htmlOnly && revisit != null ? revisit.capture(url) : null;
            switch (withRetries(url, options.maxPageSize(), capture)) {
                case Failed failed -> {
                    return failed;
                }
                case Response r -> response = r;
            }
            if (response.status == 304 && capture != null) {
                RevisitArchive.Body archived = revisit.body(capture, options.maxPageSize());
                if (archived.bytes().length > options.maxPageSize()) {
                    return new Failed("the archived body is larger than --max-page-size (" + options.maxPageSize() + " bytes)");
                }
                listener.notModified();
                return new Page(archived.bytes(), archived.contentType() == null ? null : Urls.charset(archived.contentType()),
                        url.equals(asked) ? null : url.toString());
            }
            if (response.isRedirect()) {
                String location = response.header("location");
                URI next;
                try {
                    next = url.resolve(location.strip()).normalize();
                } catch (IllegalArgumentException e) {
                    return new Failed(response.statusLine() + " to a location that is not a URL: " + location);
                }
                if (hop >= FetchOptions.MAX_REDIRECTS) {
                    return new Failed("more than " + FetchOptions.MAX_REDIRECTS + " redirects (the last to " + next + ")");
                }
                String nextProblem = Urls.problem(next);
                if (nextProblem != null) {
                    return new Failed("redirected to " + next + ": " + nextProblem);
                }
                if (!seen.add(next)) {
                    return new Failed("a redirect loop: " + url + " leads back to " + next);
                }
                url = next;
                continue;
            }
            if (response.status < 200 || response.status > 299) {
                return new Failed(response.statusLine());
            }
            String contentType = response.header("content-type");
            if (htmlOnly && contentType != null && !Urls.isHtml(contentType) && !sniffsAsPage(contentType, response.body)) {
                return new Failed("not an HTML page (Content-Type: " + contentType + ")");
            }
            return new Page(response.body, contentType == null ? null : Urls.charset(contentType),
                    url.equals(asked) ? null : url.toString());
        }
    }

    /**
     * A body served as application/octet-stream that is a page all the same, as a plain static server serves
     * the extensionless files a scraper saved (cache/114512): it begins as HTML, as the folder walk tells such
     * files, or it is gzip (a saved .html.gz), which the page reader opens.
     */
    private static boolean sniffsAsPage(String contentType, byte[] body) {
        if (!contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
            return false;
        }
        return HtmlSniff.startsLikeHtml(body) || body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
    }

    /** One exchange that reached the end of its body; its headers are looked up ignoring case. */
    record Response(int status, String reason, MultiMap headers, byte[] body) implements Attempt {
        boolean isRedirect() {
            return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && header("location") != null;
        }

        String header(String name) {
            return headers.get(name);
        }

        String statusLine() {
            return "HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason);
        }
    }

    Attempt withRetries(URI url, long limit) throws InterruptedException {
        return withRetries(url, limit, null);
    }

    /** {@code capture}: what an earlier crawl holds of this URL, to ask only whether it changed (or null). */
    private Attempt withRetries(URI url, long limit, RevisitArchive.Capture capture) throws InterruptedException {
        HostGate gate = gate(url);
        for (int attempt = 1; ; attempt++) {
            checkNotCancelled();
            Response response = null;
            Throwable failure = null;
            long request = gate.enter();
            if (cancelled) {
                gate.leave();
                throw new InterruptedException();
            }
            try {
                response = send(url, limit, capture);
            } catch (CompletionException e) {
                failure = e.getCause() != null ? e.getCause() : e;
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                gate.leave();
            }
            if (failure instanceof InterruptedException || Thread.currentThread().isInterrupted() || cancelled) {
                throw new InterruptedException();
            }
            String why;
            Duration wait = null;
            if (response != null) {
                if (response.status == 429 || response.status == 503) {
                    wait = RetryAfter.parse(response.header("retry-after"), Instant.now());
                    gate.congested(request, wait);
                    listener.throttled();
                } else {
                    gate.answered();
                }
                if (!RetryPolicy.retryable(response.status)) {
                    return response;
                }
                why = response.statusLine();
                if (wait == null) {
                    wait = RetryAfter.parse(response.header("retry-after"), Instant.now());
                }
                if (wait != null && wait.compareTo(options.maxRetryWait()) > 0) {
                    return new Failed(why + ": the server asks to retry after " + wait.toSeconds()
                            + " s, longer than --max-retry-wait (" + options.maxRetryWait().toSeconds() + " s)");
                }
            } else {
                String permanent = RetryPolicy.permanentFailure(failure);
                if (permanent != null) {
                    return new Failed(permanent);
                }
                why = retry.describe(failure);
            }
            if (attempt > options.retries()) {
                return new Failed(why + (attempt > 1 ? " (" + attempt + " attempts)" : ""));
            }
            if (wait == null) {
                boolean congested = response != null && (response.status == 429 || response.status == 503);
                wait = congested ? retry.congestedBackoff(attempt, gate.interval()) : retry.backoff(attempt);
            }
            listener.retrying();
            sleep(wait);
        }
    }

    private void sleep(Duration wait) throws InterruptedException {
        checkNotCancelled();
        TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    }

    private void checkNotCancelled() throws InterruptedException {
        if (cancelled) {
            throw new InterruptedException();
        }
    }

    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    /** One attempt, on the network until its body has ended, failed, or run out of time. */
    private Response send(URI url, long limit, RevisitArchive.Capture capture) throws InterruptedException {
        CappedBody capped = new CappedBody(limit);
        HttpRequest<byte[]> request = client.requestAbs(HttpMethod.GET, url.toASCIIString())
                .followRedirects(false)
                .putHeader("Accept", ACCEPT)
                .idleTimeout(options.requestTimeout().toMillis())
                .connectTimeout(options.connectTimeout().toMillis())
                .as(BodyCodec.newInstance(capped));
        List<Map.Entry<String, String>> conditions = new java.util.ArrayList<>();
        if (capture != null && capture.etag() != null) {
            conditions.add(Map.entry("If-None-Match", capture.etag()));
        }
        if (capture != null && capture.lastModified() != null) {
            conditions.add(Map.entry("If-Modified-Since", capture.lastModified()));
        }
        for (Map.Entry<String, String> condition : conditions) {
            request.putHeader(condition.getKey(), condition.getValue());
        }
        ProxyOptions proxy = proxies.forUrl(url);
        if (proxy != null) {
            request.proxy(proxy);
        }
        HttpResponse<byte[]> response;
        // The whole attempt's deadline, on the event loop's timer (cancelled, it is gone: nothing piles up).
        // It fails the body, which resets the request; before any byte of the body, the idle timeout ends it.
        long timer = vertx.setTimer(options.requestTimeout().toMillis(), id -> capped.abort(new TimeoutException()));
        try {
            response = request.send().await().indefinitely();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InterruptedException) {
                capped.abort(new InterruptedException());
                throw new InterruptedException();
            }
            throw e;
        } finally {
            vertx.cancelTimer(timer);
        }
        byte[] body = response.body() == null ? new byte[0] : response.body();
        MultiMap headers = response.headers().getDelegate();
        listener.received(body.length);
        if (recorder != ExchangeRecorder.NONE) {
            // The request as the client sent it: its options set the user agent and, with decompression, the encodings.
            List<Map.Entry<String, String>> sent = new java.util.ArrayList<>(List.of(Map.entry("Host", url.getRawAuthority()),
                    Map.entry("User-Agent", options.userAgent()), Map.entry("Accept", ACCEPT), Map.entry("Accept-Encoding", "gzip, deflate")));
            sent.addAll(conditions);
            if (response.statusCode() == 304 && capture != null) {
                recorder.notModified(url, sent, response.statusCode(), response.statusMessage(), headers, capture.originalId(),
                        capture.originalTarget(), revisit.originalDate(capture));
            } else {
                recorder.response(url, sent, response.statusCode(), response.statusMessage(), headers, body);
            }
        }
        return new Response(response.statusCode(), response.statusMessage(), headers, body);
    }

    HostGate gate(URI url) {
        return gates.computeIfAbsent(Urls.hostKey(url), k -> new HostGate(options.perHost(), options.delay()));
    }

}
