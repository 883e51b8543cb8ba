package io.nutriscan.engine;

import io.nutriscan.extract.Site;
import io.nutriscan.extract.fitaudit.FitauditSite;

import java.util.List;
import java.util.Optional;

/** The sites nutriscan reads, by name ({@code --site NAME}): one line per site. */
public final class Sites {

    public static final Site FITAUDIT = new FitauditSite();

    public static final List<Site> ALL = List.of(FITAUDIT);

    public static final Site DEFAULT = FITAUDIT;

    private Sites() {
    }

    public static Optional<Site> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Site::name).toList();
    }
}
