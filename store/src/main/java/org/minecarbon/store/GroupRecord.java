package org.minecarbon.store;

/** A group of enterprises (the tenant): a mining group with its mines and companies. */
public record GroupRecord(long id, String name) {}
