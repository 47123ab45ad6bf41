package org.minecarbon.store.backup.internal;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The backup's JSON: compact (one value per line), duplicate keys refused. */
public final class Json {
  /** Shared, thread-safe mapper. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private Json() {}
}
