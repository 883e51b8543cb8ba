package io.nutriscan.input.warc;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the page records of a run's archives are, so that a revisit record finds its original in any archive read
 * before it in the same run: a crawl run with {@code --revisit} and {@code --warc} writes revisits whose originals
 * are in the earlier crawl's file, and the two read together give every page. Only ids and positions are held.
 */
public final class ArchiveIndex {

    /** A record's file and the byte its record starts at. */
    record Location(Path file, long position) {
    }

    private final Map<String, Location> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idsByDigest = new ConcurrentHashMap<>();
    private final Map<String, String> idsByTargetAndDate = new ConcurrentHashMap<>();

    void remember(String id, Path file, long position, String digest, String targetAndDate) {
        byId.put(id, new Location(file, position));
        if (digest != null) {
            idsByDigest.putIfAbsent(digest, id);
        }
        idsByTargetAndDate.put(targetAndDate, id);
    }

    Location location(String id) {
        return id == null ? null : byId.get(id);
    }

    String idByDigest(String digest) {
        return idsByDigest.get(digest);
    }

    String idByTargetAndDate(String targetAndDate) {
        return idsByTargetAndDate.get(targetAndDate);
    }
}
