package org.defstats.runs;

/** A run refused at publication, with the one line that says why and what to do; nothing is published. */
public class PublicationRefusedException extends RuntimeException {

    public PublicationRefusedException(String message) {
        super(message);
    }
}
