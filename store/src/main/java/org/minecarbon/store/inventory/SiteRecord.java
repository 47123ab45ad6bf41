package org.minecarbon.store.inventory;

import tools.jackson.databind.node.ObjectNode;

/**
 * A stored site (mine) of an enterprise.
 *
 * @param code the site's {@code id} in the document
 * @param doc the site object exactly as in the inventory document
 */
public record SiteRecord(
    long id, long enterpriseId, String code, int position, ObjectNode doc, long version) {}
