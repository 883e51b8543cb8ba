/**
 * Pages from the web, fetched politely with Vert.x's HTTP client: robots.txt (crawler-commons), a pace per host
 * that backs off on 429 and 503 ({@link io.nutriscan.input.web.HostGate}), retries with Retry-After, bodies capped
 * as they stream in, proxies from the environment, sitemaps, conditional requests against an earlier archive
 * ({@code --revisit}), and every exchange told to an {@link io.nutriscan.input.web.ExchangeRecorder} (the run's
 * {@code --warc} file). Uses {@code input.sniff} and
 * {@code input.warc} (reading archived records again).
 */
package io.nutriscan.input.web;
