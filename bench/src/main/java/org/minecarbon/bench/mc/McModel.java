package org.minecarbon.bench.mc;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minecarbon.core.uncertainty.ModelExport;

/**
 * A Monte Carlo model file written by {@link ModelExport}, read back (the numpy baseline reads the
 * same layout). Arrays are exposed as read; callers must not modify them.
 *
 * @param years the years
 * @param sink per column, whether it is a sink
 * @param columns column codes
 * @param nominal nominal tCO2e per slot (year index × columns + column)
 * @param constant exact part per slot
 * @param base per term, nominal tCO2e
 * @param out per term, slot
 * @param actKind per term, activity distribution kind (0 exact … 4 uniform)
 * @param act per term, the three activity parameters: act[0], act[1], act[2]
 * @param refStart per term (+1), CSR start into refs
 * @param refs factor indices
 * @param facKind per factor, distribution kind
 * @param fac per factor, the three parameters
 */
public record McModel(
    int[] years,
    boolean[] sink,
    List<String> columns,
    double[] nominal,
    double[] constant,
    double[] base,
    int[] out,
    byte[] actKind,
    double[][] act,
    int[] refStart,
    int[] refs,
    byte[] facKind,
    double[][] fac) {

  public int terms() {
    return base.length;
  }

  public int factors() {
    return facKind.length;
  }

  /** Parses a model file; IllegalArgumentException when it is not one. */
  public static McModel read(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    try {
      byte[] magic = new byte[8];
      b.get(magic);
      if (!ModelExport.MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
        throw new IllegalArgumentException("not a Monte Carlo model file (bad magic)");
      }
      int y = b.getInt();
      int c = b.getInt();
      int t = b.getInt();
      int r = b.getInt();
      int f = b.getInt();
      int[] years = ints(b, y);
      boolean[] sink = new boolean[c];
      for (int i = 0; i < c; i++) {
        sink[i] = b.get() != 0;
      }
      byte[] codes = new byte[b.getInt()];
      b.get(codes);
      List<String> columns = List.of(new String(codes, StandardCharsets.UTF_8).split(","));
      double[] nominal = doubles(b, y * c);
      double[] constant = doubles(b, y * c);
      double[] base = doubles(b, t);
      int[] out = ints(b, t);
      byte[] actKind = bytes(b, t);
      double[][] act = {doubles(b, t), doubles(b, t), doubles(b, t)};
      int[] refStart = ints(b, t + 1);
      int[] refs = ints(b, r);
      byte[] facKind = bytes(b, f);
      double[][] fac = {doubles(b, f), doubles(b, f), doubles(b, f)};
      if (b.hasRemaining()) {
        throw new IllegalArgumentException("trailing bytes after the model");
      }
      return new McModel(
          years, sink, columns, nominal, constant, base, out, actKind, act, refStart, refs, facKind,
          fac);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated Monte Carlo model file", e);
    }
  }

  private static int[] ints(ByteBuffer b, int n) {
    int[] a = new int[n];
    b.asIntBuffer().get(a);
    b.position(b.position() + 4 * n);
    return a;
  }

  private static double[] doubles(ByteBuffer b, int n) {
    double[] a = new double[n];
    b.asDoubleBuffer().get(a);
    b.position(b.position() + 8 * n);
    return a;
  }

  private static byte[] bytes(ByteBuffer b, int n) {
    byte[] a = new byte[n];
    b.get(a);
    return a;
  }
}
