package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsAScriptThatKnowsEveryCommandAndOption() {
        CliRun run = CliRun.of("completion");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out());
        for (String word : new String[] {"merge", "bench", "generate", "--shard", "--out-dir", "--format", "--progress", "--chart"}) {
            assertTrue(run.out().contains(word), word);
        }
        assertTrue(run.out().contains("ZSH_VERSION"), "the same script serves zsh");
        assertEquals(run.out(), CliRun.of("completion", "zsh").out());
        assertEquals(ExitCodes.USAGE, CliRun.of("completion", "fish").exit());
    }

    @Test
    void bashCompletesSubcommandsAndOptions() throws Exception {
        Path script = Files.writeString(tmp.resolve("nutriscan.bash"), CliRun.of("completion").out());
        // compopt works only inside a real completion; the stub lets the function run as a plain call.
        String probe = "source " + script + "\ncompopt() { :; }\n"
                + "COMP_WORDS=(nutriscan mer); COMP_CWORD=1; COMP_LINE='nutriscan mer'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_nutriscan; echo \"${COMPREPLY[@]}\"\n"
                + "COMP_WORDS=(nutriscan --sha); COMP_CWORD=1; COMP_LINE='nutriscan --sha'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_nutriscan; echo \"${COMPREPLY[@]}\"\n"
                + "complete -p nutriscan\n"
                // Regression: option values were offered in upper case (JSON, SEQUENTIAL) where they are typed in lower case.
                + "COMP_WORDS=(nutriscan --format ''); COMP_CWORD=2; COMP_LINE='nutriscan --format '; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_nutriscan; echo \"${COMPREPLY[@]}\"\n"
                + "COMP_WORDS=(nutriscan --engine ''); COMP_CWORD=2; COMP_LINE='nutriscan --engine '; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_nutriscan; echo \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        String[] lines = out.split("\n");
        assertEquals("merge", lines[0].strip(), out);
        assertTrue(lines[1].contains("--shard"), out);
        assertTrue(lines[2].contains("nutriscan"), out);
        assertEquals("json jsonl csv", lines[3].strip(), out);
        assertEquals("sequential platform virtual", lines[4].strip(), out);
    }
}
