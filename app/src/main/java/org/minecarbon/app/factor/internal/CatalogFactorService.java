package org.minecarbon.app.factor.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.factor.FactorService;
import org.minecarbon.app.factor.FactorSetView;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.factor.FactorSet;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.Store;
import org.minecarbon.store.catalog.FactorSetRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Factor sets: core parses and checks user CSV; the store keeps its text, per tenant (the group's
 * library, {@link Libraries}, lists built-in sets and the group's own only).
 */
public class CatalogFactorService implements FactorService {
  private final Store store;
  private final Libraries libraries;
  private final Tenancy tenancy;
  private final AuditTrail audit;

  public CatalogFactorService(Store store, Libraries libraries, Tenancy tenancy, AuditTrail audit) {
    this.store = store;
    this.libraries = libraries;
    this.tenancy = tenancy;
    this.audit = audit;
  }

  @Override
  public List<FactorSetView> sets() {
    return libraries.library().sets().stream().map(CatalogFactorService::view).toList();
  }

  @Override
  public List<Factor> factors(String setId) {
    FactorLibrary library = libraries.library();
    if (library.set(setId).isEmpty()) {
      throw new NotFoundException("factor set", setId);
    }
    return List.copyOf(library.effective(setId).values());
  }

  @Override
  public synchronized FactorSetView addUserSet(String fileName, byte[] csv) {
    long group = tenancy.groupId();
    FactorLibrary before = libraries.library();
    Result<FactorLibrary> parsed =
        before.withUserSet(new ByteArrayInputStream(csv), DocumentChecks.safeName(fileName));
    if (!(parsed instanceof Result.Ok<FactorLibrary> ok)) {
      throw new InvalidInputException(fileName + " is not a valid factor set", parsed.issues());
    }
    FactorSet added =
        ok.value().sets().stream()
            .filter(s -> before.set(s.id()).isEmpty() || !s.builtIn() && replaced(before, s))
            .findFirst()
            .orElseThrow();
    if (store.catalog().factorSet(group, added.id()).isPresent()) {
      throw new InvalidInputException(
          Issue.error(
              AppCodes.DUPLICATE,
              "",
              "a factor set " + added.id() + " exists already",
              added.id(),
              "a new set id"));
    }
    String text = new String(csv, StandardCharsets.UTF_8);
    store.inTransaction(
        () -> {
          store.catalog().addFactorSet(new FactorSetRecord(added.id(), group, fileName, text));
          ObjectNode after = JsonCodec.mapper().valueToTree(view(added));
          after.put("file", fileName).put("sha256", Sha256.hex(csv));
          audit.record(0, "factor_set", added.id(), "create", null, after, null);
        });
    libraries.invalidate();
    return view(added);
  }

  private static boolean replaced(FactorLibrary before, FactorSet s) {
    return before.set(s.id()).map(old -> !old.equals(s)).orElse(true);
  }

  static FactorSetView view(FactorSet s) {
    return new FactorSetView(
        s.id(), s.title(), s.parent(), s.builtIn(), s.factors().size(), s.description());
  }
}
