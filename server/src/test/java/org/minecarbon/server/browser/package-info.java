/** Browser tests of the UI: headless Chromium through Selenium against the running app. */
@NullMarked
package org.minecarbon.server.browser;

import org.jspecify.annotations.NullMarked;
