package org.minecarbon.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.AccessScope;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.access.Role;
import org.minecarbon.store.user.ScopeGrant;
import org.springframework.web.method.HandlerMethod;

class AccessRulesTest {

  /** A controller as a careless change would add it: one handler without a rule. */
  static class DummyController {
    @Requires(Permission.READ)
    public String ruled() {
      return "";
    }

    @PublicEndpoint("test")
    public String open() {
      return "";
    }

    public String forgotten() {
      return "";
    }
  }

  @Test
  void unruled_handlerWithoutAnnotation_isReported() throws Exception {
    DummyController c = new DummyController();
    List<HandlerMethod> handlers =
        List.of(
            new HandlerMethod(c, DummyController.class.getMethod("ruled")),
            new HandlerMethod(c, DummyController.class.getMethod("open")),
            new HandlerMethod(c, DummyController.class.getMethod("forgotten")));

    assertThat(AccessRules.unruled(handlers)).containsExactly("DummyController#forgotten");
  }

  @Test
  void ruleOf_requiresAndPublic_read() throws Exception {
    assertThat(AccessRules.ruleOf(DummyController.class.getMethod("ruled")))
        .get()
        .isInstanceOf(AccessRules.Needs.class);
    assertThat(AccessRules.ruleOf(DummyController.class.getMethod("open")))
        .get()
        .isInstanceOf(AccessRules.Open.class);
    assertThat(AccessRules.ruleOf(DummyController.class.getMethod("forgotten"))).isEmpty();
  }

  @Test
  void scope_siteGrants_limitSitesOfThatEnterpriseOnly() {
    AccessScope s =
        AccessScope.of(
            List.of(new ScopeGrant(1, "pit"), new ScopeGrant(1, "mill"), new ScopeGrant(2, null)));

    assertThat(s.enterpriseAllowed(1)).isTrue();
    assertThat(s.enterpriseAllowed(3)).isFalse();
    assertThat(s.siteLimited(1)).isTrue();
    assertThat(s.siteLimited(2)).isFalse();
    assertThat(s.siteAllowed(1, "pit")).isTrue();
    assertThat(s.siteAllowed(1, "shaft")).isFalse();
    assertThat(s.siteAllowed(1, null)).isFalse();
    assertThat(s.siteAllowed(2, null)).isTrue();
    assertThat(s.cacheKey(1)).isEqualTo("1|mill,pit");
    assertThat(s.cacheKey(2)).isEqualTo("2");
    assertThat(AccessScope.of(s.grants())).isEqualTo(s);
  }

  @Test
  void scope_wholeEnterpriseGrant_winsOverSiteGrant() {
    AccessScope s = AccessScope.of(List.of(new ScopeGrant(1, "pit"), new ScopeGrant(1, null)));

    assertThat(s.siteLimited(1)).isFalse();
    assertThat(s).isEqualTo(new AccessScope(Set.of(1L), Map.of()));
  }

  @Test
  void user_disabled_hasNoPermission() {
    AccessUser on = new AccessUser(1, "a", 1L, Set.of(Role.VIEWER), AccessScope.UNLIMITED, true);
    AccessUser off = new AccessUser(1, "a", 1L, Set.of(Role.ADMIN), AccessScope.UNLIMITED, false);

    assertThat(on.can(Permission.READ)).isTrue();
    assertThat(on.can(Permission.EDIT_DATA)).isFalse();
    assertThat(off.can(Permission.READ)).isFalse();
  }
}
