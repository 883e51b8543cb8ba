package io.nutriscan.shard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {

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
