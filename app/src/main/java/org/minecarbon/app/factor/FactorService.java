package org.minecarbon.app.factor;

import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.core.factor.Factor;

/** Factor sets: built-in ones listed from core, user-added ones stored as their CSV text. */
public interface FactorService {

  List<FactorSetView> sets();

  /**
   * The effective factors of a set (own factors over its parents').
   *
   * @throws NotFoundException for an unknown set
   */
  List<Factor> factors(String setId);

  /**
   * Adds a user factor set from its CSV (core's user-set format).
   *
   * @throws InvalidInputException listing every problem of the file
   */
  FactorSetView addUserSet(String fileName, byte[] csv);
}
