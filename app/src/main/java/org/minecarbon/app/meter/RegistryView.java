package org.minecarbon.app.meter;

import java.time.LocalDateTime;
import tools.jackson.databind.node.ObjectNode;

/**
 * An enterprise's stored meter registry.
 *
 * @param document the {@code minecarbon/meters@1} document as stored
 */
public record RegistryView(
    long version, ObjectNode document, String updatedBy, LocalDateTime updatedAt) {}
