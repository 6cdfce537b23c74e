package org.defstats.cli;

/** The text of {@code defstats --help}. */
final class Help {

    static final String TEXT = """
            defstats: summary tables and charts of North Korean defector statistics, as Spring Batch jobs

            Usage:
              defstats run [JOB...] [--input DIR] [--output DIR] [--jobs DIR] [--accept-dropped-rows]
                  Runs the named jobs (default: every job file in the jobs folder) on the CSV files of
                  the input folder. Each run is published to OUTPUT/JOB/runs/RUN_ID/ (tables/, charts/,
                  manifest.json) and copied to OUTPUT/JOB/latest/. A job whose last published run had the
                  same inputs and settings, and whose latest/ is as that run published it, is current and
                  publishes nothing (an edited latest/ is put back). A run that would drop rows the
                  previous run published is refused unless --accept-dropped-rows is given.
              defstats check [JOB...] [--input DIR] [--output DIR] [--jobs DIR]
                  A dry run: reads and checks the job files and inputs as run would, in a scratch
                  folder, and says for each job whether a run would publish (and which tables it would
                  revise), find it current, or refuse it (with every problem). Writes nothing.
              defstats schedule [--input DIR] [--output DIR] [--jobs DIR]
                  Runs until stopped (SIGTERM, Ctrl-C): each job at the cron of its job file's
                  schedule, as run does. Each fire time runs once, even with several schedulers sharing
                  a PostgreSQL job repository; one missed while no scheduler ran is caught up at start.
                  OUTPUT/JOB/status.json tells the last run, its outcome and the next fire time.
              defstats list [--jobs DIR]
                  Lists the jobs: name, type, schedule and description.
              defstats history [JOB] [--output DIR] [--jobs DIR]
                  Lists the runs of the job repository, newest first: run id, job, status, start,
                  duration, input fingerprint, revisions, rows read and run folder. JOB is a job of
                  the jobs folder or one with runs in the repository (its job file may be gone).
              defstats replay RUN_ID [RUN_ID...] [--output DIR]
              defstats replay --all JOB [--output DIR]
                  Re-runs published runs (--all: every run of JOB, oldest first) from their archived
                  inputs and job files in scratch folders, in one process, and compares every output
                  with the published one (tables cell by cell). Several runs end with a summary line.
              defstats clean [--output DIR]
                  Removes the scratch replays that replay kept (OUTPUT/.defstats/replay/*, when a run
                  differed or failed) in which nothing was written for 7 days.
              defstats verify RUN_DIR [--output DIR]
                  Checks a run folder against its manifest and against the job repository's record
                  of the run: files changed, added or removed, and which of the two disagrees.
              defstats compare TABLE.csv PUBLISHED.csv
                  Compares a produced table with published figures, matching rows by period, year,
                  level or threshold, at the published rounding (a published 5.3 matches 5.33).
                  PUBLISHED.csv may be UTF-8 or CP949, name columns as inputs do (연도, 합계) and
                  write periods as 2016년; a malformed file is refused with file:line:column.
              defstats restart RUN_ID [--output DIR]
                  Restarts a failed, stopped or killed run through Spring Batch.
              defstats synthesize-register --output FILE [--seed N] [--persons N]
                  Writes a synthetic person-level register (id, arrival, sex, birth_year, education,
                  occupation, province) for the register job type: arrivals per year and sex are the
                  MOU's (34,538 persons to 2025; another N scales them), the rest is drawn from MOU
                  breakdowns with the seed (default 13). The same seed and N give the same bytes.
              defstats --help
                  Shows this text.
              defstats --version
                  Shows the version.

            Options:
              --input DIR    folder of the input CSV files (default: input/ in the defstats folder)
              --output DIR   folder of published runs and of the job repository (default: output/)
              --jobs DIR     folder of the job files, one *.yaml per job (default: jobs/)
              --all JOB      replay: every published run of the job
              --seed N       synthesize-register: the seed of the draws (default 13)
              --persons N    synthesize-register: the number of persons (default 34538)
              --debug        show stack traces and framework logging on the console
              --spring.*=…   passed to Spring Boot, e.g. --spring.datasource.url=jdbc:postgresql://…

            Exit codes: 0 every job published or current (check: every job would publish or is
            current; replay: every run identical; verify, compare: no difference); 1 a job failed and
            nothing of it was published (check: a job would be refused or fail), or a difference was
            found (replay: a run differs, failed or, among several, was not found); 2 usage error (no
            command, an unknown command, option or job, a missing or malformed file given as an
            argument), or a job file or input that was refused before any job ran.
            """;

    private Help() {
    }
}
