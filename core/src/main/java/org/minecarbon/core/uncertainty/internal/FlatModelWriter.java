package org.minecarbon.core.uncertainty.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.minecarbon.core.calc.Column;

/** Serialises a {@link FlatModel} in the layout documented on {@code ModelExport}. */
public final class FlatModelWriter {
  public static final String MAGIC = "MCFLAT01";

  private FlatModelWriter() {}

  public static void write(FlatModel m, OutputStream out) throws IOException {
    byte[] codes =
        Arrays.stream(Column.values())
            .map(Column::code)
            .collect(Collectors.joining(","))
            .getBytes(StandardCharsets.UTF_8);
    int slots = m.constant.length;
    long size =
        8L
            + 4 * 5
            + 4L * m.years
            + FlatModel.COLUMNS
            + 4
            + codes.length
            + 16L * slots
            + 37L * m.terms
            + 4L * (m.terms + 1)
            + 4L * m.refCount
            + 25L * m.facKind.length;
    ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC.getBytes(StandardCharsets.US_ASCII));
    b.putInt(m.years).putInt(FlatModel.COLUMNS).putInt(m.terms).putInt(m.refCount);
    b.putInt(m.facKind.length);
    for (int y : m.yearValues) {
      b.putInt(y);
    }
    for (Column c : Column.values()) {
      b.put((byte) (c.isSink() ? 1 : 0));
    }
    b.putInt(codes.length).put(codes);
    doubles(b, m.nominal, slots);
    doubles(b, m.constant, slots);
    doubles(b, m.base, m.terms);
    ints(b, m.out, m.terms);
    b.put(m.actKind, 0, m.terms);
    doubles(b, m.act1, m.terms);
    doubles(b, m.act2, m.terms);
    doubles(b, m.act3, m.terms);
    ints(b, m.refStart, m.terms + 1);
    ints(b, m.refs, m.refCount);
    int nf = m.facKind.length;
    b.put(m.facKind, 0, nf);
    doubles(b, m.fac1, nf);
    doubles(b, m.fac2, nf);
    doubles(b, m.fac3, nf);
    out.write(b.array(), 0, b.position());
  }

  private static void doubles(ByteBuffer b, double[] a, int n) {
    b.asDoubleBuffer().put(a, 0, n);
    b.position(b.position() + 8 * n);
  }

  private static void ints(ByteBuffer b, int[] a, int n) {
    b.asIntBuffer().put(a, 0, n);
    b.position(b.position() + 4 * n);
  }
}
