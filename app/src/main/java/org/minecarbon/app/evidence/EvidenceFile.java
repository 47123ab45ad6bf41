package org.minecarbon.app.evidence;

/** An evidence file to download: its metadata and the verified content. */
public record EvidenceFile(EvidenceView view, byte[] content) {}
