package org.minecarbon.io.table;

import java.util.List;
import java.util.Optional;

/**
 * Rows of the key/value enterprise sheet and where each lands in the document tree ({@code format},
 * {@code enterprise.name}, {@code settings.gwp}…).
 */
public enum EnterpriseKeys {
  FORMAT("format", "格式", "", List.of("文档格式")),
  NAME("name", "名称", "enterprise", List.of("企业名称", "单位名称")),
  CREDIT_CODE("creditCode", "统一社会信用代码", "enterprise", List.of("信用代码")),
  INDUSTRY("industry", "行业", "enterprise", List.of("所属行业")),
  PROVINCE("province", "省份", "enterprise", List.of("省")),
  GWP("gwp", "GWP", "settings", List.of("全球变暖潜势")),
  FACTOR_SET("factorSet", "因子集", "settings", List.of("排放因子集")),
  GRID_DEFAULT("gridDefault", "默认电网因子", "settings", List.of("电网因子默认"));

  private final String key;
  private final String zh;
  private final String parent;
  private final List<String> aliases;

  EnterpriseKeys(String key, String zh, String parent, List<String> aliases) {
    this.key = key;
    this.zh = zh;
    this.parent = parent;
    this.aliases = aliases;
  }

  public String key() {
    return key;
  }

  public String zh() {
    return zh;
  }

  /** The object the value belongs to: empty for the document root. */
  public String parent() {
    return parent;
  }

  /** JSON Pointer of the value in the document. */
  public String pointer() {
    return (parent.isEmpty() ? "" : "/" + parent) + "/" + key;
  }

  public static Optional<EnterpriseKeys> forKey(String text) {
    String s = text.strip();
    for (EnterpriseKeys k : values()) {
      if (k.key.equalsIgnoreCase(s) || k.zh.equals(s) || k.aliases.contains(s)) {
        return Optional.of(k);
      }
    }
    for (String part : s.split("[/()（）\\s]+")) {
      for (EnterpriseKeys k : values()) {
        if (!part.isBlank() && (k.key.equalsIgnoreCase(part) || k.zh.equals(part))) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }
}
