package org.minecarbon.app.meter.alarm.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.meter.alarm.AlarmState;
import org.minecarbon.app.meter.alarm.AlarmView;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.store.Store;
import org.minecarbon.store.meter.AlarmStateRecord;
import tools.jackson.databind.node.ObjectNode;

/** An alarm joined with its stored state. */
final class AlarmViews {
  private AlarmViews() {}

  static String key(String code, String meter, Instant time) {
    return code + "|" + meter + "|" + time.toEpochMilli();
  }

  static Map<String, AlarmStateRecord> states(Store store, long enterpriseId, long from, long to) {
    Map<String, AlarmStateRecord> out = new HashMap<>();
    for (AlarmStateRecord r : store.meterAlarms().states(enterpriseId, from, to)) {
      out.put(key(r.code(), r.meterId(), Instant.ofEpochMilli(r.atMs())), r);
    }
    return out;
  }

  static AlarmView view(Alarm a, @Nullable AlarmStateRecord s) {
    if (s == null) {
      return new AlarmView(
          a.code().name(),
          a.meter(),
          a.time(),
          a.message(),
          AlarmState.OPEN,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    return new AlarmView(
        a.code().name(),
        a.meter(),
        a.time(),
        a.message(),
        AlarmState.valueOf(s.state()),
        s.ackedBy(),
        s.ackedAt(),
        s.ackComment(),
        s.closedBy(),
        s.closedAt(),
        s.closeComment());
  }

  static ObjectNode json(AlarmView a) {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("code", a.code());
    n.put("meter", a.meter());
    n.put("time", a.time().toString());
    n.put("message", a.message());
    n.put("state", a.state().name());
    return n;
  }
}
