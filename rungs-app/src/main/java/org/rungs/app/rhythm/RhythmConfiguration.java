package org.rungs.app.rhythm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CadenceSettings.class)
class RhythmConfiguration {}
