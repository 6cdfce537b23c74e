package org.defstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that hosts the jobs; {@link #main} hands the command line to {@link org.defstats.cli.Defstats}. */
@SpringBootApplication
public class DefstatsApplication {

    public static void main(String[] args) {
        System.exit(new org.defstats.cli.Defstats(System.out, System.err, true).execute(args));
    }
}
