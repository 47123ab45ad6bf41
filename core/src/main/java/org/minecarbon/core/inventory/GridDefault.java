package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/**
 * Which grid factor an electricity row without {@code grid} or {@code gridFactor} takes (contract
 * v1 revision 1.1, {@code settings.gridDefault}).
 */
public enum GridDefault implements Coded {
  /** The national average (ETS practice); the default. */
  NATIONAL("national", "全国", "National average"),
  /** The regional grid of the row's site province, else of the enterprise's province. */
  REGION("region", "区域", "Regional grid"),
  /** The province of the row's site, else of the enterprise. */
  PROVINCE("province", "省级", "Provincial");

  private final String code;
  private final String zh;
  private final String en;

  GridDefault(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  public static Optional<GridDefault> fromCode(String text) {
    return Codings.fromCode(GridDefault.class, text);
  }

  public static List<String> codes() {
    return Codings.codes(GridDefault.class);
  }
}
