package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regression tests for "command names typed as commands": help and version work, a near miss gets a hint. */
class CommandNamesTest {

    @Test
    void nearMissesOfACommandName() {
        assertEquals("merge", CommandNames.closeTo("merg"));
        assertEquals("merge", CommandNames.closeTo("mrege"));
        assertEquals("merge", CommandNames.closeTo("merges"));
        assertEquals("merge", CommandNames.closeTo("merce"));
        assertEquals("version", CommandNames.closeTo("versoin"));
        assertEquals("help", CommandNames.closeTo("hlep"));
        assertNull(CommandNames.closeTo("page.html"));
        assertNull(CommandNames.closeTo("mer"));
        assertNull(CommandNames.closeTo("pages"));
    }

    @Test
    void aMissingPathThatNamesACommandGetsAHint() {
        CliRun run = CliRun.of("merg", "DIR");
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        assertEquals("no such file; did you mean 'nutriscan merge'?", Json.parse(run.out()).get(0).get("error").asText());
        assertTrue(run.err().startsWith("merg: no such file; did you mean 'nutriscan merge'?\n"), run.err());
        assertEquals("no such file", Json.parse(run.out()).get(1).get("error").asText(), "DIR is no command name");
    }

    @Test
    void helpAndVersionAreCommandsToo() {
        CliRun version = CliRun.of("version");
        assertEquals(ExitCodes.OK, version.exit(), version.toString());
        assertEquals(CliRun.of("--version").out(), version.out());
        assertTrue(version.out().startsWith("nutriscan "), version.out());
        CliRun help = CliRun.of("help");
        assertEquals(ExitCodes.OK, help.exit(), help.toString());
        assertEquals(CliRun.of("--help").out(), help.out());
        CliRun mergeHelp = CliRun.of("help", "merge");
        assertEquals(CliRun.of("merge", "--help").out(), mergeHelp.out());
    }

    /** Regression: subcommand usage errors pointed to 'nutriscan --help' and began 'nutriscan: merge:'. */
    @Test
    void aSubcommandsErrorsNameItAndPointToItsHelp() {
        CliRun bogus = CliRun.of("merge", "--bogus");
        assertEquals(ExitCodes.USAGE, bogus.exit(), bogus.toString());
        assertTrue(bogus.err().startsWith("nutriscan merge: ") && bogus.err().endsWith("(see 'nutriscan merge --help')\n"), bogus.err());
        CliRun notAFolder = CliRun.of("merge", "no-such-folder");
        assertTrue(notAFolder.err().startsWith("nutriscan merge: no-such-folder is not a folder"), notAFolder.err());
        CliRun top = CliRun.of("--bogus");
        assertTrue(top.err().startsWith("nutriscan: Unknown option: '--bogus' (see 'nutriscan --help')"), top.err());
    }
}
