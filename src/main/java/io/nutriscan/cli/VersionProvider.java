package io.nutriscan.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version written into the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/nutriscan-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"nutriscan " + p.getProperty("version", "unknown")};
    }
}
