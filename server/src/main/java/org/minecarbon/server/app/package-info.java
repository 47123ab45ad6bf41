/**
 * Use cases of the web application, called by the REST API and the browser UI alike. Failures of
 * user input are {@link org.minecarbon.server.app.InvalidInputException} (carrying core issues),
 * unknown ids {@link org.minecarbon.server.app.NotFoundException}.
 */
@NullMarked
package org.minecarbon.server.app;

import org.jspecify.annotations.NullMarked;
