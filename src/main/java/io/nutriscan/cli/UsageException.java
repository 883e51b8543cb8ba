package io.nutriscan.cli;

/** A mistake in how the command was called (a bad option value, an unreadable list file): exit status 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
