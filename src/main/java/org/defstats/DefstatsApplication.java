package org.defstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application that hosts the jobs. The command line (the cli package) starts it only
 * for the commands that run jobs or read the job repository.
 */
@SpringBootApplication
public class DefstatsApplication {
}
