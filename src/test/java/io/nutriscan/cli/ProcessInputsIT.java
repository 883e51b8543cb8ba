package io.nutriscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.nutriscan.testing.Binary;
import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the binary under test ({@link Binary}: the native executable or the fast-jar) reads, checked against
 * what each fixture says and against the same run in this JVM: both paths of the extractor, every charset
 * the JVM has, gzip pages, folders, lists from stdin, every format with and without the nutrient profile,
 * and WARC files.
 */
class ProcessInputsIT {

    @TempDir
    static Path tmp;
    static Path fixtures;
    static String page;

    @BeforeAll
    static void fixtures() throws Exception {
        fixtures = Path.of(ProcessInputsIT.class.getResource("/pages").toURI());
        page = Files.readString(fixtures.resolve("good/real-markup.html"));
    }

    /** The fixtures, good and bad, as one list: each record must be what the page's JSON says. */
    @Test
    void everyFixturePageGivesWhatItsJsonSays() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(fixtures)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Path list = Files.write(tmp.resolve("fixtures.txt"), pages.stream().map(Path::toString).toList());
        Binary.Result r = Binary.run(Binary.in(tmp, "--list", list.toString()));
        assertEquals(ExitCodes.PAGES_FAILED, r.exit(), r.err());
        JsonNode records = Json.parse(r.out());
        assertEquals(pages.size(), records.size());
        for (int i = 0; i < pages.size(); i++) {
            JsonNode want = Json.read(Path.of(pages.get(i).toString().replaceFirst("\\.html$", ".json")));
            JsonNode got = records.get(i);
            String where = pages.get(i).toString();
            if (want.has("error")) {
                assertEquals(want.get("error").asText(), got.path("error").asText(), where);
                continue;
            }
            assertEquals(want.get("product"), got.get("product"), where);
            assertEquals(want.get("values").toString(), got.get("values").toString(), where);
            assertEquals(want.get("units").toString(), got.get("units").toString(), where);
        }
    }

    /**
     * Every charset of this JVM that writes Cyrillic letters as bytes of its own: the page in that charset,
     * declaring it (ASCII-compatible charsets) or named by --charset (the others: UTF-16, UTF-32, EBCDIC),
     * must give the fixture's record. A native image that lacks the charset cannot decode the letters.
     */
    @Test
    void everyCharsetThisJvmReadsIsRead() throws IOException {
        JsonNode want = Json.read(fixtures.resolve("good/real-markup.json"));
        Path folder = Files.createDirectories(tmp.resolve("charsets"));
        List<String> declared = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Charset cs : Charset.availableCharsets().values()) {
            if (!cs.canEncode() || !cs.newEncoder().canEncode("Абрикос жиры белки") || cs.name().equals("UTF-8")) {
                continue;
            }
            boolean asciiCompatible = new String("<meta charset=\"x\">".getBytes(cs), StandardCharsets.ISO_8859_1)
                    .equals("<meta charset=\"x\">");
            String text = asciiCompatible ? page.replaceFirst("(?i)<meta charset=\"utf-8\"", "<meta charset=\"" + cs.name() + "\"") : page;
            byte[] bytes = encode(text, cs);
            if (!new String(bytes, cs).equals(encodedText(text, cs))) {
                continue; // the charset maps some character to another (x-IBM1381 writes the em dash back as U+2015)
            }
            Files.write(folder.resolve(cs.name() + ".html"), bytes);
            (asciiCompatible ? declared : named).add(cs.name());
        }
        assertTrue(declared.size() > 20 && named.size() >= 4, declared + " " + named);
        Path list = Files.write(tmp.resolve("charsets.txt"), declared.stream().map(n -> folder.resolve(n + ".html").toString()).toList());
        Binary.Result r = Binary.run(Binary.in(tmp, "--list", list.toString()));
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        JsonNode records = Json.parse(r.out());
        for (int i = 0; i < declared.size(); i++) {
            assertEquals(want.get("values").toString(), records.get(i).get("values").toString(), declared.get(i));
            assertEquals(want.get("product"), records.get(i).get("product"), declared.get(i));
        }
        // A process per charset: the native executable takes milliseconds each, the JVM a good part of a second.
        for (String name : Binary.isNative() ? named : named.subList(0, Math.min(6, named.size()))) {
            Binary.Result one = Binary.run(Binary.in(tmp, "--charset", name, folder.resolve(name + ".html").toString()));
            assertEquals(ExitCodes.OK, one.exit(), name + ": " + one);
            assertEquals(want.get("values").toString(), Json.parse(one.out()).get(0).get("values").toString(), name);
        }
    }

    /** The text with what the charset cannot hold as numeric character references (as a browser saves it). */
    private static String encodedText(String text, Charset cs) {
        CharsetEncoder encoder = cs.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            out.append(encoder.canEncode(ch) ? ch : "&#" + cp + ";");
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static byte[] encode(String text, Charset cs) {
        try {
            ByteBuffer bytes = cs.newEncoder().encode(CharBuffer.wrap(encodedText(text, cs)));
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(cs.name(), e);
        }
    }

    /** A folder walk: *.html, *.HTM, *.html.gz and extensionless HTML files, sorted per folder; other files skipped. */
    @Test
    void aFolderOfPagesGzippedAndExtensionlessGivesWhatThisJvmGives() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("walk/sub"));
        Files.writeString(folder.resolve("a.html"), page);
        Files.writeString(folder.getParent().resolve("114512"), page);
        Files.writeString(folder.getParent().resolve("B.HTM"), page.replace("Абрикос", "Абрикос сушёный"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(folder.resolve("c.html.gz"), gz.toByteArray());
        Files.writeString(folder.resolve("notes.txt"), "not a page");
        String[] args = {"--nutrients", folder.getParent().toString()};
        Binary.Result r = Binary.run(Binary.in(tmp, args));
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals(4, Json.parse(r.out()).size(), r.out());
        assertEquals(CliRun.of(args).out(), r.out());
    }

    /** Every format and shape, with and without the profile: the bytes this JVM writes for the same inputs. */
    @Test
    void everyFormatAndShapeGivesTheBytesThisJvmWrites() throws IOException {
        Path list = tmp.resolve("formats.txt");
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(fixtures)) {
            walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(p -> pages.add(p.toString()));
        }
        Files.write(list, pages);
        for (String format : new String[] {"json", "jsonl", "csv"}) {
            for (String shape : new String[] {"full", "seed"}) {
                for (boolean nutrients : new boolean[] {false, true}) {
                    List<String> args = new ArrayList<>(List.of("--list", list.toString(), "-f", format, "--shape", shape));
                    if (nutrients) {
                        args.add("--nutrients");
                    }
                    String[] a = args.toArray(String[]::new);
                    Binary.Result r = Binary.run(Binary.in(tmp, a));
                    CliRun jvm = CliRun.of(a);
                    assertEquals(jvm.exit(), r.exit(), String.join(" ", a));
                    assertEquals(jvm.out(), r.out(), String.join(" ", a));
                }
            }
        }
    }

    /** A path list on stdin, by lines and NUL-separated (a name may hold a newline), and a list file with CRLF. */
    @Test
    void listsFromStdinByLinesAndNulsGiveTheSameRecords() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("stdin"));
        Path plain = Files.writeString(folder.resolve("plain.html"), page);
        Path odd = Files.writeString(folder.resolve("two\nlines -x.html"), page);
        Path lines = Files.writeString(tmp.resolve("lines.txt"), plain + "\r\n" + plain + "\r\n");
        Binary.Result byLines = Binary.run(Binary.in(tmp, "-").redirectInput(lines.toFile()));
        Path nul = Files.write(tmp.resolve("nul.list"), (plain + "\0" + odd + "\0").getBytes(StandardCharsets.UTF_8));
        ProcessBuilder withNuls = Binary.in(tmp, "-0", "-");
        Binary.Result byNuls = runWithStdin(withNuls, nul);
        assertEquals(ExitCodes.OK, byLines.exit(), byLines.err());
        assertEquals(ExitCodes.OK, byNuls.exit(), byNuls.err());
        JsonNode a = Json.parse(byLines.out());
        JsonNode b = Json.parse(byNuls.out());
        assertEquals(2, a.size());
        assertEquals(a.get(0).get("values"), b.get(1).get("values"));
        assertEquals(odd.toString(), b.get(1).get("source").asText());
        Binary.Result crlf = Binary.run(Binary.in(tmp, "--list", lines.toString()));
        assertEquals(byLines.out(), crlf.out());
    }

    private static Binary.Result runWithStdin(ProcessBuilder builder, Path stdin) throws Exception {
        Process p = builder.redirectInput(stdin.toFile()).start();
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> Binary.read(p.getErrorStream()));
        String out = Binary.read(p.getInputStream());
        return new Binary.Result(p.waitFor(), out, err.join());
    }

    /** WARC files written as crawlers write them (a gzip member per record, and plain): the pages in them. */
    @Test
    void warcFilesPlainAndGzippedGiveTheirPages() throws IOException {
        for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path warc = tmp.resolve(compression == WarcCompression.GZIP ? "pages.warc.gz" : "pages.warc");
            try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, compression)) {
                for (Map.Entry<String, String> e : Map.of("http://fitaudit.ru/food/1", page,
                        "http://fitaudit.ru/food/2", page.replace("Абрикос", "Абрикос сушёный")).entrySet()) {
                    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + e.getValue())
                            .getBytes(StandardCharsets.UTF_8);
                    writer.write(new WarcResponse.Builder(URI.create(e.getKey())).date(Instant.parse("2026-01-01T00:00:00Z"))
                            .body(MediaType.HTTP_RESPONSE, http).build());
                }
            }
            String[] args = {"--nutrients", warc.toString()};
            Binary.Result r = Binary.run(Binary.in(tmp, args));
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            JsonNode records = Json.parse(r.out());
            assertEquals(2, records.size(), r.out());
            assertEquals(CliRun.of(args).out(), r.out());
            Iterator<JsonNode> it = records.elements();
            while (it.hasNext()) {
                assertTrue(it.next().get("nutrients").size() >= 10);
            }
        }
    }
}
