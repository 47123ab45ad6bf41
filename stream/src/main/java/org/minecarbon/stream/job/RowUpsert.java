package org.minecarbon.stream.job;

/**
 * An upsert of one metered row (contract §3): {@code revision} grows by one each time the row's
 * content changes, so the store keeps the highest revision and a replay is idempotent.
 *
 * @param row the row in inventory v1 JSON (its quantities; a gas row holds one volume per field)
 * @param quantity the row's headline quantity (row unit): purchased/exported electricity, fuel,
 *     heat or flare volume; for a gas row the sum of its signed volumes is NOT meaningful, so it is
 *     the emitting volume ventilation + drainage (mine-methane, mine-co2)
 * @param evidence the meters it is made of, comma separated
 */
public record RowUpsert(
    String id,
    int revision,
    String row,
    double quantity,
    double completeness,
    double estimated,
    String evidence)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
}
