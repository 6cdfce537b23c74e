package org.defstats.cli;

/** The text of {@code defstats --help}. */
final class Help {

    static final String TEXT = """
            defstats: summary tables and charts of North Korean defector statistics, as Spring Batch jobs

            Usage:
              defstats run [JOB...] [--input DIR] [--output DIR] [--jobs DIR]
                  Runs the named jobs (default: every job file in the jobs folder) on the CSV files of
                  the input folder. Each run is published to OUTPUT/JOB/runs/RUN_ID/ (tables/, charts/,
                  manifest.json) and copied to OUTPUT/JOB/latest/. A job whose inputs and settings are
                  unchanged since its last published run is reported as current and publishes nothing.
              defstats list [--jobs DIR]
                  Lists the jobs: name, type, schedule and description.
              defstats --help
                  Shows this text.
              defstats --version
                  Shows the version.

            Options:
              --input DIR    folder of the input CSV files (default: input/ in the defstats folder)
              --output DIR   folder of published runs and of the job repository (default: output/)
              --jobs DIR     folder of the job files, one *.yaml per job (default: jobs/)
              --debug        show stack traces and framework logging on the console
              --spring.*=…   passed to Spring Boot, e.g. --spring.datasource.url=jdbc:postgresql://…

            Exit codes: 0 every job published or current; 1 a job failed (nothing of it published);
            2 usage error, or a job file or input that was refused before any job ran.
            """;

    private Help() {
    }
}
