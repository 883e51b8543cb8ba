package io.nutriscan.input.web;

import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy for a URL, from the variables curl reads: {@code http_proxy} (lower case only, as curl: an
 * upper-case HTTP_PROXY can be set by a CGI request's Proxy header) for http URLs, {@code https_proxy} or
 * {@code HTTPS_PROXY} for https, and {@code no_proxy} / {@code NO_PROXY}: host names and domain suffixes
 * ({@code example.com} matches its subdomains too, a leading dot is ignored) that go direct, {@code *} for all.
 */
public final class ProxyChoice {

    private final ProxyOptions http;
    private final ProxyOptions https;
    private final List<String> direct;
    private final boolean allDirect;

    ProxyChoice(ProxyOptions http, ProxyOptions https, List<String> direct, boolean allDirect) {
        this.http = http;
        this.https = https;
        this.direct = direct;
        this.allDirect = allDirect;
    }

    public static ProxyChoice none() {
        return new ProxyChoice(null, null, List.of(), true);
    }

    public static ProxyChoice fromEnvironment(Map<String, String> variables) {
        ProxyOptions http = proxy(variables.get("http_proxy"), "http_proxy");
        String httpsValue = variables.getOrDefault("https_proxy", variables.get("HTTPS_PROXY"));
        ProxyOptions https = proxy(httpsValue, "https_proxy");
        String noProxy = variables.getOrDefault("no_proxy", variables.get("NO_PROXY"));
        List<String> direct = new ArrayList<>();
        boolean all = false;
        if (noProxy != null) {
            for (String entry : noProxy.split(",")) {
                String host = entry.strip().toLowerCase(Locale.ROOT);
                if (host.equals("*")) {
                    all = true;
                } else if (!host.isEmpty()) {
                    direct.add(host.startsWith(".") ? host.substring(1) : host);
                }
            }
        }
        return new ProxyChoice(http, https, List.copyOf(direct), all);
    }

    /** The proxy for {@code url}, or null to connect directly. */
    public ProxyOptions forUrl(URI url) {
        ProxyOptions proxy = "https".equalsIgnoreCase(url.getScheme()) ? https : http;
        if (proxy == null || allDirect) {
            return null;
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        for (String d : direct) {
            String name = d.contains(":") && !d.startsWith("[") ? d.substring(0, d.indexOf(':')) : d;
            if (host.equals(name) || host.endsWith("." + name)) {
                return null;
            }
        }
        return proxy;
    }

    private static ProxyOptions proxy(String value, String variable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        URI uri;
        try {
            uri = URI.create(v.contains("://") ? v : "http://" + v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not a proxy URL: " + value);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        ProxyType type = switch (scheme) {
            case "http", "https" -> ProxyType.HTTP;
            case "socks5", "socks5h" -> ProxyType.SOCKS5;
            case "socks4", "socks4a" -> ProxyType.SOCKS4;
            default -> throw new IllegalArgumentException(variable + " has a scheme nutriscan cannot use: " + value);
        };
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(variable + " names no host: " + value);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.startsWith("socks") ? 1080 : scheme.equals("https") ? 443 : 80;
        ProxyOptions options = new ProxyOptions().setType(type).setHost(uri.getHost()).setPort(port);
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            options.setUsername(parts[0]);
            if (parts.length > 1) {
                options.setPassword(parts[1]);
            }
        }
        return options;
    }
}
