package io.nutriscan.input.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void secondsAndHttpDatesAreRead() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
        assertEquals(Duration.ofSeconds(0), RetryAfter.parse(" 0 ", NOW));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Tue, 01 Dec 2026 12:01:30 GMT", NOW));
    }

    @Test
    void aDatePastIsNoWaitAndNonsenseIsNone() {
        assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 01 Dec 2026 11:00:00 GMT", NOW));
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("-5", NOW));
        assertNull(RetryAfter.parse("", NOW));
        assertNull(RetryAfter.parse(null, NOW));
    }

    @Test
    void anAbsurdNumberIsLongerThanAnyCap() {
        assertTrue(RetryAfter.parse("99999999999999999999999", NOW).compareTo(Duration.ofDays(365)) > 0);
    }
}
