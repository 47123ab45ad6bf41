package org.minecarbon.app.footprint.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.footprint.ImportPhase;
import org.minecarbon.app.footprint.ImportStep;
import org.minecarbon.app.footprint.LcaDatabaseImport;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.job.JobView;
import org.minecarbon.app.job.JobWork;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.Store;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploads prepared as jobs of kind {@value #KIND} on the generic runner: the zip's bytes are the
 * job's input (held by its work until it ends), each {@link ImportPhase} reports its counts and
 * moves the progress, and the database is stored in one insert as the last phase, so a failed job
 * stores nothing. The phases of recent imports are kept in memory; a finished import also keeps
 * them in its stored result.
 */
final class DatabaseImports {
  static final String KIND = "lca-database-import";
  private static final int KEEP = 100;

  private final Store store;
  private final Tenancy tenancy;
  private final JobRunner jobs;
  private final Backgrounds backgrounds;
  private final Map<String, Tracker> recent =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tracker> eldest) {
          return size() > KEEP;
        }
      };

  DatabaseImports(Store store, Tenancy tenancy, JobRunner jobs, Backgrounds backgrounds) {
    this.store = store;
    this.tenancy = tenancy;
    this.jobs = jobs;
    this.backgrounds = backgrounds;
  }

  /** The phases of one import as they run. */
  private static final class Tracker {
    final long groupId;
    final List<ImportStep> steps = new ArrayList<>();

    Tracker(long groupId) {
      this.groupId = groupId;
    }

    synchronized void started(ImportPhase phase) {
      steps.add(new ImportStep(phase, false, Map.of()));
    }

    synchronized void finished(ImportPhase phase, Map<String, Long> counts) {
      steps.removeIf(s -> s.phase() == phase);
      steps.add(new ImportStep(phase, true, counts));
    }

    synchronized List<ImportStep> steps() {
      return List.copyOf(steps);
    }
  }

  LcaDatabaseImport submit(String name, byte[] zip) {
    long group = tenancy.groupId();
    String actor = tenancy.actor().name();
    String label = StoreLcaDatabaseService.label(name);
    DatabasePreparation.notZip(label, zip)
        .ifPresent(
            i -> {
              throw new InvalidInputException(label + " is not a usable database", List.of(i));
            });
    ObjectNode params = JsonCodec.mapper().createObjectNode();
    params.put("name", label).put("sizeBytes", zip.length).put("sha256", Sha256.hex(zip));
    Tracker tracker = new Tracker(group);
    JobView job;
    synchronized (recent) {
      job =
          jobs.submit(
              new JobRunner.Submission(KIND, group, null, scope(group), actor, params),
              progress -> work(tracker, progress, group, actor, label, zip));
      recent.put(job.id(), tracker);
    }
    return view(job);
  }

  private Result<JsonNode> work(
      Tracker t, JobWork.Progress progress, long group, String actor, String label, byte[] zip) {
    DatabasePreparation.Phases phases =
        new DatabasePreparation.Phases() {
          @Override
          public void started(ImportPhase phase) {
            progress.set(phase.start());
            t.started(phase);
          }

          @Override
          public void finished(ImportPhase phase, Map<String, Long> counts) {
            t.finished(phase, counts);
          }
        };
    return DatabasePreparation.prepare(label, zip, phases)
        .map(
            p -> {
              phases.started(ImportPhase.STORING);
              long id = StoreLcaDatabaseService.add(store, group, actor, label, zip, p);
              backgrounds.remember(id, p.engine());
              phases.finished(ImportPhase.STORING, Map.of("databaseId", id));
              return result(id, t.steps());
            });
  }

  /** An import of the acting user's group. */
  LcaDatabaseImport get(String id) {
    long group = tenancy.groupId();
    boolean mine =
        jobs.record(id)
            .map(r -> KIND.equals(r.kind()) && r.groupId() != null && r.groupId() == group)
            .orElse(false);
    return jobs.get(id)
        .filter(j -> mine)
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("database import", id));
  }

  /** The group's imports started since the application started, newest first. */
  List<LcaDatabaseImport> recent() {
    long group = tenancy.groupId();
    List<String> ids = new ArrayList<>();
    synchronized (recent) {
      recent.forEach((id, t) -> ids.add(id));
      ids.removeIf(id -> recent.get(id).groupId != group);
    }
    List<LcaDatabaseImport> out = new ArrayList<>();
    for (int i = ids.size() - 1; i >= 0; i--) {
      jobs.get(ids.get(i)).ifPresent(j -> out.add(view(j)));
    }
    return out;
  }

  private LcaDatabaseImport view(JobView j) {
    Tracker t;
    synchronized (recent) {
      t = recent.get(j.id());
    }
    JsonNode result = j.result();
    List<ImportStep> steps = t != null ? t.steps() : steps(result);
    Long db =
        result != null && result.has("databaseId") ? result.path("databaseId").asLong() : null;
    return new LcaDatabaseImport(
        j.id(),
        j.params().path("name").asString(),
        j.state(),
        j.progress(),
        steps,
        db,
        j.issues(),
        j.startedBy(),
        j.createdAt());
  }

  private static String scope(long group) {
    return "group:" + group;
  }

  private static JsonNode result(long databaseId, List<ImportStep> steps) {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("databaseId", databaseId);
    ArrayNode a = n.putArray("steps");
    for (ImportStep s : steps) {
      ObjectNode o = a.addObject().put("phase", s.phase().name()).put("done", s.done());
      ObjectNode c = o.putObject("counts");
      s.counts().forEach(c::put);
    }
    return n;
  }

  private static List<ImportStep> steps(@Nullable JsonNode result) {
    List<ImportStep> out = new ArrayList<>();
    if (result == null) {
      return out;
    }
    for (JsonNode s : result.path("steps")) {
      Map<String, Long> counts = new LinkedHashMap<>();
      s.path("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
      out.add(
          new ImportStep(
              ImportPhase.valueOf(s.path("phase").asString()), s.path("done").asBoolean(), counts));
    }
    return out;
  }
}
