package org.minecarbon.store.inventory;

import tools.jackson.databind.node.ObjectNode;

/**
 * A stored enterprise.
 *
 * @param header the document's {@code enterprise} and {@code settings} objects: {@code
 *     {"enterprise":{…},"settings":{…}}}
 * @param version optimistic-locking version, incremented on each change
 */
public record EnterpriseRecord(
    long id, long groupId, String name, ObjectNode header, long version) {}
