package io.nutriscan.deploy;

import io.nutriscan.cli.ExitCodes;
import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes recipe in deploy/kubernetes: the manifests are well-formed Jobs as the batch/v1 API defines
 * them, and their container arguments, run as written (with /data in a temporary folder), shard and merge a
 * corpus into exactly what a single run writes.
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("deploy/kubernetes");

    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(DIR.resolve(name))) {
            List<Object> documents = new ArrayList<>();
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in).forEach(documents::add);
            assertEquals(1, documents.size(), name + ": one document");
            return (Map<String, Object>) documents.getFirst();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(key));
            } else {
                current = ((Map<String, Object>) current).get(key);
            }
            assertNotNull(current, path + ": no " + key);
        }
        return (T) current;
    }

    private static void assertIsJob(Map<String, Object> job) {
        assertEquals("batch/v1", at(job, "apiVersion"));
        assertEquals("Job", at(job, "kind"));
        assertTrue(((String) at(job, "metadata.name")).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), "a DNS-1123 name");
        assertEquals("Never", at(job, "spec.template.spec.restartPolicy"), "podFailurePolicy needs restartPolicy Never");
        assertEquals("nutriscan", at(job, "spec.template.spec.containers.0.name"));
        List<Map<String, Object>> rules = at(job, "spec.podFailurePolicy.rules");
        for (Map<String, Object> rule : rules) {
            assertTrue(List.of("FailJob", "FailIndex", "Ignore", "Count").contains(rule.get("action")), rule.toString());
            if (rule.containsKey("onExitCodes")) {
                assertEquals("nutriscan", at(rule, "onExitCodes.containerName"), "names the container");
                assertEquals("In", at(rule, "onExitCodes.operator"));
                List<Integer> codes = at(rule, "onExitCodes.values");
                assertTrue(codes.stream().allMatch(c -> c > 0 && c < 256), "exit codes 1..255: " + codes);
            }
        }
        // The claim each pod mounts is the one the volume names.
        assertEquals((String) at(job, "spec.template.spec.volumes.0.name"),
                (String) at(job, "spec.template.spec.containers.0.volumeMounts.0.name"));
    }

    private static Integer actionFor(Map<String, Object> job, String action) {
        List<Map<String, Object>> rules = at(job, "spec.podFailurePolicy.rules");
        return rules.stream().filter(r -> action.equals(r.get("action")) && r.containsKey("onExitCodes"))
                .flatMap(r -> ((List<Integer>) at(r, "onExitCodes.values")).stream()).findFirst().orElse(null);
    }

    @Test
    void shardsJobIsAnIndexedJobThatDoesNotRetryPagesFailed() throws IOException {
        Map<String, Object> job = load("nutriscan-shards.yaml");
        assertIsJob(job);
        assertEquals("Indexed", (String) at(job, "spec.completionMode"));
        assertTrue((Integer) at(job, "spec.backoffLimitPerIndex") >= 1, "output failures are retried");
        assertEquals(ExitCodes.PAGES_FAILED, actionFor(job, "FailIndex"), "exit 1: the part is written, no retry");
        assertEquals(ExitCodes.USAGE, actionFor(job, "FailJob"));
        List<String> args = at(job, "spec.template.spec.containers.0.args");
        int n = Integer.parseInt(args.get(args.indexOf("--shard") + 1));
        assertEquals(n, (int) at(job, "spec.completions"), "--shard N is the number of completions");
    }

    @Test
    void mergeJobStopsOnARefusal() throws IOException {
        Map<String, Object> job = load("nutriscan-merge.yaml");
        assertIsJob(job);
        List<Map<String, Object>> rules = at(job, "spec.podFailurePolicy.rules");
        assertTrue(rules.stream().anyMatch(r -> "FailJob".equals(r.get("action")) && r.containsKey("onExitCodes")
                && ((List<Integer>) at(r, "onExitCodes.values")).contains(ExitCodes.PARTS_REFUSED)));
    }

    @Test
    void theContainerArgumentsRunAsWrittenAndMergeToTheSingleRun() throws IOException {
        Map<String, Object> shards = load("nutriscan-shards.yaml");
        Map<String, Object> merge = load("nutriscan-merge.yaml");
        Path data = tmp.resolve("data");
        Corpus.generate(data.resolve("pages"), 120, "k8s", 3, 0.05, true);
        int completions = at(shards, "spec.completions");
        String mount = at(shards, "spec.template.spec.containers.0.volumeMounts.0.mountPath");
        for (int index = 0; index < completions; index++) {
            CliRun pod = CliRun.withVariables(Map.of("JOB_COMPLETION_INDEX", Integer.toString(index)),
                    onVolume(at(shards, "spec.template.spec.containers.0.args"), mount, data));
            assertTrue(pod.exit() == ExitCodes.OK || pod.exit() == ExitCodes.PAGES_FAILED, pod.toString());
        }
        CliRun merged = CliRun.of(onVolume(at(merge, "spec.template.spec.containers.0.args"), mount, data));
        assertEquals(ExitCodes.PAGES_FAILED, merged.exit(), merged.toString());
        CliRun single = CliRun.of("--list", data.resolve("pages/files.txt").toString(), "--base", data.resolve("pages").toString());
        assertEquals(single.out(), Files.readString(data.resolve("nutrition.json")));
    }

    private static String[] onVolume(List<String> args, String mount, Path data) {
        return args.stream().map(a -> a.startsWith(mount + "/") ? data + a.substring(mount.length()) : a).toArray(String[]::new);
    }
}
