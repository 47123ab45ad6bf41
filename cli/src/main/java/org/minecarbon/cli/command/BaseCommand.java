package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.concurrent.Callable;
import org.minecarbon.core.result.Issue;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the exit-code convention and the adapter edge where exceptions turn
 * into messages. User errors never show a stack trace; internal errors show one only with {@code
 * --debug}.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  boolean debug;

  /** Runs the command; returns the exit status. */
  protected abstract int run() throws IOException;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (FileSystemException e) {
      return fail("cannot access " + e.getFile() + ": " + reason(e), ExitCodes.INVALID_INPUT, e);
    } catch (IOException e) {
      return fail("I/O error: " + e.getMessage(), ExitCodes.INTERNAL_ERROR, e);
    } catch (UncheckedIOException e) {
      return fail("I/O error: " + e.getCause().getMessage(), ExitCodes.INTERNAL_ERROR, e);
    } catch (RuntimeException e) {
      return fail("internal error: " + e, ExitCodes.INTERNAL_ERROR, e);
    }
  }

  private int fail(String message, int status, Exception e) {
    err().println("minecarbon: " + message);
    if (debug) {
      e.printStackTrace(err());
    } else if (status == ExitCodes.INTERNAL_ERROR) {
      err().println("(run again with --debug for the stack trace)");
    }
    err().flush();
    return status;
  }

  private static String reason(FileSystemException e) {
    String simple = e.getClass().getSimpleName();
    return switch (simple) {
      case "NoSuchFileException" -> "no such file or directory";
      case "AccessDeniedException" -> "permission denied";
      default -> e.getReason() == null ? simple : e.getReason();
    };
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints every issue, one line each, and a count; returns exit status 2. */
  int invalid(List<Issue> issues) {
    Issues.print(err(), issues);
    return ExitCodes.INVALID_INPUT;
  }

  /** Prints warnings (if any) to stderr after the output. */
  void warn(List<Issue> warnings) {
    if (!warnings.isEmpty()) {
      out().flush();
      Issues.print(err(), warnings);
    }
  }

  /** Prints what a writer produced to standard output as UTF-8 text. */
  void printBytes(ByteArrayOutputStream bytes) {
    out().print(bytes.toString(StandardCharsets.UTF_8));
    out().flush();
  }

  /** A one-line usage error (exit 2) that is not about the document. */
  int usageError(String message) {
    err().println("minecarbon " + spec.name() + ": " + message);
    err().flush();
    return ExitCodes.INVALID_INPUT;
  }
}
