package org.defstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DefstatsApplication {
    public static void main(String[] args) {
    }
}
