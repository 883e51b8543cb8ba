package io.nutriscan.testing;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A web server on one loopback address that serves the pages of a folder, slowly or with faults, and
 * records what it was asked, so tests assert from the server's side: requests in flight at most, when each
 * request came, what was asked for. Two addresses (127.0.0.1, 127.0.0.2) are two hosts.
 * <pre>
 * /p/FILE                          the page
 * /private/FILE                    the page (robots.txt may disallow /private/)
 * /f/429/N/FILE                    429 with Retry-After: 1 (seconds) the first N times, then the page
 * /f/503date/N/FILE                503 with Retry-After as an HTTP date 2 s ahead the first N times, then the page
 * /f/500/N/FILE                    500 the first N times, then the page
 * /f/reset/N/FILE                  the connection closed without an answer the first N times, then the page
 * /f/cut/0/FILE                    always: Content-Length of the whole page, half of it sent, the connection closed
 * /f/drip/0/FILE                   a byte every 200 ms, forever
 * /f/gzip/0/FILE                   the page gzipped (Content-Encoding: gzip)
 * /f/deflate/0/FILE                the page deflated (Content-Encoding: deflate)
 * /f/gzip-bomb/0/FILE              64 MiB of zeros in a 64 KiB gzip body
 * /f/header-charset/0/FILE         the page in windows-1251 without its meta charset; the charset only in the header
 * /f/redirect/K/FILE               302 to /f/redirect/K-1/FILE; K = 0 is the page
 * /f/loop/0/a  and  /f/loop/0/b    302 to each other
 * /f/404/0/FILE                    404
 * /f/image/0/FILE                  the page's bytes as image/png
 * /f/huge/0/FILE                   an endless text/html body
 * /f/long-retry/0/FILE             429 with Retry-After: 3600
 * /f/etag/0/FILE                   the page with an ETag and a Last-Modified; 304 to a request that names either
 * /f/octet/0/FILE                  the page as application/octet-stream (a static server's extensionless file)
 * </pre>
 */
public final class PageServer implements AutoCloseable {

    /** One request as it arrived. */
    public record Hit(String path, long nanos, String userAgent) {
    }

    private static final Vertx VERTX = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));

    private final Path folder;
    private final String address;
    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> faultsLeft = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private volatile String robots;
    private volatile int robotsStatus = 404;
    private volatile long latencyMillis;

    private final boolean tls;
    private Path keyStore;

    private PageServer(Path folder, String address, int port) {
        this(folder, address, port, false);
    }

    private PageServer(Path folder, String address, int port, boolean tls) {
        this.folder = folder;
        this.address = address;
        this.tls = tls;
        HttpServerOptions options = new HttpServerOptions().setHost(address).setPort(port).setIdleTimeout(120);
        if (tls) {
            keyStore = selfSignedKeyStore(address);
            options.setSsl(true).setKeyCertOptions(new io.vertx.core.net.PfxOptions().setPath(keyStore.toString())
                    .setPassword("nutriscan"));
        }
        this.server = VERTX.createHttpServer(options).requestHandler(this::handle);
        try {
            server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on " + address + ":" + port, e);
        }
    }

    public static PageServer start(Path folder, String address) {
        return new PageServer(folder, address, 0);
    }

    /** A PKCS#12 key store with a fresh self-signed certificate for {@code address}, made by the JDK's keytool. */
    private static Path selfSignedKeyStore(String address) {
        try {
            Path store = Files.createTempFile("page-server-", ".p12");
            Files.delete(store);
            Path keytool = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("keytool");
            Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", "nutriscan", "-alias", "server", "-keyalg", "EC", "-dname", "CN=" + address, "-validity", "2",
                    "-ext", "SAN=IP:" + address).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + said);
            }
            store.toFile().deleteOnExit();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same over HTTPS, with a self-signed certificate no client trusts. */
    public static PageServer startTls(Path folder, String address) {
        return new PageServer(folder, address, 0, true);
    }

    /**
     * A PKCS#12 trust store (password "nutriscan") holding this server's certificate, for a client told to
     * trust it with {@code -Djavax.net.ssl.trustStore=…}.
     */
    public Path trustStore() {
        try {
            java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(keyStore)) {
                keys.load(in, "nutriscan".toCharArray());
            }
            java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("page-server", keys.getCertificate("server"));
            Path store = keyStore.resolveSibling(keyStore.getFileName() + ".trust.p12");
            try (var out = Files.newOutputStream(store)) {
                trust.store(out, "nutriscan".toCharArray());
            }
            store.toFile().deleteOnExit();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return (tls ? "https://" : "http://") + address + ":" + server.actualPort() + path;
    }

    public int port() {
        return server.actualPort();
    }

    /** robots.txt's body (status 200), or null for a 404. */
    public PageServer robots(String body) {
        this.robots = body;
        this.robotsStatus = body == null ? 404 : 200;
        return this;
    }

    public PageServer robotsStatus(int status) {
        this.robotsStatus = status;
        return this;
    }

    /** Every answer waits this long first. */
    public PageServer latency(Duration latency) {
        this.latencyMillis = latency.toMillis();
        return this;
    }

    public List<Hit> hits() {
        return new ArrayList<>(hits);
    }

    public List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    /** How many 304 Not Modified answers /f/etag/ gave. */
    public int notModified() {
        return notModified.get();
    }

    /** The most requests this server had in flight at once (robots.txt included). */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        hits.add(new Hit(path + (request.query() == null ? "" : "?" + request.query()), System.nanoTime(),
                request.getHeader("User-Agent")));
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        AtomicBoolean counted = new AtomicBoolean();
        Runnable done = () -> {
            if (counted.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        request.response().endHandler(v -> done.run());
        request.response().closeHandler(v -> done.run());
        request.connection().closeHandler(v -> done.run());
        if (latencyMillis > 0) {
            VERTX.setTimer(latencyMillis, t -> answer(request, path));
        } else {
            answer(request, path);
        }
    }

    private void answer(HttpServerRequest request, String path) {
        HttpServerResponse response = request.response();
        try {
            if (path.equals("/robots.txt")) {
                response.setStatusCode(robotsStatus).putHeader("Content-Type", "text/plain").end(robots == null ? "" : robots);
            } else if (path.startsWith("/p/") || path.startsWith("/private/")) {
                page(response, path.substring(path.indexOf('/', 1) + 1));
            } else if (path.startsWith("/f/")) {
                String[] parts = path.substring(3).split("/", 3);
                fault(request, response, parts[0], Integer.parseInt(parts[1]), parts[2]);
            } else {
                response.setStatusCode(404).end("no such page");
            }
        } catch (RuntimeException e) {
            response.setStatusCode(500).end(e.toString());
        }
    }

    private void fault(HttpServerRequest request, HttpServerResponse response, String fault, int times, String file) {
        String key = request.path();
        boolean faulty = faultsLeft.computeIfAbsent(key, k -> new AtomicInteger(times)).getAndDecrement() > 0;
        switch (fault) {
            case "429" -> {
                if (faulty) {
                    response.setStatusCode(429).putHeader("Retry-After", "1").end("slow down");
                } else {
                    page(response, file);
                }
            }
            case "503date" -> {
                if (faulty) {
                    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
                    response.setStatusCode(503).putHeader("Retry-After", date).end("down for a moment");
                } else {
                    page(response, file);
                }
            }
            case "500" -> {
                if (faulty) {
                    response.setStatusCode(500).end("oops");
                } else {
                    page(response, file);
                }
            }
            case "reset" -> {
                if (faulty) {
                    request.connection().close();
                } else {
                    page(response, file);
                }
            }
            case "cut" -> {
                byte[] bytes = read(file);
                response.putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Content-Length", String.valueOf(bytes.length));
                response.write(Buffer.buffer(java.util.Arrays.copyOf(bytes, bytes.length / 2)));
                VERTX.setTimer(50, t -> request.connection().close());
            }
            case "drip" -> {
                response.setChunked(true).putHeader("Content-Type", "text/html");
                VERTX.setPeriodic(200, id -> {
                    if (response.closed() || response.ended()) {
                        VERTX.cancelTimer(id);
                    } else {
                        response.write("<");
                    }
                });
            }
            case "gzip" -> compressed(response, "text/html; charset=utf-8", "gzip", read(file), 1);
            case "deflate" -> compressed(response, "text/html; charset=utf-8", "deflate", read(file), 1);
            case "gzip-bomb" -> compressed(response, "text/html", "gzip", new byte[1 << 20], 64);
            case "header-charset" -> {
                String text = new String(read(file), StandardCharsets.UTF_8).replaceAll("(?i)<meta[^>]*charset[^>]*>", "");
                response.putHeader("Content-Type", "text/html; charset=windows-1251")
                        .end(Buffer.buffer(text.getBytes(Charset.forName("windows-1251"))));
            }
            case "redirect" -> {
                if (times == 0) {
                    page(response, file);
                } else {
                    response.setStatusCode(302).putHeader("Location", "/f/redirect/" + (times - 1) + "/" + file).end();
                }
            }
            case "loop" -> response.setStatusCode(302).putHeader("Location", file.equals("a") ? "b" : "a").end();
            case "404" -> response.setStatusCode(404).end("gone");
            case "image" -> response.putHeader("Content-Type", "image/png").end(Buffer.buffer(read(file)));
            case "huge" -> {
                response.setChunked(true).putHeader("Content-Type", "text/html");
                Buffer chunk = Buffer.buffer("<p>" + "x".repeat(64 * 1024) + "</p>");
                VERTX.setPeriodic(1, id -> {
                    if (response.closed() || response.ended()) {
                        VERTX.cancelTimer(id);
                    } else if (!response.writeQueueFull()) {
                        response.write(chunk);
                    }
                });
            }
            case "etag" -> {
                String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(read(file))) + "\"";
                String lastModified = "Mon, 07 Dec 2026 10:00:00 GMT";
                if (etag.equals(request.getHeader("If-None-Match")) || lastModified.equals(request.getHeader("If-Modified-Since"))) {
                    notModified.incrementAndGet();
                    response.setStatusCode(304).putHeader("ETag", etag).end();
                } else {
                    response.putHeader("ETag", etag).putHeader("Last-Modified", lastModified);
                    page(response, file);
                }
            }
            case "octet" -> response.putHeader("Content-Type", "application/octet-stream").end(Buffer.buffer(read(file)));
            case "long-retry" -> response.setStatusCode(429).putHeader("Retry-After", "3600").end("come back in an hour");
            default -> response.setStatusCode(400).end("unknown fault " + fault);
        }
    }

    /** {@code bytes} written {@code times} over, compressed with {@code encoding} (gzip or deflate). */
    private static void compressed(HttpServerResponse response, String contentType, String encoding, byte[] bytes, int times) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = encoding.equals("gzip") ? new GZIPOutputStream(zipped) : new DeflaterOutputStream(zipped)) {
            for (int i = 0; i < times; i++) {
                z.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.putHeader("Content-Type", contentType).putHeader("Content-Encoding", encoding).end(Buffer.buffer(zipped.toByteArray()));
    }

    private void page(HttpServerResponse response, String file) {
        Path page = folder.resolve(file).normalize();
        if (!page.startsWith(folder) || !Files.isRegularFile(page)) {
            response.setStatusCode(404).end("no such page");
            return;
        }
        // No charset: the files are in several (re-encoded pages); each declares its own, as a plain file server says.
        response.putHeader("Content-Type", "text/html").end(Buffer.buffer(read(file)));
    }

    private byte[] read(String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * Serves a folder from the command line, for wget and the fetch benchmark:
     * {@code PageServer FOLDER [ADDRESS [PORT [LATENCY_MS]]]}; prints the port and runs until killed.
     */
    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        String address = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        PageServer server = new PageServer(folder, address, port);
        if (args.length > 3) {
            server.latency(Duration.ofMillis(Long.parseLong(args[3])));
        }
        server.robots("User-agent: *\nDisallow: /private/\n");
        System.out.println(server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
