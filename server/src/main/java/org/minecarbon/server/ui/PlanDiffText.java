package org.minecarbon.server.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.plan.PlanChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A version diff in words ({@code plan.diff.*} messages): what changed, the field in the page's
 * language, before and after; capex and opex in 万元 as the editor shows them.
 */
final class PlanDiffText {
  private static final Pattern EFFECT = Pattern.compile("effects/(\\d+)/(.+)");
  private final MessageSource messages;

  PlanDiffText(MessageSource messages) {
    this.messages = messages;
  }

  List<String> words(List<PlanChange> changes) {
    return changes.stream().map(this::words).toList();
  }

  String words(PlanChange c) {
    String field = c.field() == null ? "" : field(c.field());
    String subject =
        switch (c.kind()) {
          case SETTING_CHANGED -> msg("plan.diff.setting." + c.subject().replace('/', '.'));
          case PRICE_CHANGED ->
              c.subject().startsWith("fuel/")
                  ? msg("plan.diff.price.fuel", c.subject().substring(5))
                  : msg("plan.diff.price." + c.subject());
          case PATH_CHANGED -> msg("plan.diff.path." + c.subject());
          case SCENARIO_ADDED, SCENARIO_REMOVED, SCENARIO_CHANGED ->
              List.of("low", "high", "central").contains(c.subject())
                  ? msg("plan.scenario." + c.subject())
                  : c.subject();
          default -> c.subject();
        };
    return msg(
        "plan.diff." + c.kind(),
        subject,
        field,
        value(c.field(), c.before()),
        value(c.field(), c.after()));
  }

  private String field(String f) {
    Matcher m = EFFECT.matcher(f);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1)) + 1;
      return msg("plan.diff.effect", n, msg("plan.diff.field." + m.group(2).replace('/', '.')));
    }
    return msg("plan.diff.field." + f.replace('/', '.'));
  }

  private String value(@Nullable String field, @Nullable String v) {
    if (v == null) {
      return msg("plan.diff.none");
    }
    if ("capex".equals(field) || "opex".equals(field)) {
      Double d = PlanCustomForm.number(v);
      if (d != null) {
        return PlanEditForm.text(d / 10_000) + " " + msg("plan.unit.wan");
      }
    }
    return v;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(
        key, args, key.substring(key.lastIndexOf('.') + 1), LocaleContextHolder.getLocale());
  }
}
