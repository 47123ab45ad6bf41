package org.minecarbon.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.minecarbon.cli.command.AuditCommand;
import org.minecarbon.cli.command.BackupCommand;
import org.minecarbon.cli.command.BalanceCommand;
import org.minecarbon.cli.command.ConvertCommand;
import org.minecarbon.cli.command.DbCommand;
import org.minecarbon.cli.command.DemoCommand;
import org.minecarbon.cli.command.ExitCodes;
import org.minecarbon.cli.command.ExplainCommand;
import org.minecarbon.cli.command.FactorsCommand;
import org.minecarbon.cli.command.FootprintCommand;
import org.minecarbon.cli.command.LcaCommand;
import org.minecarbon.cli.command.MetersCommand;
import org.minecarbon.cli.command.PlanCommand;
import org.minecarbon.cli.command.ReportCommand;
import org.minecarbon.cli.command.RestoreCommand;
import org.minecarbon.cli.command.TemplateCommand;
import org.minecarbon.cli.command.UncertaintyCommand;
import org.minecarbon.cli.command.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code minecarbon} command. Exit codes are in {@link ExitCodes}: 0 success, 2 invalid input
 * (every issue is printed to stderr), 1 unexpected internal error. Output is UTF-8 whatever the
 * platform default.
 */
@Command(
    name = "minecarbon",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Carbon balance accounting for mines (sources vs sinks, seed 002 Table 1).",
    subcommands = {
      BalanceCommand.class,
      PlanCommand.class,
      LcaCommand.class,
      FootprintCommand.class,
      MetersCommand.class,
      ExplainCommand.class,
      UncertaintyCommand.class,
      ValidateCommand.class,
      TemplateCommand.class,
      ConvertCommand.class,
      ReportCommand.class,
      FactorsCommand.class,
      DbCommand.class,
      DemoCommand.class,
      AuditCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {
  /** Exit status for success ({@link ExitCodes#OK}). */
  public static final int OK = ExitCodes.OK;

  /** Exit status for an unexpected internal error ({@link ExitCodes#INTERNAL_ERROR}). */
  public static final int INTERNAL_ERROR = ExitCodes.INTERNAL_ERROR;

  /** Exit status for invalid input ({@link ExitCodes#INVALID_INPUT}). */
  public static final int INVALID_INPUT = ExitCodes.INVALID_INPUT;

  @Spec CommandSpec spec;

  /** Without a subcommand: print the usage to stderr and fail as invalid input. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID_INPUT;
  }

  public static void main(String[] args) {
    quietLibraryLogging();
    PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF8);
    PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF8);
    System.setOut(stdout);
    System.setErr(stderr);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, UTF8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, UTF8), true);
    int status = new CommandLine(new Main()).setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * POI logs through the Log4j API; without a provider Log4j prints a status error on the first
   * workbook. A simple logger at ERROR keeps real problems visible and the noise out.
   */
  private static void quietLibraryLogging() {
    System.getProperties()
        .putIfAbsent(
            "log4j2.loggerContextFactory",
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.getProperties().putIfAbsent("log4j2.simplelogLevel", "ERROR");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
