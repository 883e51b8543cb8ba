package io.nutriscan.extract;

/** A page that cannot give values; the message is the reason shown to the user. */
public final class ExtractionException extends Exception {

    public ExtractionException(String reason) {
        super(reason, null, false, false);
    }
}
