package io.nutriscan.input.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The page URLs of sitemaps and sitemap indexes (XML, text or RSS/Atom, gzipped or not; crawler-commons'
 * parser), read one sitemap at a time as the URLs are taken: a sitemap given by URL is fetched with the
 * run's fetcher (politely, as pages are), one given as a file is read from disk; an index's sitemaps are
 * fetched in turn, each once. A sitemap that cannot be fetched or read is one entry with the problem.
 */
public final class Sitemaps implements Iterator<Sitemaps.Entry> {

    /** A page URL, or a sitemap that gave none ({@code problem} set, {@code url} the sitemap's). */
    public record Entry(String url, String problem) {
    }

    private final Supplier<Fetcher> fetcher;
    private final Deque<String> sitemaps = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final Deque<Entry> ready = new ArrayDeque<>();
    private final SiteMapParser parser = new SiteMapParser(false);

    public Sitemaps(String sitemap, Supplier<Fetcher> fetcher) {
        this.fetcher = fetcher;
        sitemaps.add(sitemap);
        seen.add(sitemap);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !sitemaps.isEmpty()) {
            read(sitemaps.poll());
        }
        return !ready.isEmpty();
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private static boolean isFileUrl(String sitemap) {
        return sitemap.regionMatches(true, 0, "file:", 0, 5);
    }

    private void read(String sitemap) {
        byte[] bytes;
        URL base;
        try {
            if (Urls.isUrl(sitemap)) {
                URI uri = URI.create(sitemap);
                Fetcher.Outcome outcome = fetcher.get().fetchResource(uri);
                if (outcome instanceof Fetcher.Failed failed) {
                    ready.add(new Entry(sitemap, "cannot fetch the sitemap: " + failed.reason()));
                    return;
                }
                Fetcher.Page page = (Fetcher.Page) outcome;
                bytes = page.bytes();
                base = URI.create(page.finalUrl() != null ? page.finalUrl() : sitemap).toURL();
            } else if (Urls.isOtherUrl(sitemap) && !isFileUrl(sitemap)) {
                ready.add(new Entry(sitemap, "cannot fetch the sitemap: " + Urls.problem(URI.create(sitemap))));
                return;
            } else {
                // a file given by name, or one an index on disk names by a file: URL
                Path file = isFileUrl(sitemap) ? Path.of(URI.create(sitemap)) : Path.of(sitemap);
                bytes = Files.readAllBytes(file);
                base = file.toAbsolutePath().toUri().toURL();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.add(new Entry(sitemap, "stopped before the sitemap was read"));
            return;
        } catch (IOException | IllegalArgumentException e) {
            ready.add(new Entry(sitemap, "cannot read the sitemap: " + e.getMessage()));
            return;
        }
        AbstractSiteMap parsed;
        try {
            // The format (XML, text, RSS/Atom; gzipped or not) is told from the bytes and the URL.
            parsed = parser.parseSiteMap(bytes, base);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            ready.add(new Entry(sitemap, "not a sitemap: " + e.getMessage()));
            return;
        }
        if (parsed instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                String url = child.getUrl().toString();
                if (seen.add(url)) {
                    sitemaps.add(url);
                }
            }
        } else if (parsed instanceof SiteMap map) {
            for (SiteMapURL url : map.getSiteMapUrls()) {
                ready.add(new Entry(url.getUrl().toString(), null));
            }
        }
    }
}
