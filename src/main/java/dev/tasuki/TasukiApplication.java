package dev.tasuki;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TasukiApplication {

    public static void main(String[] args) {
        SpringApplication.run(TasukiApplication.class, args);
    }
}
