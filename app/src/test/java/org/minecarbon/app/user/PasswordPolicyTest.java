package org.minecarbon.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;

class PasswordPolicyTest {

  @Test
  void check_shortPassword_refusedWithLength() {
    List<Issue> issues = PasswordPolicy.check("alice", "Short-1", "/password");

    assertThat(issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(PasswordPolicy.WEAK_PASSWORD);
              assertThat(i.pointer()).isEqualTo("/password");
              assertThat(i.message()).contains("12");
            });
  }

  @Test
  void check_commonPasswordsOfTheBundledList_refused() {
    // entries of the SecLists top-1M list (12+ characters), in any letter case
    for (String pw : List.of("password1234", "qwertyuiop123", "PASSWORD1234", "iloveyou1234")) {
      assertThat(PasswordPolicy.check("alice", pw, "/password"))
          .as(pw)
          .singleElement()
          .satisfies(i -> assertThat(i.message()).contains("common"));
    }
  }

  @Test
  void check_repetitionsAndRuns_refused() {
    for (String pw : List.of("aaaaaaaaaaaa", "abababababab", "1234567890123", "qwertyuioppo")) {
      assertThat(PasswordPolicy.check("alice", pw, "/password")).as(pw).isNotEmpty();
    }
  }

  @Test
  void check_userNameInside_refused() {
    assertThat(PasswordPolicy.check("zhang.wei", "Zhang.Wei-2026-mine", "/password"))
        .extracting(Issue::message)
        .anySatisfy(m -> assertThat(m).contains("user name"));
  }

  @Test
  void check_passphraseAndGenerated_accepted() {
    assertThat(PasswordPolicy.check("alice", "copper tailings at dawn 7", "/password")).isEmpty();
    assertThat(PasswordPolicy.check("alice", Passwords.random(), "/password")).isEmpty();
  }
}
