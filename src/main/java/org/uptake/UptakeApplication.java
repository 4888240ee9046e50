package org.uptake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UptakeApplication {
    public static void main(String[] args) {
        SpringApplication.run(UptakeApplication.class, args);
    }
}
