package org.minecarbon.app.footprint;

/**
 * A process of a background database, names as stored (USLCI's are English: data, not UI text).
 *
 * @param type {@code UNIT_PROCESS} or {@code LCI_RESULT}
 * @param referenceFlow name of the quantitative reference's flow ("" when it has none)
 * @param unit reference unit of that flow
 */
public record LcaProcessView(
    String id, String name, String category, String type, String referenceFlow, String unit) {}
