package org.minecarbon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodingsTest {

  /** A vocabulary of its own, so the helper is tested apart from the domain enums. */
  enum Fruit implements Coded {
    APPLE("apple", "苹果", "Apple"),
    PEAR("pear", "梨", "Pear"),
    STAR_FRUIT("star-fruit", "杨桃", "Star fruit");

    private final String code;
    private final String zh;
    private final String en;

    Fruit(String code, String zh, String en) {
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
  }

  @Test
  void fromCode_codeInAnyCaseWithBlanks_findsValue() {
    assertThat(Codings.fromCode(Fruit.values(), "pear")).contains(Fruit.PEAR);
    assertThat(Codings.fromCode(Fruit.values(), "  STAR-Fruit\t")).contains(Fruit.STAR_FRUIT);
  }

  @Test
  void fromCode_chineseName_findsValue() {
    assertThat(Codings.fromCode(Fruit.values(), "杨桃")).contains(Fruit.STAR_FRUIT);
    assertThat(Codings.fromCode(Fruit.values(), " 苹果 ")).contains(Fruit.APPLE);
  }

  @Test
  void fromCode_englishNameInAnyCase_findsValue() {
    assertThat(Codings.fromCode(Fruit.values(), "star fruit")).contains(Fruit.STAR_FRUIT);
    assertThat(Codings.fromCode(Fruit.values(), "APPLE")).contains(Fruit.APPLE);
  }

  @Test
  void fromCode_unknownOrBlank_isEmpty() {
    assertThat(Codings.fromCode(Fruit.values(), "banana")).isEmpty();
    assertThat(Codings.fromCode(Fruit.values(), "")).isEmpty();
    assertThat(Codings.fromCode(Fruit.values(), "STAR_FRUIT")).isEmpty();
  }

  @Test
  void fromCode_byEnumClass_sameAsByItsValues() {
    for (String text : new String[] {"pear", "  STAR-Fruit\t", "杨桃", "APPLE", "banana", ""}) {
      assertThat(Codings.fromCode(Fruit.class, text))
          .as(text)
          .isEqualTo(Codings.fromCode(Fruit.values(), text));
    }
  }

  @Test
  void codes_values_areListedInDeclarationOrder() {
    assertThat(Codings.codes(Fruit.values())).containsExactly("apple", "pear", "star-fruit");
  }

  @Test
  void label_coded_isTheNameInTheLanguage() {
    assertThat(Fruit.PEAR.label(Lang.ZH)).isEqualTo("梨");
    assertThat(Fruit.PEAR.label(Lang.EN)).isEqualTo("Pear");
  }

  @Test
  void codes_subsetOrReordered_listsExactlyThoseGiven() {
    // the whole vocabulary is cached per enum (by its class); any array is listed as given
    assertThat(Codings.codes(Fruit.class)).isSameAs(Codings.codes(Fruit.class));
    assertThat(Codings.codes(Fruit.class)).containsExactly("apple", "pear", "star-fruit");
    assertThat(Codings.codes(new Fruit[] {Fruit.PEAR})).containsExactly("pear");
    assertThat(Codings.codes(new Fruit[] {Fruit.STAR_FRUIT, Fruit.APPLE, Fruit.PEAR}))
        .containsExactly("star-fruit", "apple", "pear");
    assertThat(Codings.codes(new Fruit[0])).isEmpty();
  }
}
