package org.defstats.cli;

/** The entry point of the {@code defstats} command: hands the command line to {@link Defstats}, with signals. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Defstats(System.out, System.err, true).execute(args));
    }
}
