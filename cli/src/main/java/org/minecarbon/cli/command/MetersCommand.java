package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.meter.MeterRowsWriter;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRows;
import org.minecarbon.meter.rows.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minecarbon meters}: meter registry and readings to monthly activity rows. */
@Command(
    name = "meters",
    mixinStandardHelpOptions = true,
    description = "Meters and readings (contract meters v1).",
    subcommands = {MetersCommand.Rows.class, MetersSimulateCommand.class})
public final class MetersCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code minecarbon meters rows METERS.json READINGS [--format json|csv] [--inventory FILE]}. */
  @Command(
      name = "rows",
      mixinStandardHelpOptions = true,
      description =
          "Monthly activity rows, alarms and completeness from a meter registry and readings"
              + " (CSV or JSON lines). Every period is treated as open.")
  public static final class Rows extends BaseCommand {
    @Parameters(index = "0", paramLabel = "METERS.json", description = "Meter registry.")
    Path registryFile;

    @Parameters(index = "1", paramLabel = "READINGS", description = "Readings .csv or .jsonl.")
    Path readingsFile;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv.")
    String format;

    @Option(
        names = "--inventory",
        paramLabel = "FILE",
        description =
            "The enterprise's inventory: each meter's site must exist in it, and metered months"
                + " are reconciled against its entered monthly rows (RECONCILIATION, 2 %%).")
    @Nullable Path inventory;

    @Override
    protected int run() throws IOException {
      if (!format.equals("json") && !format.equals("csv")) {
        return problems(List.of("--format: must be json or csv"));
      }
      Set<String> sites = Set.of();
      @Nullable Inventory entered = null;
      if (inventory != null) {
        Result<Inventory> inv = Documents.read(inventory);
        if (!(inv instanceof Result.Ok<Inventory> ok)) {
          return invalid(inv.issues());
        }
        entered = ok.value();
        sites = entered.sites().stream().map(Site::id).collect(Collectors.toSet());
      }
      String regName = registryFile.toString();
      Result<MeterRegistry> reg =
          RegistryReader.read(Files.readAllBytes(registryFile), regName, sites);
      if (!(reg instanceof Result.Ok<MeterRegistry> r)) {
        return problems(lines(reg.issues()));
      }
      Result<List<Reading>> readings =
          ReadingsReader.read(Files.readAllBytes(readingsFile), readingsFile.toString(), r.value());
      if (!(readings instanceof Result.Ok<List<Reading>> rd)) {
        return problems(lines(readings.issues()));
      }
      MeterReport report = MeterRows.compute(r.value(), rd.value(), y -> true, Instant.now());
      if (entered != null) {
        report = reconcile(report, entered, r.value());
      }
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      if (format.equals("csv")) {
        MeterRowsWriter.csv(report, buf);
      } else {
        JsonCodec.write(MeterRowsWriter.json(report), buf);
      }
      out().print(buf.toString(StandardCharsets.UTF_8));
      out().flush();
      return ExitCodes.OK;
    }

    /** Adds RECONCILIATION alarms: metered months against the inventory's entered rows. */
    private static MeterReport reconcile(MeterReport report, Inventory inv, MeterRegistry reg) {
      String onlySite = inv.sites().size() == 1 ? inv.sites().get(0).id() : null;
      List<Alarm> alarms = new ArrayList<>(report.alarms());
      alarms.addAll(
          Reconciliation.compare(
              report.rows(),
              inv.activities(),
              Reconciliation.DEFAULT_TOLERANCE,
              reg.timezone(),
              onlySite));
      alarms.sort(Alarm.ORDER);
      return new MeterReport(report.rows(), alarms, report.completeness());
    }

    /**
     * {@code <location>: <pointer or field>: <message>}; the location carries file or file:line.
     */
    static List<String> lines(List<Issue> issues) {
      List<String> out = new ArrayList<>();
      for (Issue i : issues) {
        StringBuilder sb = new StringBuilder(i.location());
        if (!i.pointer().isEmpty()) {
          sb.append(": ").append(i.pointer());
        }
        out.add(sb.append(": ").append(i.message()).toString());
      }
      return out;
    }

    private int problems(List<String> lines) {
      lines.forEach(err()::println);
      err().flush();
      return ExitCodes.INVALID_INPUT;
    }
  }
}
