package org.minecarbon.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the MineCarbon web application (API, browser UI, security). */
@SpringBootApplication
public class MineCarbonApplication {

  public static void main(String[] args) {
    SpringApplication.run(MineCarbonApplication.class, args);
  }
}
