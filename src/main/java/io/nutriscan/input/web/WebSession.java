package io.nutriscan.input.web;

import io.vertx.mutiny.core.Vertx;

import java.util.function.Supplier;

/**
 * A run's one way onto the web, opened on first use: a run of files never starts an HTTP client. The pages
 * and the sitemaps of a run share its {@link Fetcher}, so they share its per-host limits and robots.txt.
 */
public final class WebSession implements AutoCloseable {

    private final Supplier<Vertx> vertx;
    private final FetchOptions options;
    private final ProxyChoice proxies;
    private final RevisitArchive revisit;
    private final ExchangeRecorder recorder;
    private final Fetcher.Listener listener;
    private Fetcher fetcher;
    private boolean cancelled;

    /**
     * {@code revisit}: earlier crawls to ask only for changes against (--revisit), or null; {@code recorder}: where
     * every exchange is kept (--warc); {@code listener}: told of bytes, retries and throttling as they happen.
     */
    public WebSession(Supplier<Vertx> vertx, FetchOptions options, ProxyChoice proxies, RevisitArchive revisit,
                      ExchangeRecorder recorder, Fetcher.Listener listener) {
        this.vertx = vertx;
        this.options = options;
        this.proxies = proxies;
        this.revisit = revisit;
        this.recorder = java.util.Objects.requireNonNull(recorder);
        this.listener = java.util.Objects.requireNonNull(listener);
    }

    public synchronized Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = new Fetcher(vertx.get(), options, proxies, recorder, listener, revisit);
            if (cancelled) {
                fetcher.cancelAll();
            }
        }
        return fetcher;
    }

    /** Stops every fetch in flight or waiting, and any later one. */
    public synchronized void cancelAll() {
        cancelled = true;
        if (fetcher != null) {
            fetcher.cancelAll();
        }
    }

    @Override
    public synchronized void close() {
        if (fetcher != null) {
            fetcher.close();
        }
    }
}
