package org.rungs.app.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rungs.app.RungsApplication;
import org.rungs.app.system.DatabaseOptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rungs pay}: pay from the command line. */
@Command(
    name = "pay",
    mixinStandardHelpOptions = true,
    description = "Pay kept by Rungs: rotate the key it is encrypted with.",
    subcommands = {PayCommand.RotateKey.class})
public final class PayCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say which: rotate-key");
  }

  /** {@code rungs pay rotate-key}: seals every value again with the current key. */
  @Command(
      name = "rotate-key",
      mixinStandardHelpOptions = true,
      description = {
        "Seals every pay value again with the current key: the first key of rungs.pay.key-file"
            + " (or RUNGS_PAY_KEY), with the older keys after it in the file until this is done.",
        "Exit status: 0 done, 1 no pay key is set, 2 wrong usage."
      })
  static final class RotateKey implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      List<String> args = new ArrayList<>(database.springArguments());
      try (ConfigurableApplicationContext context =
          new SpringApplicationBuilder(RungsApplication.class)
              .web(WebApplicationType.NONE)
              .logStartupInfo(false)
              .run(args.toArray(String[]::new))) {
        PayCipher cipher = context.getBean(PayCipher.class);
        if (!cipher.isOn()) {
          spec.commandLine().getErr().println("rungs pay rotate-key: " + PayCipher.OFF);
          return 1;
        }
        int resealed =
            context
                .getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(status -> context.getBean(PayRepository.class).resealStale());
        spec.commandLine()
            .getOut()
            .printf(
                "Sealed %d values again with key %s; older keys can now be removed.%n",
                resealed, cipher.currentKeyId().orElseThrow());
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
