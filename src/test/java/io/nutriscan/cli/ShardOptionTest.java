package io.nutriscan.cli;

import io.nutriscan.shard.Shard;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardOptionTest {

    @Test
    void kComesFromTheOptionOrFromTheJobIndex() {
        assertEquals(new Shard(1, 4), ShardOption.parse("1/4", Optional.empty()));
        assertEquals(new Shard(1, 4), ShardOption.parse("1/4", Optional.of("3")), "given K wins");
        assertEquals(new Shard(3, 4), ShardOption.parse("4", Optional.of("3")));
        assertEquals(new Shard(3, 4), ShardOption.parse("/4", Optional.of("3")));
        IllegalArgumentException unset = assertThrows(IllegalArgumentException.class, () -> ShardOption.parse("4", Optional.empty()));
        assertTrue(unset.getMessage().contains("JOB_COMPLETION_INDEX"), unset.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShardOption.parse("4/4", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> ShardOption.parse("4", Optional.of("4")));
        assertThrows(IllegalArgumentException.class, () -> ShardOption.parse("a/b", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> ShardOption.parse("1/0", Optional.empty()));
    }

    @Test
    void aSliceOutOfRangeIsSaidWithTheOptionsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardOption.parse("5/4", Optional.empty()));
        assertEquals("--shard K/N needs N >= 1 and 0 <= K < N, not 5/4", e.getMessage());
    }
}
