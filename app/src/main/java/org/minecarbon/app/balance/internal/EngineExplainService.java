package org.minecarbon.app.balance.internal;

import java.util.Optional;
import java.util.OptionalInt;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.balance.ExplainService;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.explain.Explainer;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.result.Result;
import org.minecarbon.store.Store;

/** Explanations by core's {@link Explainer} over the enterprise's balance. */
public class EngineExplainService implements ExplainService {
  private final BalanceService balances;
  private final Store store;
  private final Tenancy tenancy;

  public EngineExplainService(BalanceService balances, Store store, Tenancy tenancy) {
    this.balances = balances;
    this.store = store;
    this.tenancy = tenancy;
  }

  @Override
  public Explanation column(long enterpriseId, int year, Column column) {
    return unwrap(Explainer.column(balances.balance(enterpriseId), year, column));
  }

  @Override
  public Explanation total(long enterpriseId, int year) {
    return unwrap(Explainer.total(balances.balance(enterpriseId), year));
  }

  @Override
  public Explanation row(long enterpriseId, String row) {
    Balance balance = balances.balance(enterpriseId);
    Result<Explanation> byKey = Explainer.row(balance, row);
    if (byKey instanceof Result.Ok<Explanation> ok) {
      return ok.value();
    }
    Optional<String> pointer = pointerOfDatabaseId(enterpriseId, row);
    if (pointer.isPresent()
        && Explainer.row(balance, pointer.get()) instanceof Result.Ok<Explanation> ok) {
      return ok.value();
    }
    throw new NotFoundException("row", row);
  }

  /** The JSON Pointer ({@code /activities/3}) of a row given by its database id. */
  private Optional<String> pointerOfDatabaseId(long enterpriseId, String row) {
    if (!row.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    long id = Long.parseLong(row);
    return store
        .rows()
        .get(enterpriseId, id)
        .flatMap(
            r -> {
              // the row's index in the enterprise's document, when it is in the user's results
              OptionalInt index = tenancy.indexInResults(enterpriseId, r);
              return index.isPresent()
                  ? Optional.of("/" + r.kind().arrayName() + "/" + index.getAsInt())
                  : Optional.<String>empty();
            });
  }

  private static Explanation unwrap(Result<Explanation> result) {
    if (result instanceof Result.Ok<Explanation> ok) {
      return ok.value();
    }
    throw new InvalidInputException("cannot explain", result.errors());
  }
}
