package org.minecarbon.store.inventory;

/** A group of enterprises (the tenant): a mining group with its mines and companies. */
public record GroupRecord(long id, String name) {}
