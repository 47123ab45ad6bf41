package org.minecarbon.planning.plan;

import java.util.List;
import org.minecarbon.core.result.Require;

/**
 * A path of {@code {year, value}} points (contract §1.1): the value at a point, linear between
 * points, the last value after the last point. Before the first point the caller says what holds
 * (an anchor year and value, or the first value). An empty path is "missing".
 */
public record YearPath(List<Point> points) {
  public static final YearPath EMPTY = new YearPath(List.of());

  /** One point of a path. */
  public record Point(int year, double value) {}

  public YearPath {
    points = List.copyOf(points);
    for (int i = 1; i < points.size(); i++) {
      Require.that(
          points.get(i).year() > points.get(i - 1).year(), "path years must be sorted and unique");
    }
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** The value in {@code year}, the first value before the first point; 0 when empty. */
  public double at(int year) {
    return points.isEmpty() ? 0 : at(year, points.get(0).year(), points.get(0).value());
  }

  /**
   * The value in {@code year}, interpolated from ({@code anchorYear}, {@code anchorValue}) to the
   * first point before it. An empty path gives the anchor value.
   */
  public double at(int year, int anchorYear, double anchorValue) {
    if (points.isEmpty()) {
      return anchorValue;
    }
    Point first = points.get(0);
    if (year < first.year()) {
      return year <= anchorYear || first.year() <= anchorYear
          ? anchorValue
          : lerp(anchorYear, anchorValue, first.year(), first.value(), year);
    }
    for (int i = points.size() - 1; i >= 0; i--) {
      Point p = points.get(i);
      if (year >= p.year()) {
        if (i == points.size() - 1 || year == p.year()) {
          return p.value();
        }
        Point q = points.get(i + 1);
        return lerp(p.year(), p.value(), q.year(), q.value(), year);
      }
    }
    return first.value();
  }

  private static double lerp(int y0, double v0, int y1, double v1, int year) {
    return v0 + (v1 - v0) * (year - y0) / (double) (y1 - y0);
  }
}
