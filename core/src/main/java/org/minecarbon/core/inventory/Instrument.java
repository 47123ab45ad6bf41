package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** Market instrument of an allowance sink row. */
public enum Instrument implements Coded {
  CEA("CEA", "全国碳排放配额", "National allowance (CEA)"),
  CCER("CCER", "国家核证自愿减排量", "CCER"),
  OTHER("other", "其他", "Other");

  private final String code;
  private final String zh;
  private final String en;

  Instrument(String code, String zh, String en) {
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

  /** Parses a document code (or the Chinese/English name); empty when unknown. */
  public static Optional<Instrument> fromCode(String text) {
    return Codings.fromCode(Instrument.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(Instrument.class);
  }
}
