package org.minecarbon.store.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored job.
 *
 * @param state {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param paramsJson what the job was asked to do, as JSON
 * @param resultJson its result once done, as JSON
 * @param issuesJson why it failed, or its warnings, as a JSON array
 */
public record JobRecord(
    String id,
    String kind,
    @Nullable Long groupId,
    @Nullable Long enterpriseId,
    String scopeKey,
    String state,
    double progress,
    String paramsJson,
    @Nullable String resultJson,
    @Nullable String issuesJson,
    String startedBy,
    Instant createdAt,
    @Nullable Instant finishedAt) {}
