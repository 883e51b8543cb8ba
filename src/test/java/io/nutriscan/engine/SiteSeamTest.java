package io.nutriscan.engine;

import io.nutriscan.engine.Sites;
import io.nutriscan.extract.tinysite.TinySite;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.PageReader;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second site runs through the whole pipeline (inputs, permits, the window, the writer) by its Site alone. */
class SiteSeamTest {

    @TempDir
    Path folder;

    private String run(io.nutriscan.extract.Site site) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunOptions options = new RunOptions(new PageInputs().argument(folder.toString()), new Settings(EngineKind.VIRTUAL, 4, 64, 2),
                PageReader.DEFAULT_MAX_PAGE_SIZE, null, new RunOptions.ToStream(out, false), Format.JSONL, Shape.FULL, false, false)
                .onSite(site);
        new Run(options, RunListener.NONE).execute();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTestOnlySiteIsReadByTheEngineAsItIs() throws Exception {
        Files.writeString(folder.resolve("a.html"), "<html><body><h2 class=\"item\">Oats</h2><ul class=\"facts\">"
                + "<li data-n=\"Fat\">6.9 g</li><li data-n=\"Protein\">16.9 g</li></ul>" + "<p>padding</p>".repeat(300) + "</body></html>");
        Files.writeString(folder.resolve("b.html"), "<html><body><h2 class=\"item\">Water</h2><p>nothing here</p></body></html>");
        Files.writeString(folder.resolve("c.html"), "<html><body><ul class=\"facts\"><li data-n=\"Ash\">0.5 g</li></ul></body></html>");
        String p = folder.toString();
        assertEquals("""
                {"source":"%s/a.html","product":"Oats","values":{"Fat":6.9,"Protein":16.9},"units":{"Fat":"g","Protein":"g"}}
                {"source":"%s/b.html","values":null,"error":"no ul.facts"}
                {"source":"%s/c.html","product":null,"values":{"Ash":0.5},"units":{"Ash":"g"}}
                """.formatted(p, p, p), run(new TinySite()));
        assertTrue(run(Sites.FITAUDIT).lines().allMatch(l -> l.contains("\"error\"")), "fitaudit's reading finds nothing there");
    }
}
