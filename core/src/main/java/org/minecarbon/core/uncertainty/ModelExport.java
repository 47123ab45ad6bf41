package org.minecarbon.core.uncertainty;

import java.io.IOException;
import java.io.OutputStream;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.uncertainty.internal.ActivityDefaults;
import org.minecarbon.core.uncertainty.internal.FlatModel;
import org.minecarbon.core.uncertainty.internal.FlatModelWriter;
import org.minecarbon.core.uncertainty.internal.InputResolver;

/**
 * Writes the Monte Carlo model of a calculation, exactly as {@link UncertaintyAnalysis} samples it,
 * to a flat little-endian binary file, so that another implementation (the numpy baseline in {@code
 * bench/baseline/}) can run the same model.
 *
 * <p>Layout, all little-endian ({@code i4} int32, {@code i1} int8, {@code f8} float64):
 *
 * <pre>
 * magic      8 bytes  "MCFLAT01"
 * i4 × 5     years Y, columns C, terms T, factor references R, factors F
 * i4[Y]      the years
 * i1[C]      1 where the column is a sink
 * i4 + bytes UTF-8 column codes joined by ','
 * f8[Y·C]    nominal tCO2e per slot (slot = year index × C + column)
 * f8[Y·C]    constant part per slot (terms without any uncertainty)
 * f8[T]      term nominal tCO2e (activity × coefficient × Π factor values × GWP)
 * i4[T]      term slot
 * i1[T]      activity distribution kind, then f8[T] × 3 its parameters
 * i4[T+1]    CSR start of each term's factor references, then i4[R] the factor indices
 * i1[F]      factor distribution kind, then f8[F] × 3 its parameters
 * </pre>
 *
 * Kinds and parameters describe the multiplier of the nominal value: 0 exact; 1 normal (sd; drawn
 * as 1 + sd·z, a negative multiplier clamped to 0); 2 lognormal (μ, σ; exp(μ + σ·z)); 3 triangular
 * (min, mode, max); 4 uniform (min, max). Per iteration a factor is drawn once and shared by every
 * term that references it; every term draws its activity multiplier independently.
 */
public final class ModelExport {
  /** The file's first eight bytes. */
  public static final String MAGIC = FlatModelWriter.MAGIC;

  private ModelExport() {}

  /** Writes the model of {@code calculation} to {@code out} (not closed). */
  public static void write(Calculation calculation, OutputStream out) throws IOException {
    FlatModel model =
        FlatModel.build(
            calculation, InputResolver.resolve(calculation, ActivityDefaults.builtIn()));
    FlatModelWriter.write(model, out);
  }
}
