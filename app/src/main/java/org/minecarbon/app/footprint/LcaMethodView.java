package org.minecarbon.app.footprint;

/**
 * A method a process result can use.
 *
 * @param id {@code ipcc-ar6-gwp100}, {@code ipcc-ar5-gwp100} or an imported category's @id
 * @param name the imported category's name as stored; for IPCC methods the id (the UI labels them)
 * @param unit the indicator's unit
 * @param imported whether it comes from the database (an imported LCIA method)
 */
public record LcaMethodView(String id, String name, String unit, boolean imported) {}
