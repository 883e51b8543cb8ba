package io.nutriscan.input.web;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** What nutriscan needs to know of a URL: whether it can be fetched, its host and origin, its content type. */
public final class Urls {

    private Urls() {
    }

    /** Whether an input names a URL to fetch rather than a file. */
    public static boolean isUrl(String entry) {
        return entry.regionMatches(true, 0, "http://", 0, 7) || entry.regionMatches(true, 0, "https://", 0, 8);
    }

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    /** Whether an input begins with a URL scheme ({@code http://}, {@code ftp://} …): a URL, never a path. */
    public static boolean hasScheme(String entry) {
        return SCHEME.matcher(entry).lookingAt();
    }

    /** Whether an input names a URL of another scheme (ftp://, file://): not a path, and not fetched. */
    public static boolean isOtherUrl(String entry) {
        return !isUrl(entry) && hasScheme(entry);
    }

    /** Why {@code url} cannot be fetched, or null. */
    public static String problem(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "not an http or https URL";
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return "the URL names no host";
        }
        return null;
    }

    /** One host's politeness is kept per host and port: two addresses or two ports are two servers. */
    static String hostKey(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port(url);
    }

    /** scheme://host:port, whose /robots.txt governs the URL (RFC 9309 §2.3). */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = port(url);
        boolean standard = scheme.equals("http") ? port == 80 : port == 443;
        return scheme + "://" + host + (standard ? "" : ":" + port);
    }

    static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    /** text/html or application/xhtml+xml. */
    static boolean isHtml(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** The charset parameter of a Content-Type, or null. */
    static String charset(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
