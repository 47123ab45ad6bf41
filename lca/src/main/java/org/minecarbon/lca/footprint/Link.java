package org.minecarbon.lca.footprint;

import java.util.Objects;
import org.minecarbon.core.result.Require;
import org.minecarbon.core.unit.Unit;

/**
 * One purchased input linked to a background process: {@code amount} background {@code unit}s per
 * one {@code per} of the inventory quantity (1000 kg per t of diesel).
 *
 * @param kind fuel, electricity or material
 * @param code the fuel code, the site id or grid code of an electricity row ({@code *} = any), or
 *     the material code
 * @param process background process {@code @id}
 * @param unit background unit the upstream factor is asked for
 * @param per inventory unit the conversion starts from
 * @param amount background units per one {@code per}
 * @param pointer JSON Pointer of the link in {@code LINKS.json} ({@code /links/2})
 */
public record Link(
    InputKind kind,
    String code,
    String process,
    String unit,
    Unit per,
    double amount,
    String pointer) {
  public Link {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(pointer, "pointer");
    Require.that(Double.isFinite(amount) && amount > 0, () -> "amount must be positive: " + amount);
  }
}
