package org.rungs.app.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What Rungs does after writing an accepted edit into a frameworks folder that is a git checkout:
 * it always commits; with {@code push}, it pushes the current branch to {@code remote} too.
 *
 * @param push whether to push after each commit (off by default)
 * @param remote the remote to push to, {@code origin} unless set
 */
@ConfigurationProperties("rungs.frameworks.git")
public record GitSettings(boolean push, String remote) {
  public GitSettings {
    if (remote == null || remote.isBlank()) {
      remote = "origin";
    }
  }
}
