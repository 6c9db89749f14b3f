package org.rungs.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Rungs web application, started by {@code rungs serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RungsApplication {}
