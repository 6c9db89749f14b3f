package org.rungs.app.pay;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the pay key comes from: never from the database, so that a dump or backup of it shows no
 * salary.
 *
 * @param key the current key, 32 bytes in base64 ({@code RUNGS_PAY_KEY} in the environment)
 * @param keyFile a file of keys, one base64 key a line, the current one first and older ones after
 *     it until {@code rungs pay rotate-key} has sealed everything again with the current one
 */
@ConfigurationProperties("rungs.pay")
record PaySettings(String key, Path keyFile) {}
