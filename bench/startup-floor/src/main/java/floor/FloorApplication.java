package floor;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The floor of bench/startup.sh: Spring Boot starts, Spring Batch runs one tasklet job against an H2 file job
 * repository (given with --spring.datasource.url), and the JVM ends. Nothing of defstats.
 */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(FloorApplication.class, args)));
    }

    @Bean
    Job floorJob(JobRepository jobRepository, Step floorStep) {
        return new JobBuilder("floor", jobRepository).incrementer(new RunIdIncrementer()).start(floorStep).build();
    }

    @Bean
    Step floorStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("floorStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    System.out.println("floor: tasklet ran");
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
