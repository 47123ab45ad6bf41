/** Web helpers shared by the API and the UI adapters (so neither imports the other). */
@NullMarked
package org.minecarbon.server.web;

import org.jspecify.annotations.NullMarked;
