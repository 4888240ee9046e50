package org.uptake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Beans are named by their fully qualified class name: thirteen modules grow side by side and two of
 * them naming a class alike ({@code AssessmentRepository}, {@code PlanApiController}) must not stop
 * the application from starting.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class UptakeApplication {
    public static void main(String[] args) {
        SpringApplication.run(UptakeApplication.class, args);
    }
}
