package io.nutriscan.input;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {

    @Test
    void kComesFromTheOptionOrFromTheJobIndex() {
        assertEquals(new Shard(1, 4), Shard.parse("1/4", Optional.empty()));
        assertEquals(new Shard(1, 4), Shard.parse("1/4", Optional.of("3")), "given K wins");
        assertEquals(new Shard(3, 4), Shard.parse("4", Optional.of("3")));
        assertEquals(new Shard(3, 4), Shard.parse("/4", Optional.of("3")));
        IllegalArgumentException unset = assertThrows(IllegalArgumentException.class, () -> Shard.parse("4", Optional.empty()));
        assertTrue(unset.getMessage().contains("JOB_COMPLETION_INDEX"), unset.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/4", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4", Optional.of("4")));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("a/b", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/0", Optional.empty()));
    }

    @Test
    void slicesCoverTheListOnceInOrderAndDifferByAtMostOne() {
        for (long total : new long[] {0, 1, 3, 10, 203, 1_000_003}) {
            for (int of : new int[] {1, 2, 3, 4, 7, 64}) {
                long next = 0;
                for (int k = 0; k < of; k++) {
                    Shard shard = new Shard(k, of);
                    assertEquals(next, shard.first(total), total + " in " + of);
                    long count = shard.count(total);
                    assertTrue(count == total / of || count == total / of + 1, total + "/" + of + ": " + count);
                    next += count;
                }
                assertEquals(total, next);
            }
        }
    }
}
