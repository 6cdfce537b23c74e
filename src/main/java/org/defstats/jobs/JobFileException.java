package org.defstats.jobs;

/** A job file that cannot be used, with a message that names the file, the place and the key. */
public class JobFileException extends RuntimeException {

    public JobFileException(String message) {
        super(message);
    }
}
