package org.minecarbon.server.ui;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.minecarbon.app.meter.live.LiveService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of the live meter page: every open page holds an {@link SseEmitter} of its
 * enterprise; after an ingestion commits, the app-level listener queues one {@code readings} event
 * to each (sent on one dispatcher thread, so a slow client never delays the ingesting request). The
 * event carries only how many readings arrived: the page then fetches its figures through the
 * normal, permission-checked endpoint. No timer or polling loop on the server; the browser's {@code
 * EventSource} reconnects by itself when a stream ends.
 */
@Component
class LiveHub implements DisposableBean {
  /** A stream ends after 30 minutes; the browser reconnects. */
  static final long TIMEOUT_MS = 30 * 60 * 1000L;

  private final Map<Long, List<SseEmitter>> emitters = new ConcurrentHashMap<>();
  private final ExecutorService dispatcher =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "meter-live-sse");
            t.setDaemon(true);
            return t;
          });

  LiveHub(LiveService live) {
    live.addListener(
        (enterpriseId, accepted) -> dispatcher.execute(() -> send(enterpriseId, accepted)));
  }

  SseEmitter subscribe(long enterpriseId) {
    SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
    List<SseEmitter> list =
        emitters.computeIfAbsent(enterpriseId, k -> new CopyOnWriteArrayList<>());
    list.add(emitter);
    Runnable remove = () -> list.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      emitter.send(SseEmitter.event().name("hello").data("0"));
    } catch (IOException e) {
      remove.run();
    }
    return emitter;
  }

  /** How many pages of the enterprise are listening (for tests). */
  int listeners(long enterpriseId) {
    return emitters.getOrDefault(enterpriseId, List.of()).size();
  }

  private void send(long enterpriseId, int accepted) {
    for (SseEmitter e : emitters.getOrDefault(enterpriseId, List.of())) {
      try {
        e.send(SseEmitter.event().name("readings").data(String.valueOf(accepted)));
      } catch (IOException | IllegalStateException ex) {
        // the page went away (broken pipe): forget it; the container ends the async request
        // itself, so completing it here would only dispatch an error for a closed response
        emitters.getOrDefault(enterpriseId, List.of()).remove(e);
      }
    }
  }

  @Override
  public void destroy() {
    dispatcher.shutdownNow();
    emitters.values().forEach(list -> list.forEach(SseEmitter::complete));
  }
}
